/**
 * The Norwegian working-day calendar: public holidays, Easter, and working-day arithmetic in
 * constant or logarithmic time. See {@link no.rusomsorg.core.calendar.NorwegianCalendar}.
 */
package no.rusomsorg.core.calendar;
