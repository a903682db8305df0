package no.rusomsorg.core.calendar;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.time.YearMonth;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Date generators for property tests that reach the calendar's edges: leap days, month ends, the days
 * around Easter, Ascension and Whitsun, 1 and 17 May, 24–26 and 31 December and year ends, each
 * shifted by a few days, mixed with uniformly drawn dates. All dates lie in 1950–2199.
 */
public final class EdgeDates {
  /** First year drawn. */
  public static final int FROM_YEAR = 1950;
  /** Last year drawn. */
  public static final int TO_YEAR = 2199;

  private static final LocalDate FIRST = LocalDate.of(FROM_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(TO_YEAR, 12, 31);

  private EdgeDates() {}

  /** Points in a year around which dates cluster. */
  enum Anchor {
    NEW_YEAR { LocalDate in(int y, int m) { return LocalDate.of(y, 1, 1); } },
    YEAR_END { LocalDate in(int y, int m) { return LocalDate.of(y, 12, 31); } },
    CHRISTMAS_EVE { LocalDate in(int y, int m) { return LocalDate.of(y, 12, 24); } },
    CHRISTMAS_DAY { LocalDate in(int y, int m) { return LocalDate.of(y, 12, 25); } },
    LEAP_DAY { LocalDate in(int y, int m) { return YearMonth.of(y, 2).atEndOfMonth(); } },
    MONTH_END { LocalDate in(int y, int m) { return YearMonth.of(y, m).atEndOfMonth(); } },
    MONTH_START { LocalDate in(int y, int m) { return LocalDate.of(y, m, 1); } },
    MAY_DAY { LocalDate in(int y, int m) { return LocalDate.of(y, 5, 1); } },
    CONSTITUTION_DAY { LocalDate in(int y, int m) { return LocalDate.of(y, 5, 17); } },
    EASTER { LocalDate in(int y, int m) { return NorwegianCalendar.easterSunday(y); } },
    ASCENSION { LocalDate in(int y, int m) { return NorwegianCalendar.easterSunday(y).plusDays(39); } },
    WHITSUN { LocalDate in(int y, int m) { return NorwegianCalendar.easterSunday(y).plusDays(49); } };

    abstract LocalDate in(int year, int month);
  }

  /** Uniformly drawn dates in 1950–2199. */
  public static Gen<LocalDate> uniform() {
    long span = LAST.toEpochDay() - FIRST.toEpochDay();
    return org.quicktheories.generators.Generate.longRange(0, span).map(FIRST::plusDays);
  }

  /** Dates within 3 days of an edge (leap day, month end, Easter, 17 May, Christmas, year end). */
  public static Gen<LocalDate> nearEdges() {
    Gen<Integer> years = frequency(
        Pair.of(4, range(FROM_YEAR, TO_YEAR)),
        // leap years, including 2000 (a leap year) next to 2100 (not one)
        Pair.of(2, range(FROM_YEAR / 4, TO_YEAR / 4).map(q -> q * 4)),
        Pair.of(1, org.quicktheories.generators.Generate.pick(java.util.List.of(2000, 2100, 2027, 2026, 2024))));
    Gen<Integer> shifts = frequency(Pair.of(3, constant(0)), Pair.of(4, range(-3, 3)));
    return years.zip(enumValues(Anchor.class), range(1, 12), shifts,
        (y, a, m, s) -> clamp(a.in(y, m).plusDays(s)));
  }

  /** Mostly edge dates, some uniform: the generator the property tests use. */
  public static Gen<LocalDate> dates() {
    return frequency(Pair.of(3, nearEdges()), Pair.of(1, uniform()));
  }

  private static LocalDate clamp(LocalDate d) {
    return d.isBefore(FIRST) ? FIRST : d.isAfter(LAST) ? LAST : d;
  }
}
