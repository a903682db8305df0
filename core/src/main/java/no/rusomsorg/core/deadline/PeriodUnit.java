package no.rusomsorg.core.deadline;

import java.util.Objects;
import no.rusomsorg.core.text.Language;

/**
 * The unit of a period, with the counting rule of domstolloven § 148 that the library applies to it.
 *
 * <ul>
 *   <li>{@link #DAYS}: the starting day is not counted; 3 days from a Monday is the Thursday.
 *   <li>{@link #WEEKS}: ends on the day with the same weekday name as the starting day.
 *   <li>{@link #MONTHS}, {@link #YEARS}: end on the day with the same day number as the starting day;
 *       when that month has no such day, on the month's last day (31 January + 1 month → 28 or 29
 *       February; 29 February 2024 + 1 year → 28 February 2025).
 *   <li>{@link #WORKING_DAYS}: counts working days of the {@link no.rusomsorg.core.calendar.NorwegianCalendar},
 *       the starting day not counted; the result is always a working day.
 * </ul>
 */
public enum PeriodUnit {
  /** Calendar days. */
  DAYS("dag", "dager", "dag", "dagar", "day", "days"),
  /** Weeks of seven days. */
  WEEKS("uke", "uker", "veke", "veker", "week", "weeks"),
  /** Calendar months. */
  MONTHS("måned", "måneder", "månad", "månader", "month", "months"),
  /** Calendar years. */
  YEARS("år", "år", "år", "år", "year", "years"),
  /** Working days (virkedager): Monday to Friday except holidays. */
  WORKING_DAYS("virkedag", "virkedager", "verkedag", "verkedagar", "working day", "working days");

  private final String nbOne;
  private final String nbMany;
  private final String nnOne;
  private final String nnMany;
  private final String enOne;
  private final String enMany;

  PeriodUnit(String nbOne, String nbMany, String nnOne, String nnMany, String enOne, String enMany) {
    this.nbOne = nbOne;
    this.nbMany = nbMany;
    this.nnOne = nnOne;
    this.nnMany = nnMany;
    this.enOne = enOne;
    this.enMany = enMany;
  }

  /**
   * The unit's name for an amount: "1 uke" but "3 uker" (nynorsk "1 veke", "3 veker").
   *
   * @param amount the amount the name follows (1 takes the singular)
   * @param language the language
   * @return the unit's name, without the amount
   */
  public String label(long amount, Language language) {
    Objects.requireNonNull(language, "language");
    boolean one = amount == 1;
    if (language == Language.EN) {
      return one ? enOne : enMany;
    }
    if (language == Language.NN) {
      return one ? nnOne : nnMany;
    }
    return one ? nbOne : nbMany;
  }
}
