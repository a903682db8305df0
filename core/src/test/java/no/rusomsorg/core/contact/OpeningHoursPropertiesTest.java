package no.rusomsorg.core.contact;

import static org.quicktheories.QuickTheory.qt;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import org.junit.jupiter.api.Test;

/**
 * Properties of opening hours over generated instants from 1990 to 2060, weighted towards
 * daylight-saving change days, Easter, 1 and 17 May, Christmas and year ends. The holiday oracle is
 * jollyday, independent of the library's own calendar.
 */
class OpeningHoursPropertiesTest {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final HolidayManager NORWAY = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

  private static boolean oracleWorkingDay(LocalDate d) {
    return d.getDayOfWeek().getValue() <= 5 && !NORWAY.isHoliday(d);
  }

  @Test
  void workingDayHoursAreOpenExactlyOnWorkingDaysBetweenNineAndThreeOsloTime() {
    OpeningHours hours = OpeningHours.of(OpeningPeriod.workingDays(LocalTime.of(9, 0), LocalTime.of(15, 0)));
    qt().withExamples(5000).forAll(CatalogGenerators.instants()).check(i -> {
      LocalDateTime local = LocalDateTime.ofInstant(i, OSLO);
      boolean expected = oracleWorkingDay(local.toLocalDate()) && local.getHour() >= 9 && local.getHour() < 15;
      return hours.isOpenAt(i) == expected;
    });
  }

  @Test
  void generatedHoursAgreeWithAnIndependentReadingOfTheirPeriods() {
    qt().withExamples(2000).forAll(CatalogGenerators.periodicHours(), CatalogGenerators.instants()).check((hours, i) -> {
      LocalDateTime local = LocalDateTime.ofInstant(i, OSLO);
      boolean expected = hours.periods().stream().anyMatch(p ->
          p.days().contains(local.getDayOfWeek())
              && (!p.workingDaysOnly() || oracleWorkingDay(local.toLocalDate()))
              && !local.toLocalTime().isBefore(p.opens())
              && (p.closes().equals(LocalTime.MIDNIGHT) || local.toLocalTime().isBefore(p.closes())));
      return hours.isOpenAt(i) == expected && hours.isOpenAt(i.atZone(java.time.ZoneOffset.UTC)) == expected;
    });
  }

  @Test
  void alwaysOpenIsOpenAtEveryInstant() {
    qt().withExamples(2000).forAll(CatalogGenerators.instants()).check(i -> OpeningHours.always().isOpenAt(i)
        && OpeningHours.always().nextOpening(i.atZone(OSLO)).orElseThrow().toInstant().equals(i));
  }

  @Test
  void nextOpeningIsOpenAndNothingBeforeItIs() {
    qt().withExamples(1000).forAll(CatalogGenerators.periodicHours(), CatalogGenerators.instants()).check((hours, i) -> {
      ZonedDateTime from = i.atZone(OSLO);
      Optional<ZonedDateTime> next = hours.nextOpening(from);
      if (next.isEmpty()) {
        // only possible when no period can ever apply; every generated period applies at least weekly
        return false;
      }
      Instant n = next.get().toInstant();
      if (n.isBefore(i) || !hours.isOpenAt(n)) {
        return false;
      }
      if (n.equals(i)) {
        return hours.isOpenAt(i);
      }
      if (hours.isOpenAt(n.minusSeconds(1)) && !n.minusSeconds(1).isBefore(i)) {
        return false;
      }
      for (Instant t = i; t.isBefore(n); t = t.plusSeconds(600)) {
        if (hours.isOpenAt(t)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void overlappingPeriodsAreAlwaysRejected() {
    qt().withExamples(1000).forAll(CatalogGenerators.overlappingPeriods()).check(pair -> {
      try {
        OpeningHours.builder().addAllPeriods(pair).build();
        return false;
      } catch (InvalidValueException e) {
        return e.rule() == Rule.OVERLAP && e.field().equals("periods[1]");
      }
    });
  }

  @Test
  void reversedPeriodsAreAlwaysRejected() {
    qt().withExamples(1000).forAll(CatalogGenerators.minutes(), CatalogGenerators.minutes()).check((a, b) -> {
      if (b.equals(LocalTime.MIDNIGHT) || b.isAfter(a)) {
        return true; // not reversed: nothing to check
      }
      try {
        OpeningPeriod.on(EnumSet.of(DayOfWeek.MONDAY), a, b);
        return false;
      } catch (InvalidValueException e) {
        return e.rule() == Rule.ORDER && e.field().equals("closes");
      }
    });
  }
}
