package no.rusomsorg.core.eligibility;

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
  private static final Gen<LocalDate> BIRTHS = in -> NationalIds.date(in, 1900, 2100);

  /** The nth birthday: same month and day, or 1 March when the year has no 29 February. */
  private static LocalDate birthday(LocalDate birth, int years) {
    int year = birth.getYear() + years;
    if (birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29 && !Year.isLeap(year)) {
      return LocalDate.of(year, 3, 1);
    }
    return LocalDate.of(year, birth.getMonthValue(), birth.getDayOfMonth());
  }

  @Test
  void eighteenIsReachedExactlyOnThe18thBirthday() {
    Criterion adult = Criterion.minimumAge(18);
    qt().withExamples(5000).forAll(BIRTHS).checkAssert(birth -> {
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
    qt().withExamples(3000).forAll(BIRTHS, years).checkAssert((birth, n) -> {
      PersonFacts facts = PersonFacts.builder().birthDate(birth).build();
      LocalDate day = birthday(birth, n);
      assertThat(Criterion.minimumAge(n).test(facts, day.minusDays(1))).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(Criterion.minimumAge(n).test(facts, day)).isEqualTo(Outcome.ELIGIBLE);
      assertThat(Criterion.minimumAge(n).test(facts, day.plusDays(400))).isEqualTo(Outcome.ELIGIBLE);
    });
  }

  @Test
  void leapDayBirthdaysFallOnTheFirstOfMarchInCommonYears() {
    PersonFacts leapling = PersonFacts.builder().birthDate(LocalDate.of(2008, 2, 29)).build();
    Criterion adult = Criterion.minimumAge(18);
    // LocalDate.plusYears would say 2026-02-28; Norwegian practice says 1 March.
    assertThat(LocalDate.of(2008, 2, 29).plusYears(18)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(adult.test(leapling, LocalDate.of(2026, 2, 28))).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(adult.test(leapling, LocalDate.of(2026, 3, 1))).isEqualTo(Outcome.ELIGIBLE);
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
    qt().withExamples(1000).forAll(BIRTHS, CriterionPropertiesTest.ints(1, 5000)).checkAssert((birth, days) -> {
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
