package no.rusomsorg.core.calendar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A day that is not a working day, with the reason: the {@link Holiday holidays} that fall on it, or
 * else that it is a Saturday or a Sunday.
 *
 * <p>Obtained from {@link NorwegianCalendar#nonWorkingDay(LocalDate)}. A deadline that is extended to
 * the next working day lists the days it skipped as values of this type, so that a trace can say
 * <em>why</em> it moved ("02.04.2026 (skjærtorsdag)"). JSON:
 * {@code {"date": "2026-04-02", "holidays": ["MAUNDY_THURSDAY"]}}; when read back, the holidays must
 * be exactly those of the date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNonWorkingDay.class)
@JsonDeserialize(as = ImmutableNonWorkingDay.class)
@JsonPropertyOrder({"date", "holidays"})
public abstract class NonWorkingDay {

  NonWorkingDay() {}

  /**
   * The date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The holidays on this date, in declaration order; empty for an ordinary Saturday or Sunday.
   *
   * @return the holidays
   */
  public abstract Set<Holiday> holidays();

  /**
   * The day of the week of {@link #date()}.
   *
   * @return the weekday
   */
  @JsonIgnore
  public DayOfWeek dayOfWeek() {
    return date().getDayOfWeek();
  }

  /**
   * Why the day is not a working day, for display: the holiday names joined by " / " ("grunnlovsdag
   * 17. mai / andre pinsedag" on 17 May 2027), or "lørdag"/"Saturday", "søndag"/"Sunday". A Sunday
   * that is also a holiday (Easter Sunday, 17 May on a Sunday) is named by its holiday.
   *
   * @return the reason in bokmål and English
   */
  @JsonIgnore
  public LocalizedText reason() {
    if (!holidays().isEmpty()) {
      return LocalizedText.of(
          holidays().stream().map(h -> h.displayName().nb()).collect(Collectors.joining(" / ")),
          holidays().stream().map(h -> h.displayName().nn().orElseThrow()).collect(Collectors.joining(" / ")),
          holidays().stream().map(h -> h.displayName().en().orElseThrow()).collect(Collectors.joining(" / ")));
    }
    return dayOfWeek() == DayOfWeek.SATURDAY ? LocalizedText.of("lørdag", "laurdag", "Saturday")
        : LocalizedText.of("søndag", "sundag", "Sunday");
  }

  /**
   * The non-working day for a date, with the holidays looked up in the standard calendar.
   *
   * @param date the date
   * @return the value
   * @throws InvalidValueException if the date is a working day or outside the supported years
   */
  public static NonWorkingDay of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return NorwegianCalendar.standard().nonWorkingDay(date)
        .orElseThrow(() -> new InvalidValueException("date", Rule.CONSISTENCY, "the date is a working day"));
  }

  @Value.Check
  void check() {
    NorwegianCalendar cal = NorwegianCalendar.standard();
    if (cal.isWorkingDay(date())) {
      throw new InvalidValueException("date", Rule.CONSISTENCY, "the date is a working day");
    }
    if (!cal.holidaysOn(date()).equals(holidays())) {
      throw new InvalidValueException("holidays", Rule.CONSISTENCY,
          "the holidays must be exactly those that fall on the date");
    }
  }

  @Override
  public String toString() {
    return date() + " (" + reason().in(no.rusomsorg.core.text.Language.EN) + ")";
  }
}
