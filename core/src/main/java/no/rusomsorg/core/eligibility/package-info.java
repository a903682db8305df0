/**
 * Eligibility: facts about a person, criteria as data, and three-valued verdicts that explain
 * themselves.
 *
 * <ul>
 *   <li>{@link no.rusomsorg.core.eligibility.PersonFacts}: what is known about a person; every fact may
 *       be unknown, contradictions are rejected, and nothing personal appears in {@code toString()}.</li>
 *   <li>{@link no.rusomsorg.core.eligibility.Criterion}: a sealed family of immutable criteria (minimum
 *       age, residency, role, pregnancy, homelessness, power of attorney, all/any/not), each leaf resting
 *       on a legal reference or source ({@link no.rusomsorg.core.eligibility.Basis}); JSON with explicit
 *       type names.</li>
 *   <li>{@link no.rusomsorg.core.eligibility.Verdict}: {@code ELIGIBLE}, {@code NOT_ELIGIBLE} or
 *       {@code UNKNOWN} (Kleene's strong three-valued logic), the
 *       {@link no.rusomsorg.core.eligibility.Reason}s that decided it, and the missing
 *       {@link no.rusomsorg.core.eligibility.Fact}s that would decide an unknown one.</li>
 *   <li>{@link no.rusomsorg.core.eligibility.StandardCriteria}: the usual target groups.</li>
 * </ul>
 *
 * <p>For bulk use, {@link no.rusomsorg.core.eligibility.Criterion#test} answers with the outcome only
 * and allocates nothing; it always agrees with
 * {@link no.rusomsorg.core.eligibility.Criterion#evaluate}.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
