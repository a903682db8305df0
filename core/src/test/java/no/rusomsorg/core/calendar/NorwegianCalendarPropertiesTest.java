package no.rusomsorg.core.calendar;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the working-day calendar: exhaustive over 1947–2299, and over generated edge dates. */
class NorwegianCalendarPropertiesTest {
  /**
   * A calendar of its own for every test: what a calendar computes when built (its tables of working
   * days per year and day by day) is then computed inside the test, where mutation testing sees it.
   */
  private final NorwegianCalendar cal = new NorwegianCalendar();

  /** A fresh calendar builds its tables on first use without a lock; threads racing to build them agree. */
  @Test
  void threadsBuildingAFreshCalendarsTablesAtOnceGetTheSameAnswers() throws Exception {
    NorwegianCalendar reference = new NorwegianCalendar();
    for (int round = 0; round < 5; round++) {
      NorwegianCalendar shared = new NorwegianCalendar();
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int offset = t;
          results.add(pool.submit(() -> {
            for (int y = NorwegianCalendar.MIN_YEAR + offset; y <= NorwegianCalendar.MAX_YEAR; y += 3) {
              LocalDate d = LocalDate.of(y, 5, 17);
              if (shared.workingDayOnOrAfter(d.toEpochDay()) != reference.workingDayOnOrAfter(d.toEpochDay())
                  || !shared.plusWorkingDays(d, 10).equals(reference.plusWorkingDays(d, 10))) {
                return false;
              }
            }
            return true;
          }));
        }
        for (java.util.concurrent.Future<Boolean> r : results) {
          assertThat(r.get()).isTrue();
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void theStandardCalendarIsSharedAndAgreesWithAFreshOne() {
    assertThat(NorwegianCalendar.standard()).isSameAs(NorwegianCalendar.standard()).isNotSameAs(cal);
    qt().withExamples(Examples.of(2000)).forAll(EdgeDates.dates(), range(-400, 400)).checkAssert((d, n) -> {
      assertThat(NorwegianCalendar.standard().plusWorkingDays(d, n)).isEqualTo(cal.plusWorkingDays(d, n));
      assertThat(NorwegianCalendar.standard().workingDayOnOrAfter(d.toEpochDay())).isEqualTo(
          cal.workingDayOnOrAfter(d.toEpochDay()));
    });
  }

  /**
   * Every day of every supported year, {@value NorwegianCalendar#MIN_YEAR}–{@value NorwegianCalendar#MAX_YEAR},
   * is a holiday here exactly when jollyday lists it as a Norwegian public holiday, and a working day
   * exactly when it is neither such a holiday nor a Saturday or Sunday.
   *
   * <p>jollyday 2.19.0 lists the same twelve days for Norway, all as public holidays, with no
   * observances and no validity periods, and computes Easter for any Gregorian year, so it covers the
   * whole supported range. (It would also list 1 and 17 May before 1947, when they were not yet
   * statutory high days, which is why this calendar starts in 1947.) Only
   * {@link HolidayType#PUBLIC_HOLIDAY} entries are compared, so that observances a later jollyday
   * version may add (such as Christmas Eve, which is a working day in Norway) do not count. Where two
   * holidays share a date (17 May 2027 is also Whit Monday) the dates are compared as a set.
   */
  @Test
  void everyDayOfEverySupportedYearAgreesWithJollyday() {
    HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));
    int days = 0;
    for (int year = NorwegianCalendar.MIN_YEAR; year <= NorwegianCalendar.MAX_YEAR; year++) {
      Set<LocalDate> theirs = jollyday.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
          .map(de.focus_shift.jollyday.core.Holiday::getDate)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(cal.holidayDates(year)).as("holidays in %d", year).containsExactlyElementsOf(theirs);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        boolean holiday = theirs.contains(d);
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (cal.isHoliday(d) != holiday || cal.isWorkingDay(d) != (!holiday && !weekend)) {
          throw new AssertionError("the calendar and jollyday disagree on " + d);
        }
        days++;
      }
    }
    // 1947-01-01 to 2299-12-31 inclusive: every day was compared.
    assertThat(days).isEqualTo(LocalDate.of(2300, 1, 1).toEpochDay() - LocalDate.of(1947, 1, 1).toEpochDay());
  }

  @Test
  void holidayDatesEqualTheNaiveReferenceAndEasterAgreesWithKnuth() {
    for (int year = NorwegianCalendar.MIN_YEAR; year <= NorwegianCalendar.MAX_YEAR; year++) {
      assertThat(NorwegianCalendar.easterSunday(year)).as("Easter %d", year).isEqualTo(NaiveCalendar.easter(year));
      assertThat(cal.holidayDates(year)).as("holidays %d", year).containsExactlyElementsOf(NaiveCalendar.holidays(year));
    }
  }

  @Test
  void isWorkingDayEqualsNaiveReferenceOnEveryDay() {
    for (LocalDate d = LocalDate.of(NorwegianCalendar.MIN_YEAR, 1, 1);
        d.getYear() <= NorwegianCalendar.MAX_YEAR; d = d.plusDays(1)) {
      if (cal.isWorkingDay(d) != NaiveCalendar.isWorkingDay(d)) {
        throw new AssertionError("isWorkingDay differs from the reference on " + d);
      }
    }
  }

  /** The epoch-day table behind bulk deadlines agrees with the naive reference on every supported day. */
  @Test
  void epochDayWorkingDayOnOrAfterEqualsNaiveReferenceOnEveryDay() {
    LocalDate last = LocalDate.of(NorwegianCalendar.MAX_YEAR, 12, 31);
    for (LocalDate d = LocalDate.of(NorwegianCalendar.MIN_YEAR, 1, 1); !d.isAfter(last); d = d.plusDays(1)) {
      LocalDate expected = d;
      while (!NaiveCalendar.isWorkingDay(expected)) {
        expected = expected.plusDays(1);
      }
      if (expected.isAfter(last)) {
        LocalDate day = d;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cal.workingDayOnOrAfter(day.toEpochDay()))
            .isInstanceOf(no.rusomsorg.core.InvalidValueException.class);
      } else if (cal.workingDayOnOrAfter(d.toEpochDay()) != expected.toEpochDay()) {
        throw new AssertionError("workingDayOnOrAfter(epoch day) differs from the reference on " + d);
      }
    }
    for (long outside : new long[] {LocalDate.of(NorwegianCalendar.MIN_YEAR, 1, 1).toEpochDay() - 1,
        last.toEpochDay() + 1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cal.workingDayOnOrAfter(outside))
          .isInstanceOfSatisfying(no.rusomsorg.core.InvalidValueException.class,
              e -> assertThat(e.field()).isEqualTo("date"));
    }
  }

  @Test
  void isWorkingDayEqualsNaiveReferenceOnEdgeDates() {
    qt().withExamples(Examples.of(3000)).forAll(EdgeDates.dates())
        .check(d -> cal.isWorkingDay(d) == NaiveCalendar.isWorkingDay(d));
  }

  @Test
  void nonWorkingDayExplainsExactlyTheDaysOff() {
    qt().withExamples(Examples.of(2000)).forAll(EdgeDates.dates()).checkAssert(d -> {
      if (cal.isWorkingDay(d)) {
        assertThat(cal.nonWorkingDay(d)).isEmpty();
      } else {
        NonWorkingDay off = cal.nonWorkingDay(d).orElseThrow();
        assertThat(off.date()).isEqualTo(d);
        assertThat(off.holidays()).isEqualTo(cal.holidaysOn(d));
        assertThat(off.holidays().isEmpty()).isEqualTo(!cal.isHoliday(d));
        if (off.holidays().isEmpty()) {
          assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          assertThat(off.reason().nb()).isIn("lørdag", "søndag");
        } else {
          off.holidays().forEach(h -> assertThat(h.in(d.getYear())).isEqualTo(d));
          off.holidays().forEach(h -> assertThat(off.reason().nb()).contains(h.displayName().nb()));
        }
      }
    });
  }

  @Test
  void plusWorkingDaysLandsOnAWorkingDayAndInvertsWorkingDaysBetween() {
    qt().withExamples(Examples.of(3000)).forAll(EdgeDates.dates(), range(-700, 2500)).checkAssert((d, n) -> {
      LocalDate r = cal.plusWorkingDays(d, n);
      if (n == 0) {
        assertThat(r).isEqualTo(d);
        return;
      }
      assertThat(cal.isWorkingDay(r)).as("result is a working day").isTrue();
      assertThat(n > 0 ? r.isAfter(d) : r.isBefore(d)).isTrue();
      if (n > 0 || cal.isWorkingDay(d)) {
        assertThat(cal.workingDaysBetween(d, r)).isEqualTo(n);
      } else {
        // counting back from a day off: the first step lands on the last working day before it
        assertThat(cal.workingDaysBetween(d, r)).isEqualTo(n + 1);
      }
    });
  }

  @Test
  void workingDaysBetweenInvertsPlusWorkingDaysForWorkingDayTargets() {
    qt().withExamples(Examples.of(2000)).forAll(EdgeDates.dates(), EdgeDates.dates()).checkAssert((a, b) -> {
      LocalDate from = cal.workingDayOnOrAfter(a);
      LocalDate to = cal.workingDayOnOrAfter(b);
      assertThat(cal.plusWorkingDays(from, cal.workingDaysBetween(from, to))).isEqualTo(to);
      assertThat(cal.workingDaysBetween(from, to)).isEqualTo(-cal.workingDaysBetween(to, from));
    });
  }

  @Test
  void plusWorkingDaysEqualsDayByDayReference() {
    qt().withExamples(Examples.of(1500)).forAll(EdgeDates.dates(), range(-40, 40))
        .check((d, n) -> cal.plusWorkingDays(d, n).equals(NaiveCalendar.plusWorkingDays(d, n)));
  }

  @Test
  void workingDaysBetweenEqualsDayByDayCount() {
    qt().withExamples(Examples.of(1000)).forAll(EdgeDates.dates(), range(-400, 400))
        .check((d, span) -> cal.workingDaysBetween(d, d.plusDays(span))
            == NaiveCalendar.workingDaysBetween(d, d.plusDays(span)));
  }

  @Test
  void plusWorkingDaysIsMonotoneInTheStartDate() {
    qt().withExamples(Examples.of(2000)).forAll(EdgeDates.dates(), range(0, 20), range(-700, 2500)).checkAssert((d, gap, n) -> {
      LocalDate later = d.plusDays(gap);
      assertThat(cal.plusWorkingDays(later, n)).isAfterOrEqualTo(cal.plusWorkingDays(d, n));
    });
  }

  @Test
  void nextAndPreviousWorkingDayBracketEveryDate() {
    qt().withExamples(Examples.of(2000)).forAll(EdgeDates.dates()).checkAssert(d -> {
      LocalDate next = cal.nextWorkingDay(d);
      LocalDate prev = cal.previousWorkingDay(d);
      assertThat(next).isAfter(d);
      assertThat(prev).isBefore(d);
      for (LocalDate x = d.plusDays(1); x.isBefore(next); x = x.plusDays(1)) {
        assertThat(cal.isWorkingDay(x)).as("no working day skipped before %s", next).isFalse();
      }
      for (LocalDate x = prev.plusDays(1); x.isBefore(d); x = x.plusDays(1)) {
        assertThat(cal.isWorkingDay(x)).as("no working day skipped after %s", prev).isFalse();
      }
      assertThat(cal.workingDayOnOrAfter(d)).isEqualTo(cal.isWorkingDay(d) ? d : next);
    });
  }
}
