/**
 * How to reach the services: {@link no.rusomsorg.core.contact.Unit units} with their
 * {@link no.rusomsorg.core.contact.ContactPoint contact points}, validated
 * {@link no.rusomsorg.core.contact.PhoneNumber phone numbers} (libphonenumber, region NO, short
 * numbers such as 113) and {@link no.rusomsorg.core.contact.EmailAddress e-mail addresses},
 * {@link no.rusomsorg.core.contact.Address addresses}, and
 * {@link no.rusomsorg.core.contact.OpeningHours opening hours} that know Norwegian working days,
 * daylight-saving time in Europe/Oslo, 24/7 lines and the {@link no.rusomsorg.core.contact.Fallback}
 * outside the hours.
 *
 * <h2>Wire format</h2>
 * Objects use their accessor names as stable JSON field names; phone numbers are strings in E.164
 * ({@code "+4746895582"}) or short-number digits ({@code "113"}); e-mail addresses are strings; times
 * of day are ISO-8601 ({@code "09:00"}, with {@code "00:00"} as closing time meaning midnight at the
 * end of the day); days of the week are {@link java.time.DayOfWeek} names. Reading validates exactly
 * as the builders do and reports the JSON path of the first error.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.contact;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
