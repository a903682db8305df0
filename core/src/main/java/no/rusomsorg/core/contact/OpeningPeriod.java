package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.internal.CatalogChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One weekly opening period: on some days of the week, from an opening time (inclusive) to a closing
 * time (exclusive), in Norwegian local time.
 *
 * <p>{@link #workingDaysOnly()} restricts the days to Norwegian working days: "weekdays 09–15" in a
 * Norwegian source is {@link #workingDays(LocalTime, LocalTime) Monday to Friday, working days only},
 * closed on Good Friday, 1 and 17 May and the other holidays. A closing time of {@code 00:00} means
 * midnight at the <em>end</em> of the day, so {@code 20:00–00:00} is the evening; a period cannot run
 * past midnight (split it over two days).
 *
 * <p>Rules: at least one day ({@link Rule#REQUIRED}); the period closes after it opens
 * ({@link Rule#ORDER}); times are whole minutes ({@link Rule#FORMAT}); a working-days-only period names only Monday to Friday ({@link Rule#CONSISTENCY}).
 *
 * <p>JSON: {@code {"days": ["MONDAY", ..., "FRIDAY"], "workingDaysOnly": true, "opens": "09:00",
 * "closes": "15:00"}}; days are written Monday first.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpeningPeriod.class)
@JsonDeserialize(as = ImmutableOpeningPeriod.class)
@JsonPropertyOrder({"days", "workingDaysOnly", "opens", "closes"})
public abstract class OpeningPeriod {
  private static final Set<DayOfWeek> MONDAY_TO_FRIDAY =
      Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  OpeningPeriod() {}

  /**
   * The days of the week the period applies to.
   *
   * @return the days, Monday first
   */
  public abstract Set<DayOfWeek> days();

  /**
   * Whether the period applies only on those days that are Norwegian working days.
   *
   * @return true if closed on holidays
   */
  @Value.Default
  public boolean workingDaysOnly() {
    return false;
  }

  /**
   * The opening time (inclusive).
   *
   * @return the time, in whole minutes
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
  public abstract LocalTime opens();

  /**
   * The closing time (exclusive); {@code 00:00} is the end of the day.
   *
   * @return the time, in whole minutes
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
  public abstract LocalTime closes();

  /**
   * Monday to Friday on Norwegian working days ("hverdager", "virkedager").
   *
   * @param opens the opening time
   * @param closes the closing time
   * @return the period
   */
  public static OpeningPeriod workingDays(LocalTime opens, LocalTime closes) {
    return ImmutableOpeningPeriod.builder().addAllDays(MONDAY_TO_FRIDAY).workingDaysOnly(true).opens(opens).closes(closes).build();
  }

  /**
   * Some days of the week, holidays included.
   *
   * @param days the days
   * @param opens the opening time
   * @param closes the closing time
   * @return the period
   */
  public static OpeningPeriod on(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    Objects.requireNonNull(days, "days");
    return ImmutableOpeningPeriod.builder().addAllDays(days).opens(opens).closes(closes).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableOpeningPeriod.Builder builder() {
    return ImmutableOpeningPeriod.builder();
  }

  /**
   * Whether the period closes at midnight at the end of the day.
   *
   * @return true if the closing time is {@code 00:00}
   */
  public boolean closesAtMidnight() {
    return closes().equals(LocalTime.MIDNIGHT);
  }

  /**
   * Whether the period applies on a date: its day of week is one of {@link #days()} and, for a
   * working-days-only period, it is a working day.
   *
   * @param date the date
   * @param calendar the working-day calendar
   * @return true if the period applies that day
   */
  public boolean appliesOn(LocalDate date, NorwegianCalendar calendar) {
    CatalogChecks.notNull("date", date);
    CatalogChecks.notNull("calendar", calendar);
    return days().contains(date.getDayOfWeek()) && (!workingDaysOnly() || calendar.isWorkingDay(date));
  }

  /**
   * Whether a local time lies within the period's hours ({@code opens <= time < closes}).
   *
   * @param time the time of day
   * @return true if inside
   */
  public boolean covers(LocalTime time) {
    CatalogChecks.notNull("time", time);
    return !time.isBefore(opens()) && (closesAtMidnight() || time.isBefore(closes()));
  }

  /**
   * Whether two periods share a day of the week and some time of day. Working-day restrictions are
   * ignored: two periods on Mondays overlap on every Monday that both apply to.
   *
   * @param other the other period
   * @return true if they overlap
   */
  public boolean overlaps(OpeningPeriod other) {
    CatalogChecks.notNull("other", other);
    if (Collections.disjoint(days(), other.days())) {
      return false;
    }
    boolean thisOpensBeforeOtherCloses = other.closesAtMidnight() || opens().isBefore(other.closes());
    boolean otherOpensBeforeThisCloses = closesAtMidnight() || other.opens().isBefore(closes());
    return thisOpensBeforeOtherCloses && otherOpensBeforeThisCloses;
  }

  @Value.Check
  void check() {
    wholeMinutes("opens", opens());
    wholeMinutes("closes", closes());
    if (days().isEmpty()) {
      throw new InvalidValueException("days", Rule.REQUIRED, "an opening period needs at least one day");
    }
    if (!closesAtMidnight() && !closes().isAfter(opens())) {
      throw new InvalidValueException("closes", Rule.ORDER,
          "closes (" + closes() + ") before or when it opens (" + opens() + "); use 00:00 for midnight");
    }
    if (workingDaysOnly() && !MONDAY_TO_FRIDAY.containsAll(days())) {
      throw new InvalidValueException("days", Rule.CONSISTENCY,
          "a working-days-only period can only name Monday to Friday; Saturdays and Sundays are never working days");
    }
  }

  private static void wholeMinutes(String field, LocalTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new InvalidValueException(field, Rule.FORMAT, "opening times are given in whole minutes (HH:mm)");
    }
  }

  @Override
  public String toString() {
    return (workingDaysOnly() ? "working days " : "") + days() + " " + opens() + "-" + (closesAtMidnight() ? "24:00" : closes());
  }
}
