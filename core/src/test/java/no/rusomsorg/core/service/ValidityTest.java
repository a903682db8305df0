package no.rusomsorg.core.service;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ValidityTest {
  private static final LocalDate D2019_12_31 = LocalDate.of(2019, 12, 31);
  private static final LocalDate D2020_01_01 = LocalDate.of(2020, 1, 1);

  @Test
  void bothEndsAreInclusive() {
    Validity v = Validity.of(LocalDate.of(2016, 1, 1), D2019_12_31);
    assertThat(v.contains(LocalDate.of(2016, 1, 1))).isTrue();
    assertThat(v.contains(D2019_12_31)).isTrue();
    assertThat(v.contains(D2020_01_01)).isFalse();
    assertThat(v.contains(LocalDate.of(2015, 12, 31))).isFalse();
    assertThat(v.openEnded()).isFalse();
    assertThat(v).hasToString("2016-01-01..2019-12-31");
  }

  @Test
  void openEndedValidityContainsEveryLaterDay() {
    Validity v = Validity.starting(D2020_01_01);
    assertThat(v.contains(LocalDate.of(2299, 12, 31))).isTrue();
    assertThat(v.contains(D2019_12_31)).isFalse();
    assertThat(v.openEnded()).isTrue();
  }

  @Test
  void aOneDayValidityIsAllowedAndAReversedOneIsRejected() {
    assertThat(Validity.of(D2020_01_01, D2020_01_01).contains(D2020_01_01)).isTrue();
    assertThatThrownBy(() -> Validity.of(D2020_01_01, D2019_12_31))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.ORDER);
          assertThat(e.field()).isEqualTo("to");
        });
  }

  @Test
  void overlapIsSymmetricAndTouchingPeriodsDoNotOverlap() {
    Validity a = Validity.of(LocalDate.of(2010, 1, 1), D2019_12_31);
    Validity b = Validity.starting(D2020_01_01);
    assertThat(a.overlaps(b)).isFalse();
    assertThat(b.overlaps(a)).isFalse();
    Validity c = Validity.starting(D2019_12_31);
    assertThat(a.overlaps(c)).isTrue();
    assertThat(c.overlaps(a)).isTrue();
  }

  @Test
  void aNullArgumentIsANullPointerExceptionNamingTheParameter() {
    // a programmer error, not bad data (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> Validity.starting(D2020_01_01).contains(null)).withMessage("date");
    assertThatNullPointerException().isThrownBy(() -> Validity.starting(null)).withMessage("from");
  }

  @Test
  void jsonReadingRejectsAReversedValidityWithItsPath() {
    assertThatThrownBy(() -> RusomsorgJson.strict().read("{\"from\":\"2020-01-01\",\"to\":\"2019-12-31\"}", Validity.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.ORDER);
          assertThat(e.field()).isEqualTo("$.to");
        });
  }

  @Test
  void propertyReversedValiditiesAreAlwaysRejected() {
    qt().withExamples(Examples.of(1000)).forAll(CatalogGenerators.dates(), Generate.range(1, 20000)).check((from, back) -> {
      try {
        Validity.of(from, from.minusDays(back));
        return false;
      } catch (InvalidValueException e) {
        return e.rule() == Rule.ORDER && e.field().equals("to");
      }
    });
  }

  @Test
  void propertyContainsAgreesWithOverlapOfOneDay() {
    qt().withExamples(Examples.of(1000)).forAll(CatalogGenerators.validities(), CatalogGenerators.dates()).check((v, d) ->
        v.contains(d) == v.overlaps(Validity.of(d, d)) && v.overlaps(v));
  }
}
