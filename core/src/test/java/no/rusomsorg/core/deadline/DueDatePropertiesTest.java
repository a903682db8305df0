package no.rusomsorg.core.deadline;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.calendar.EdgeDates;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The fast {@link DeadlineCalculator#dueDate} always agrees with the explained {@link DeadlineCalculator#compute}. */
class DueDatePropertiesTest {
  private final DeadlineCalculator calc = DeadlineCalculator.standard();

  /** Edge dates, plus dates near the calendar's first and last years, where the result may fall outside. */
  private static Gen<LocalDate> starts() {
    LocalDate first = LocalDate.of(NorwegianCalendar.MIN_YEAR - 2, 1, 1);
    LocalDate nearEnd = LocalDate.of(NorwegianCalendar.MAX_YEAR, 6, 1);
    Gen<LocalDate> edges = Generate.longRange(0, 3 * 366).map(first::plusDays);
    Gen<LocalDate> end = Generate.longRange(0, 400).map(nearEnd::plusDays);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(6, EdgeDates.dates()),
        org.quicktheories.api.Pair.of(1, edges),
        org.quicktheories.api.Pair.of(1, end));
  }

  @Test
  void dueDateEqualsTheDueDateOfTheExplainedDeadlineOrFailsTheSameWay() {
    qt().withExamples(Examples.of(5000)).forAll(Generate.enumValues(DeadlineRule.class), starts()).checkAssert((rule, start) -> {
      LocalDate due = null;
      InvalidValueException expected = null;
      try {
        due = calc.compute(rule, start).due();
      } catch (InvalidValueException e) {
        expected = e;
      }
      if (expected == null) {
        assertThat(calc.dueDate(rule, start)).isEqualTo(due);
      } else {
        InvalidValueException actual = catchThrowableOfType(InvalidValueException.class,
            () -> calc.dueDate(rule, start));
        assertThat(actual).as("dueDate must fail like compute for %s from %s", rule, start).isNotNull();
        assertThat(actual.field()).isEqualTo(expected.field());
        assertThat(actual.rule()).isEqualTo(expected.rule());
      }
    });
  }

  @Test
  void fvlComplaintOverEasterIsExtendedToTheTuesdayAfterEasterMonday() {
    // 12 March 2026 + 3 weeks = Maundy Thursday 2 April; due Tuesday 7 April
    assertThat(calc.dueDate(DeadlineRule.FVL_COMPLAINT, LocalDate.of(2026, 3, 12))).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    // a null argument is a programmer error: an NPE naming the parameter (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> calc.dueDate(null, LocalDate.of(2026, 1, 1))).withMessage("rule");
    assertThatNullPointerException().isThrownBy(() -> calc.dueDate(DeadlineRule.FVL_COMPLAINT, null))
        .withMessage("start");
  }
}
