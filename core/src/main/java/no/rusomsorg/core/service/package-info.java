/**
 * The services of the catalog: {@link no.rusomsorg.core.service.Service} with its
 * {@link no.rusomsorg.core.service.ServiceKind kind} from the taxonomy, access mode, cost, target
 * groups, legal basis, published response times and published complaint information; and the small
 * values shared by the whole catalog model: {@link no.rusomsorg.core.service.Validity} (a period with
 * an inclusive last day). Lengths of time (a published complaint deadline, a response time) are
 * {@link no.rusomsorg.core.deadline.PeriodSpec}, the same type the deadline rules use.
 *
 * <h2>Wire format</h2>
 * Every type is written by {@link no.rusomsorg.core.json.RusomsorgJson} with the field names of its
 * accessors, which are stable: dates as ISO-8601 strings ({@code "2020-01-01"}), enums by constant
 * name ({@code "DROP_IN"}), sets of enums as arrays in declaration order, absent optional values left
 * out and empty lists written as {@code []}. Reading runs the builders' validation, so an invalid
 * document fails with an {@link no.rusomsorg.core.InvalidValueException} naming its JSON path.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.service;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
