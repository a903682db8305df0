/**
 * The Norwegian working-day calendar: public holidays, Easter, and working-day arithmetic in
 * constant or logarithmic time.
 *
 * <p>{@link no.rusomsorg.core.calendar.NorwegianCalendar} answers whether a date is a working day,
 * adds and counts working days, and says why a day is not a working day
 * ({@link no.rusomsorg.core.calendar.NonWorkingDay}). {@link no.rusomsorg.core.calendar.Holiday} lists
 * the holidays with the statute behind each. 24 and 31 December are working days in Norway.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.calendar;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
