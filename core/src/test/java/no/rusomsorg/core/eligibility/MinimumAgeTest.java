package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Year;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.identity.NationalIdNumber;
import no.rusomsorg.core.identity.NationalIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MinimumAgeTest {
  /**
   * Birth dates that hit the edges often: about a third on 29 February, the rest on 28 February,
   * 1 March, month ends, 31 December, 1 January or any day, from 1900 to 2100.
   */
  private static final Gen<LocalDate> BIRTHS = in -> {
    long kind = in.next(org.quicktheories.impl.Constraint.between(0, 8));
    int year = (int) in.next(org.quicktheories.impl.Constraint.between(1900, 2100));
    switch ((int) kind) {
      case 0:
      case 1:
      case 2: {
        int leap = year - Math.floorMod(year, 4);
        return Year.isLeap(leap) ? LocalDate.of(leap, 2, 29) : LocalDate.of(leap + 4, 2, 29); // 1900, 2100 skip
      }
      case 3:
        return LocalDate.of(year, 2, 28);
      case 4:
        return LocalDate.of(year, 3, 1);
      case 5: {
        int month = (int) in.next(org.quicktheories.impl.Constraint.between(1, 12));
        return java.time.YearMonth.of(year, month).atEndOfMonth();
      }
      case 6:
        return LocalDate.of(year, 12, 31);
      case 7:
        return LocalDate.of(year, 1, 1);
      default:
        return NationalIds.date(in, 1900, 2100);
    }
  };

  /**
   * The nth birthday: same month and day; for 29 February in a year without it, 28 February or 1 March
   * by the reading.
   */
  private static LocalDate birthday(LocalDate birth, int years, LeapDayBirthday reading) {
    int year = birth.getYear() + years;
    if (birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29 && !Year.isLeap(year)) {
      return reading == LeapDayBirthday.FEBRUARY_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
    }
    return LocalDate.of(year, birth.getMonthValue(), birth.getDayOfMonth());
  }

  private static LocalDate birthday(LocalDate birth, int years) {
    return birthday(birth, years, LeapDayBirthday.FEBRUARY_28);
  }

  @Test
  void bothLeapDayReadingsReachEveryAgeExactlyOnTheirBirthdayAndTheReasonNamesTheReading() {
    Gen<Integer> years = CriterionPropertiesTest.ints(1, 100);
    Gen<LeapDayBirthday> readings = org.quicktheories.generators.SourceDSL.arbitrary().enumValues(LeapDayBirthday.class);
    qt().withExamples(Examples.of(6000)).forAll(BIRTHS, years, readings).checkAssert((birth, n, reading) -> {
      PersonFacts facts = PersonFacts.builder().birthDate(birth).build();
      Criterion c = Criterion.minimumAge(n);
      LocalDate day = birthday(birth, n, reading);
      assertThat(c.test(facts, day.minusDays(1), reading)).as("day before, born %s, %s", birth, reading)
          .isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(c.test(facts, day, reading)).as("on the day, born %s, %s", birth, reading).isEqualTo(Outcome.ELIGIBLE);
      Verdict before = c.evaluate(facts, day.minusDays(1), reading);
      Verdict on = c.evaluate(facts, day, reading);
      assertThat(before.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(on.outcome()).isEqualTo(Outcome.ELIGIBLE);
      boolean leapling = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29;
      boolean readingsDiffer = leapling && !Year.isLeap(birth.getYear() + n);
      LocalDate edge = readingsDiffer ? LocalDate.of(birth.getYear() + n, 2, 28) : null;
      for (Verdict v : new Verdict[] {before, on}) {
        String reason = v.reasons().get(0).explanation().nb();
        boolean onEdge = edge != null && (v == before ? day.minusDays(1) : day).equals(edge);
        assertThat(reason.contains("29. februar")).as("reason names the reading exactly on the edge: %s", reason)
            .isEqualTo(onEdge);
        if (onEdge) {
          assertThat(reason).contains(reading == LeapDayBirthday.FEBRUARY_28 ? "28. februar" : "1. mars")
              .contains("tolkning");
        }
      }
      // the two readings agree on every day but 28 February of a year without 29 February
      LeapDayBirthday other = reading == LeapDayBirthday.FEBRUARY_28 ? LeapDayBirthday.MARCH_1 : LeapDayBirthday.FEBRUARY_28;
      for (LocalDate d : new LocalDate[] {day.minusDays(1), day, day.plusDays(1)}) {
        if (!d.equals(edge)) {
          assertThat(c.test(facts, d, other)).as("born %s on %s", birth, d).isEqualTo(c.test(facts, d, reading));
        }
      }
    });
  }

  @Test
  void eighteenIsReachedExactlyOnThe18thBirthday() {
    Criterion adult = Criterion.minimumAge(18);
    qt().withExamples(Examples.of(5000)).forAll(BIRTHS).checkAssert(birth -> {
      PersonFacts facts = PersonFacts.builder().birthDate(birth).build();
      LocalDate day = birthday(birth, 18);
      assertThat(adult.test(facts, day.minusDays(1))).as("day before, born %s", birth).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(adult.test(facts, day)).as("on the day, born %s", birth).isEqualTo(Outcome.ELIGIBLE);
      assertThat(adult.evaluate(facts, day.minusDays(1)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(adult.evaluate(facts, day).outcome()).isEqualTo(Outcome.ELIGIBLE);
    });
  }

  @Test
  void everyAgeBoundaryIsExact() {
    Gen<Integer> years = CriterionPropertiesTest.ints(1, 130);
    qt().withExamples(Examples.of(3000)).forAll(BIRTHS, years).checkAssert((birth, n) -> {
      PersonFacts facts = PersonFacts.builder().birthDate(birth).build();
      LocalDate day = birthday(birth, n);
      assertThat(Criterion.minimumAge(n).test(facts, day.minusDays(1))).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(Criterion.minimumAge(n).test(facts, day)).isEqualTo(Outcome.ELIGIBLE);
      assertThat(Criterion.minimumAge(n).test(facts, day.plusDays(400))).isEqualTo(Outcome.ELIGIBLE);
    });
  }

  @Test
  void leapDayBirthdaysFallOnTheLastDayOfFebruaryInCommonYearsByDefaultAndOnTheFirstOfMarchByTheOtherReading() {
    PersonFacts leapling = PersonFacts.builder().birthDate(LocalDate.of(2008, 2, 29)).build();
    Criterion adult = Criterion.minimumAge(18);
    // The default follows domstolloven § 148 (2) by analogy: the last day of February (ADR 0012).
    assertThat(adult.test(leapling, LocalDate.of(2026, 2, 27))).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(adult.test(leapling, LocalDate.of(2026, 2, 28))).isEqualTo(Outcome.ELIGIBLE);
    Verdict v = adult.evaluate(leapling, LocalDate.of(2026, 2, 28));
    assertThat(v.reasons().get(0).explanation().nb()).contains("28. februar").contains("domstolloven § 148");
    assertThat(v.reasons().get(0).explanation().in(no.rusomsorg.core.text.Language.EN))
        .contains("28 February").contains("interpretation");
    // The other reading is one argument away.
    assertThat(adult.test(leapling, LocalDate.of(2026, 2, 28), LeapDayBirthday.MARCH_1)).isEqualTo(Outcome.NOT_ELIGIBLE);
    Verdict march = adult.evaluate(leapling, LocalDate.of(2026, 2, 28), LeapDayBirthday.MARCH_1);
    assertThat(march.reasons().get(0).explanation().nb()).contains("1. mars").contains("tolkning");
    assertThat(adult.test(leapling, LocalDate.of(2026, 3, 1), LeapDayBirthday.MARCH_1)).isEqualTo(Outcome.ELIGIBLE);
    // Away from the edge the reason says nothing about it.
    assertThat(adult.evaluate(leapling, LocalDate.of(2026, 3, 1)).reasons().get(0).explanation().nb())
        .doesNotContain("29. februar");
    // In a leap year the birthday is the 29th itself.
    assertThat(Criterion.minimumAge(16).test(leapling, LocalDate.of(2024, 2, 28))).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(Criterion.minimumAge(16).test(leapling, LocalDate.of(2024, 2, 29))).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void theBirthDateMayComeFromAFodselsnummer() {
    LocalDate birth = LocalDate.of(2008, 2, 29);
    NationalIdNumber id = NationalIdNumber.parse(NationalIds.fodselsnummer(birth, 1));
    PersonFacts facts = PersonFacts.builder().nationalId(id).build();
    assertThat(facts.knownBirthDate()).contains(birth);
    assertThat(Criterion.minimumAge(18).test(facts, LocalDate.of(2026, 3, 1))).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void aNumberValidOnlyUnderThe2032RuleNeedsTheRegistersBirthDate() {
    LocalDate birth = LocalDate.of(1990, 6, 15);
    NationalIdNumber id = NationalIdNumber.parse(NationalIds.from2032(birth, 5));
    PersonFacts withoutDate = PersonFacts.builder().nationalId(id).build();
    Verdict v = Criterion.minimumAge(18).evaluate(withoutDate, LocalDate.of(2040, 1, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(v.missingFacts()).containsExactly(Fact.BIRTH_DATE);
    PersonFacts withDate = PersonFacts.builder().nationalId(id).birthDate(birth).build();
    assertThat(Criterion.minimumAge(18).test(withDate, LocalDate.of(2040, 1, 1))).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void dNumbersDoNotGiveTheBirthDate() {
    String digits = null;
    for (int i = 0; digits == null; i++) {
      digits = NationalIds.make(1, 1, 80, NationalIdNumber.Kind.D_NUMBER, i, 0);
    }
    NationalIdNumber d = NationalIdNumber.parse(digits);
    assertThat(d.birthDate()).contains(LocalDate.of(1980, 1, 1));
    PersonFacts facts = PersonFacts.builder().nationalId(d).build();
    assertThat(facts.knownBirthDate()).isEmpty();
    // and a different given birth date is not a contradiction for a D-number
    assertThat(PersonFacts.builder().nationalId(d).birthDate(LocalDate.of(1979, 5, 5)).build().knownBirthDate())
        .contains(LocalDate.of(1979, 5, 5));
  }

  @Test
  void aBirthDateAfterTheEvaluationDateIsRejectedByBothPaths() {
    qt().withExamples(Examples.of(1000)).forAll(BIRTHS, CriterionPropertiesTest.ints(1, 5000)).checkAssert((birth, days) -> {
      PersonFacts facts = PersonFacts.builder().birthDate(birth).build();
      LocalDate before = birth.minusDays(days);
      // whichever criterion is evaluated, even one that does not read the birth date
      for (Criterion c : new Criterion[] {Criterion.minimumAge(18), Criterion.homeless()}) {
        assertThatThrownBy(() -> c.test(facts, before)).isInstanceOfSatisfying(ContradictoryFactsException.class, e -> {
          assertThat(e.facts()).containsExactly(Fact.BIRTH_DATE);
          assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.CONSISTENCY);
          assertThat(e.getMessage()).doesNotContain(birth.toString());
        });
        assertThatThrownBy(() -> c.evaluate(facts, before)).isInstanceOf(ContradictoryFactsException.class);
      }
      assertThat(Criterion.minimumAge(1).test(facts, birth)).isEqualTo(Outcome.NOT_ELIGIBLE);
    });
  }

  @Test
  void agesOutsideOneTo130AreRejected() {
    assertThatThrownBy(() -> Criterion.minimumAge(0)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo("years");
      assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.RANGE);
    });
    assertThatThrownBy(() -> Criterion.minimumAge(131)).isInstanceOf(InvalidValueException.class);
    assertThat(Criterion.minimumAge(130).years()).isEqualTo(130);
  }

  @Test
  void farFutureAndFarPastEvaluationDatesDoNotOverflow() {
    PersonFacts facts = PersonFacts.builder().birthDate(LocalDate.of(2000, 1, 1)).build();
    assertThat(Criterion.minimumAge(18).test(facts, LocalDate.MAX)).isEqualTo(Outcome.ELIGIBLE);
    assertThatThrownBy(() -> Criterion.minimumAge(18).test(facts, LocalDate.MIN)).isInstanceOf(ContradictoryFactsException.class);
    assertThat(Criterion.minimumAge(18).test(PersonFacts.empty(), LocalDate.MIN)).isEqualTo(Outcome.UNKNOWN);
  }
}
