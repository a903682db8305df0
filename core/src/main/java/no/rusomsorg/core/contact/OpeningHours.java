package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When a contact point is open or its phone answered: weekly {@link OpeningPeriod periods} in Norwegian
 * local time, or {@link #alwaysOpen() always open} (24/7), with an optional note ("the phone is answered
 * in ordinary office hours") and a {@link Fallback} for the hours outside.
 *
 * <h2>Time</h2>
 * Hours are wall-clock times in {@link #ZONE Europe/Oslo}. {@link #isOpenAt(Instant)} converts the
 * instant to Oslo time and checks whether that local date and time fall in a period; "working days"
 * are those of {@link NorwegianCalendar#standard()}. Across the daylight-saving changes this means:
 * on the last Sunday of March the clock jumps from 02:00 to 03:00, so a period 01:00–04:00 is open for
 * two real hours; on the last Sunday of October 02:00–03:00 happens twice and is open both times.
 * {@link #nextOpening(ZonedDateTime)} returns the first instant at or after the given one at which the
 * hours are open (the given instant itself if open then); when a period opens inside the spring gap,
 * it opens at 03:00, the first instant that exists.
 *
 * <p>Hours with neither periods nor 24/7 are <em>unspecified</em> ({@link #specified()} is false): they
 * are never open and have no next opening; read the note.
 *
 * <p>Rules: periods on the same day must not overlap ({@link Rule#OVERLAP}); 24/7 hours have no periods
 * and no fallback ({@link Rule#CONSISTENCY}); each period closes after it opens ({@link Rule#ORDER}).
 *
 * <p>JSON: {@code {"alwaysOpen": false, "periods": [...], "note": {...}, "fallback": {...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpeningHours.class)
@JsonDeserialize(as = ImmutableOpeningHours.class)
@JsonPropertyOrder({"alwaysOpen", "periods", "note", "fallback"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class OpeningHours {
  /** The time zone of all opening hours. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  /** How far ahead {@link #nextOpening(ZonedDateTime)} looks before giving up. */
  private static final int SEARCH_DAYS = 400;

  /**
   * Holds the shared instance. It must not be built in this class's own initialiser: initialising the
   * generated subclass needs this class initialised first, so two threads that touch the two classes
   * for the first time at once would deadlock (see {@code ClassInitialisationDeadlockTest}).
   */
  private static final class Always {
    static final OpeningHours VALUE = ImmutableOpeningHours.builder().alwaysOpen(true).build();
  }

  OpeningHours() {}

  /**
   * Whether it is open day and night, every day of the year.
   *
   * @return true for 24/7
   */
  @Value.Default
  public boolean alwaysOpen() {
    return false;
  }

  /**
   * The weekly periods.
   *
   * @return the periods; empty for 24/7 or unspecified hours
   */
  public abstract List<OpeningPeriod> periods();

  /**
   * A remark about the hours ("the phone is answered in ordinary office hours").
   *
   * @return the note
   */
  public abstract Optional<LocalizedText> note();

  /**
   * What happens outside the hours.
   *
   * @return the fallback
   */
  public abstract Optional<Fallback> fallback();

  /**
   * Open day and night (24/7).
   *
   * @return the hours
   */
  public static OpeningHours always() {
    return Always.VALUE;
  }

  /**
   * Hours made of weekly periods.
   *
   * @param periods the periods
   * @return the hours
   */
  public static OpeningHours of(OpeningPeriod... periods) {
    Objects.requireNonNull(periods, "periods");
    return ImmutableOpeningHours.builder().addPeriods(periods).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableOpeningHours.Builder builder() {
    return ImmutableOpeningHours.builder();
  }

  /**
   * Whether the hours say when it is open (24/7 or at least one period).
   *
   * @return false when only a note describes the hours
   */
  public boolean specified() {
    return alwaysOpen() || !periods().isEmpty();
  }

  /**
   * Whether it is open at an instant.
   *
   * @param instant the instant
   * @return true if open
   * @throws InvalidValueException if a working-days-only period must be checked on a date outside the
   *     calendar's supported years
   */
  public boolean isOpenAt(Instant instant) {
    CatalogChecks.notNull("instant", instant);
    return isOpenAt(ZonedDateTime.ofInstant(instant, ZONE));
  }

  /**
   * Whether it is open at a moment given in any time zone (it is converted to Oslo time).
   *
   * @param time the moment
   * @return true if open
   */
  public boolean isOpenAt(ZonedDateTime time) {
    CatalogChecks.notNull("time", time);
    if (alwaysOpen()) {
      return true;
    }
    LocalDateTime local = time.withZoneSameInstant(ZONE).toLocalDateTime();
    return openAtLocal(local.toLocalDate(), local.toLocalTime(), NorwegianCalendar.standard());
  }

  /**
   * Whether a person is answered at an instant: open, or outside the hours with a fallback that
   * {@link Fallback#coversAllHours() covers all hours}.
   *
   * @param instant the instant
   * @return true if answered
   */
  public boolean isAnsweredAt(Instant instant) {
    return isOpenAt(instant) || fallback().map(Fallback::coversAllHours).orElse(false);
  }

  /**
   * The first moment at or after {@code from} at which it is open, in Oslo time.
   *
   * @param from the moment to search from, in any zone
   * @return {@code from} (converted to Oslo) if open then, the next opening otherwise; empty when the
   *     hours are unspecified or no opening is found within 400 days
   * @throws InvalidValueException if a working-days-only period must be checked on a date outside the
   *     calendar's supported years
   */
  public Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
    CatalogChecks.notNull("from", from);
    ZonedDateTime start = from.withZoneSameInstant(ZONE);
    if (alwaysOpen() || isOpenAt(start)) {
      return Optional.of(start);
    }
    if (periods().isEmpty()) {
      return Optional.empty();
    }
    NorwegianCalendar calendar = NorwegianCalendar.standard();
    LocalDate day = start.toLocalDate();
    LocalDate last = day.plusDays(SEARCH_DAYS);
    for (; !day.isAfter(last) && day.getYear() <= NorwegianCalendar.MAX_YEAR; day = day.plusDays(1)) {
      ZonedDateTime best = null;
      for (OpeningPeriod p : periods()) {
        if (!p.appliesOn(day, calendar)) {
          continue;
        }
        ZonedDateTime candidate = firstInstantAtOrAfter(LocalDateTime.of(day, p.opens()), start);
        if (candidate == null) {
          continue;
        }
        LocalDateTime local = candidate.toLocalDateTime();
        if (local.toLocalDate().equals(day) && p.covers(local.toLocalTime())
            && (best == null || candidate.isBefore(best))) {
          best = candidate;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /**
   * The first instant whose Oslo wall-clock time is {@code local}, or the end of the gap when
   * {@code local} falls in the spring gap, that is not before {@code notBefore}; null if none.
   */
  private static ZonedDateTime firstInstantAtOrAfter(LocalDateTime local, ZonedDateTime notBefore) {
    List<ZoneOffset> offsets = ZONE.getRules().getValidOffsets(local);
    ZonedDateTime candidate;
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = ZONE.getRules().getTransition(local);
      candidate = ZonedDateTime.ofInstant(gap.getInstant(), ZONE);
    } else {
      candidate = ZonedDateTime.ofLocal(local, ZONE, offsets.get(0));
      if (candidate.isBefore(notBefore)) {
        candidate = candidate.withLaterOffsetAtOverlap();
      }
    }
    return candidate.isBefore(notBefore) ? null : candidate;
  }

  private boolean openAtLocal(LocalDate date, LocalTime time, NorwegianCalendar calendar) {
    for (OpeningPeriod p : periods()) {
      if (p.covers(time) && p.appliesOn(date, calendar)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    if (alwaysOpen() && !periods().isEmpty()) {
      throw new InvalidValueException("periods", Rule.CONSISTENCY, "hours that are always open have no periods");
    }
    if (alwaysOpen() && fallback().isPresent()) {
      throw new InvalidValueException("fallback", Rule.CONSISTENCY, "hours that are always open have no hours outside them");
    }
    List<OpeningPeriod> ps = periods();
    for (int j = 1; j < ps.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (ps.get(i).overlaps(ps.get(j))) {
          throw new InvalidValueException("periods[" + j + "]", Rule.OVERLAP,
              "overlaps periods[" + i + "] (" + ps.get(i) + " and " + ps.get(j) + ")");
        }
      }
    }
  }

  @Override
  public String toString() {
    return alwaysOpen() ? "24/7" : "OpeningHours" + periods();
  }
}
