/**
 * Legal deadlines and maximum durations, computed on the Norwegian working-day calendar and able to
 * explain themselves.
 *
 * <p>{@link no.rusomsorg.core.deadline.DeadlineRule} names each rule with its legal basis, start event,
 * period and whether it is extended to a working day; {@link no.rusomsorg.core.deadline.DeadlineCalculator}
 * turns a rule and a start date into a {@link no.rusomsorg.core.deadline.Deadline}, which carries the
 * plain date, the due date, the days an extension skipped and a readable trace.
 *
 * <p>Periods are counted as domstolloven § 148 prescribes and deadlines to act are extended past
 * Saturdays, Sundays and holidays as § 149 prescribes; administrative law (forvaltningsloven,
 * pasient- og brukerrettighetsloven) follows these rules. Maximum durations (detention, an assessment
 * period) are not deadlines to act and are never extended. 24 and 31 December are working days.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.deadline;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
