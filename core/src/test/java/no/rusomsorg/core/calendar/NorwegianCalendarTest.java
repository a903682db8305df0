package no.rusomsorg.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.rusomsorg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class NorwegianCalendarTest {
  private final NorwegianCalendar cal = NorwegianCalendar.standard();

  @Test
  void easterSundayKnownYears() {
    assertThat(NorwegianCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(NorwegianCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(NorwegianCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(NorwegianCalendar.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void christmasEveAndNewYearsEveAreWorkingDays() {
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
  }

  @Test
  void whitMondayAndConstitutionDayCoincideIn2027() {
    assertThat(cal.holidaysOn(LocalDate.of(2027, 5, 17)))
        .containsExactly(Holiday.CONSTITUTION_DAY, Holiday.WHIT_MONDAY);
  }

  @Test
  void workingDayArithmeticAroundEaster2026() {
    LocalDate wed = LocalDate.of(2026, 4, 1);
    assertThat(cal.nextWorkingDay(wed)).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(cal.previousWorkingDay(LocalDate.of(2026, 4, 7))).isEqualTo(wed);
    assertThat(cal.previousWorkingDay(LocalDate.of(2026, 4, 5))).isEqualTo(wed);
    assertThat(cal.workingDaysBetween(wed, LocalDate.of(2026, 4, 7))).isEqualTo(1);
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void outsideSupportedYearsIsTyped() {
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(1900, 1, 2)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.RANGE));
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2299, 12, 30), 5))
        .isInstanceOf(InvalidValueException.class);
  }
}
