/**
 * The life of a case as small state machines: an application (receipt, interim reply under fvl § 11 a,
 * decision), a complaint (timeliness, late complaints under fvl § 31, reassessment, county governor,
 * Ombud) and a coercion case under hol chapter 10 (report, investigation, tribunal, detention, court,
 * consent, release).
 *
 * <p>Cases are immutable values with a dated history; each event returns a new case. A refused event
 * throws {@link no.rusomsorg.core.casework.IllegalTransitionException} carrying the current state, the
 * event and the reason as enums, and the case it was applied to stays as it was. Events cannot be dated
 * before the previous event.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.casework;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
