package no.rusomsorg.core.deadline;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.core.calendar.EdgeDates;
import no.rusomsorg.core.calendar.NonWorkingDay;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.text.Language;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/** Properties of deadline computation over generated start dates in 1950–2199. */
class DeadlinePropertiesTest {
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private final DeadlineCalculator calc = DeadlineCalculator.standard();
  private final NorwegianCalendar cal = NorwegianCalendar.standard();

  /** The rules that have a period of their own (all but the pregnancy rule and the promise). */
  private static final List<DeadlineRule> PERIOD_RULES = Arrays.stream(DeadlineRule.values())
      .filter(r -> r.period().isPresent())
      .collect(Collectors.toList());

  private static Gen<DeadlineRule> periodRules() {
    return Generate.pick(PERIOD_RULES);
  }

  private static Gen<PeriodSpec> periods() {
    return enumValues(PeriodUnit.class).zip(range(0, 60), (u, n) -> PeriodSpec.of(n, u));
  }

  private Deadline compute(DeadlineRule rule, LocalDate start) {
    return calc.compute(rule, start);
  }

  @Test
  void anExtendedDeadlineFallsOnTheNextWorkingDayAndOnlyMovesOffADayOff() {
    qt().withExamples(Examples.of(3000)).forAll(periodRules(), EdgeDates.dates()).checkAssert((rule, start) -> {
      Deadline d = compute(rule, start);
      assertThat(d.due()).isAfterOrEqualTo(d.unextendedDue());
      assertThat(d.unextendedDue()).isAfterOrEqualTo(start);
      if (rule.extendsToWorkingDay()) {
        assertThat(cal.isWorkingDay(d.due())).as("due is a working day").isTrue();
        assertThat(d.extended()).isEqualTo(!cal.isWorkingDay(d.unextendedDue()));
        assertThat(d.due()).isEqualTo(cal.workingDayOnOrAfter(d.unextendedDue()));
      } else {
        assertThat(d.due()).as("maximum durations and the bar never move").isEqualTo(d.unextendedDue());
        assertThat(d.extended()).isFalse();
      }
      // the skipped days are exactly the days from the plain date up to the due date, all days off
      assertThat(d.skippedDays()).hasSize((int) ChronoUnit.DAYS.between(d.unextendedDue(), d.due()));
      for (int i = 0; i < d.skippedDays().size(); i++) {
        NonWorkingDay off = d.skippedDays().get(i);
        assertThat(off.date()).isEqualTo(d.unextendedDue().plusDays(i));
        assertThat(cal.isWorkingDay(off.date())).isFalse();
      }
      assertThat(d.extensionReason().isPresent()).isEqualTo(d.extended());
    });
  }

  @Test
  void maximumDurationsAreNeverMoved() {
    List<DeadlineRule> maxima = Arrays.stream(DeadlineRule.values()).filter(DeadlineRule::isMaximumDuration)
        .collect(Collectors.toList());
    assertThat(maxima).contains(DeadlineRule.COERCION_DETENTION_10_2, DeadlineRule.COERCION_PREGNANCY_10_3,
        DeadlineRule.CONSENT_DETENTION_10_4, DeadlineRule.COERCION_REVIEW_10_3, DeadlineRule.CONSENT_WITHDRAWN_10_4);
    qt().withExamples(Examples.of(2000)).forAll(Generate.pick(maxima), EdgeDates.dates(), range(0, 308), periods())
        .checkAssert((rule, start, days, period) -> {
          Deadline d;
          if (rule.needsEndDate()) {
            d = calc.compute(rule, start, start.plusDays(days));
            assertThat(d.unextendedDue()).isEqualTo(start.plusDays(days));
            assertThat(d.period()).isEmpty();
          } else if (rule.isParameterised()) {
            d = calc.compute(rule, start, period);
            assertThat(d.unextendedDue()).isEqualTo(calc.endOf(start, period));
          } else {
            d = calc.compute(rule, start);
          }
          assertThat(d.due()).isEqualTo(d.unextendedDue());
          assertThat(d.skippedDays()).isEmpty();
          assertThat(d.trace(Language.EN)).doesNotContain("extended to");
          if (!cal.isWorkingDay(d.due())) {
            assertThat(d.trace(Language.EN)).contains("not extended (maximum duration)");
          }
        });
  }

  @Test
  void deadlinesAreMonotoneInTheStartDate() {
    qt().withExamples(Examples.of(3000)).forAll(periodRules(), EdgeDates.dates(), range(0, 40)).checkAssert((rule, start, gap) -> {
      Deadline early = compute(rule, start);
      Deadline late = compute(rule, start.plusDays(gap));
      assertThat(late.unextendedDue()).isAfterOrEqualTo(early.unextendedDue());
      assertThat(late.due()).isAfterOrEqualTo(early.due());
    });
  }

  @Test
  void promisesAreMonotoneInStartAndAmountAndEndOnAWorkingDay() {
    qt().withExamples(Examples.of(2000)).forAll(periods(), EdgeDates.dates(), range(0, 10)).checkAssert((p, start, gap) -> {
      Deadline d = calc.promise(0, p.amount(), p.unit(), start);
      Deadline later = calc.promise(0, p.amount(), p.unit(), start.plusDays(gap));
      Deadline longer = calc.promise(0, p.amount() + 1, p.unit(), start);
      assertThat(later.due()).isAfterOrEqualTo(d.due());
      assertThat(longer.due()).isAfterOrEqualTo(d.due());
      assertThat(d.unextendedDue()).isEqualTo(calc.endOf(start, PeriodSpec.of(p.amount(), p.unit())));
      assertThat(cal.isWorkingDay(d.due())).isTrue();
    });
  }

  @Test
  void monthsAndYearsKeepTheDayNumberOrClampToTheMonthEnd() {
    qt().withExamples(Examples.of(3000)).forAll(EdgeDates.dates(), range(0, 36), Generate.booleans()).checkAssert((start, n, years) -> {
      PeriodSpec p = PeriodSpec.of(n, years ? PeriodUnit.YEARS : PeriodUnit.MONTHS);
      LocalDate end = calc.endOf(start, p);
      YearMonth target = YearMonth.from(start).plusMonths(years ? 12L * n : n);
      assertThat(YearMonth.from(end)).isEqualTo(target);
      assertThat(end.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), target.lengthOfMonth()));
    });
  }

  @Test
  void daysDoNotCountTheStartAndWeeksKeepTheWeekday() {
    qt().withExamples(Examples.of(2000)).forAll(EdgeDates.dates(), range(0, 400)).checkAssert((start, n) -> {
      assertThat(ChronoUnit.DAYS.between(start, calc.endOf(start, PeriodSpec.of(n, PeriodUnit.DAYS)))).isEqualTo((long) n);
      LocalDate weeks = calc.endOf(start, PeriodSpec.of(n, PeriodUnit.WEEKS));
      assertThat(weeks.getDayOfWeek()).isEqualTo(start.getDayOfWeek());
      assertThat(ChronoUnit.DAYS.between(start, weeks)).isEqualTo(7L * n);
      LocalDate working = calc.endOf(start, PeriodSpec.of(n, PeriodUnit.WORKING_DAYS));
      assertThat(cal.workingDaysBetween(start, working)).isEqualTo(n);
    });
  }

  @Test
  void christmasEveAndNewYearsEveNeverCauseAnExtension() {
    qt().withExamples(Examples.of(1000)).forAll(periodRules(), range(EdgeDates.FROM_YEAR, EdgeDates.TO_YEAR), Generate.booleans())
        .checkAssert((rule, year, eve) -> {
          LocalDate target = LocalDate.of(year, 12, eve ? 24 : 31);
          // choose the start so that the rule's plain date is the target, where the unit allows it
          PeriodSpec p = rule.period().orElseThrow();
          LocalDate start;
          switch (p.unit()) {
            case DAYS: start = target.minusDays(p.amount()); break;
            case WEEKS: start = target.minusWeeks(p.amount()); break;
            case MONTHS: start = target.minusMonths(p.amount()); break;
            case YEARS: start = target.minusYears(p.amount()); break;
            default: return; // a working-day period never ends on a day off
          }
          if (!calc.endOf(start, p).equals(target)) {
            return; // no start reaches it: 31 December is never one month after a date in November
          }
          Deadline d = compute(rule, start);
          assertThat(d.unextendedDue()).isEqualTo(target);
          boolean weekend = target.getDayOfWeek().getValue() >= 6;
          assertThat(d.extended()).isEqualTo(weekend && rule.extendsToWorkingDay());
        });
  }

  @Test
  void traceMentionsStartAndBothDatesInBothLanguages() {
    qt().withExamples(Examples.of(2000)).forAll(periodRules(), EdgeDates.dates()).checkAssert((rule, start) -> {
      Deadline d = compute(rule, start);
      for (Language lang : Language.values()) {
        String t = d.trace(lang);
        assertThat(t).contains(DOTTED.format(start)).contains(DOTTED.format(d.unextendedDue()))
            .contains(DOTTED.format(d.due())).contains(d.period().orElseThrow().text(lang));
        assertThat(t.contains("→")).isEqualTo(d.extended());
      }
      if (d.extended()) {
        assertThat(d.trace(Language.NB)).contains("forlenget til " + DOTTED.format(d.due()))
            .contains("(" + d.skippedDays().get(0).reason().nb() + ")");
        assertThat(d.trace(Language.EN)).contains("extended to " + DOTTED.format(d.due()));
      }
    });
  }

  @Test
  void deadlinesRoundTripThroughJson() {
    RusomsorgJson json = RusomsorgJson.strict();
    qt().withExamples(Examples.of(300)).forAll(periodRules(), EdgeDates.dates()).checkAssert((rule, start) -> {
      Deadline d = compute(rule, start);
      assertThat(json.read(json.write(d), Deadline.class)).isEqualTo(d);
    });
  }

  @Test
  void isMetByIsOnOrBeforeTheDueDate() {
    qt().withExamples(Examples.of(1000)).forAll(periodRules(), EdgeDates.dates(), range(-10, 10)).checkAssert((rule, start, k) -> {
      Deadline d = compute(rule, start);
      LocalDate act = d.due().plusDays(k);
      assertThat(d.isMetBy(act)).isEqualTo(k <= 0);
      assertThat(d.hasPassedOn(act)).isEqualTo(k > 0);
    });
  }

  @Test
  void countingSaturdaysNeverEndsLaterAndOnlyDiffersByTheSaturdaysCounted() {
    DeadlineCalculator saturdays = calc.withWorkingDayReading(WorkingDayReading.SATURDAY_IS_A_WORKING_DAY);
    qt().withExamples(Examples.of(3000)).forAll(EdgeDates.dates(), range(0, 40)).checkAssert((start, n) -> {
      Deadline lib = calc.promise(n, n, PeriodUnit.WORKING_DAYS, start);
      Deadline alt = saturdays.promise(n, n, PeriodUnit.WORKING_DAYS, start);
      assertThat(alt.due()).isBeforeOrEqualTo(lib.due());
      // between start (exclusive) and due (inclusive) each reading counts exactly n of its working days
      int libDays = 0;
      int altDays = 0;
      for (LocalDate d = start.plusDays(1); !d.isAfter(alt.due()); d = d.plusDays(1)) {
        boolean saturday = d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY && !cal.isHoliday(d);
        altDays += cal.isWorkingDay(d) || saturday ? 1 : 0;
      }
      for (LocalDate d = start.plusDays(1); !d.isAfter(lib.due()); d = d.plusDays(1)) {
        libDays += cal.isWorkingDay(d) ? 1 : 0;
      }
      if (n > 0) {
        assertThat(altDays).as("from %s", start).isEqualTo(n);
        assertThat(libDays).as("from %s", start).isEqualTo(n);
      }
      assertThat(alt.trace(Language.EN)).contains("alternative interpretation");
      assertThat(lib.trace(Language.EN)).contains("the library's interpretation");
    });
  }
}
