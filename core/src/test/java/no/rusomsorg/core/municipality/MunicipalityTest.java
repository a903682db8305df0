package no.rusomsorg.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.service.Validity;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MunicipalityTest {
  private static final County ROGALAND = County.of("11", "Rogaland");
  private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);
  private static final LocalDate START_2020 = LocalDate.of(2020, 1, 1);

  private static void rejects(ThrowingCallable build, String field, Rule rule) {
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  private static MunicipalityNumber n(String digits) {
    return MunicipalityNumber.of(digits);
  }

  @Test
  void sandnesChangedNumberAtTheTurnOf2020() {
    Municipality sandnes = SandnesFixture.sandnes();
    assertThat(sandnes.numberOn(END_2019)).hasValue(n("1102"));
    assertThat(sandnes.numberOn(START_2020)).hasValue(n("1108"));
    assertThat(sandnes.numberOn(LocalDate.of(1964, 12, 31))).isEmpty();
    assertThat(sandnes.latestNumber()).isEqualTo(n("1108"));
    assertThat(sandnes.hadNumber(n("1102"))).isTrue();
    assertThat(sandnes.hadNumber(n("1108"))).isTrue();
    assertThat(sandnes.hadNumber(n("1103"))).isFalse();
    assertThat(sandnes.countyOn(START_2020)).hasValue(ROGALAND);
    assertThat(sandnes.isValidOn(LocalDate.of(2299, 1, 1))).isTrue();
    assertThat(sandnes.successorOn(START_2020)).isEmpty();
    assertThat(sandnes).hasToString("Sandnes (1108)");
  }

  @Test
  void sogneAfter2019AnswersWithItsSuccessorNotUnknown() {
    Municipality sogne = SandnesFixture.sogne();
    assertThat(sogne.isValidOn(END_2019)).isTrue();
    assertThat(sogne.isValidOn(START_2020)).isFalse();
    assertThat(sogne.numberOn(START_2020)).isEmpty();
    assertThat(sogne.successorOn(END_2019)).isEmpty();
    assertThat(sogne.successorOn(LocalDate.of(2021, 6, 1))).hasValueSatisfying(s -> {
      assertThat(s.number()).isEqualTo(n("4204"));
      assertThat(s.name()).isEqualTo("Kristiansand");
    });
    assertThat(sogne.countyOn(END_2019).map(County::name)).hasValue("Vest-Agder");
  }

  @Test
  void municipalityNumbersAreExactlyFourDigits() {
    assertThat(n("0301").countyNumber()).isEqualTo("03");
    assertThat(n("4204").compareTo(n("1108"))).isPositive();
    rejects(() -> MunicipalityNumber.of("110"), "number", Rule.FORMAT);
    rejects(() -> MunicipalityNumber.of("11080"), "number", Rule.FORMAT);
    rejects(() -> MunicipalityNumber.of("11a8"), "number", Rule.FORMAT);
    rejects(() -> MunicipalityNumber.of("0042"), "number", Rule.RANGE);
    assertThatNullPointerException().isThrownBy(() -> MunicipalityNumber.of(null)).withMessage("text");
    assertThat(RusomsorgJson.strict().write(n("1108"))).isEqualTo("\"1108\"");
  }

  @Test
  void countyRules() {
    rejects(() -> County.of("1", "Rogaland"), "number", Rule.FORMAT);
    rejects(() -> County.of("00", "Rogaland"), "number", Rule.FORMAT);
    rejects(() -> County.of("11", " "), "name", Rule.CONSISTENCY);
    rejects(() -> County.of("11", "Rogalandd"), "name", Rule.CONSISTENCY);
    rejects(() -> County.of("90", "Fiktivfylket"), "number", Rule.REFERENCE);
    rejects(() -> County.of(null, "Rogaland"), "number", Rule.REQUIRED);
    rejects(() -> County.of("11", null), "name", Rule.REQUIRED);
    rejects(() -> NumberPeriod.of(n("1108"), County.of("42", "Agder"), Validity.starting(START_2020)), "county", Rule.CONSISTENCY);
  }

  private static ImmutableMunicipality.Builder sandnesWith(NumberPeriod... periods) {
    return Municipality.builder().id("sandnes").name("Sandnes").validity(Validity.starting(LocalDate.of(1965, 1, 1)))
        .addNumbers(periods);
  }

  @Test
  void aMunicipalityKnownToExistBeforeItsDataIsNotTakenToBeNewOnThoseDates() {
    NumberPeriod old = NumberPeriod.of(n("1102"), ROGALAND, Validity.of(LocalDate.of(1965, 1, 1), END_2019));
    EarlierExistence town = EarlierExistence.builder().sinceYear(1860)
        .description(no.rusomsorg.core.text.LocalizedText.of("Ladested fra 1860.", "A town from 1860."))
        .sourceId("brief").build();
    Municipality sandnes = Municipality.builder().id("sandnes").name("Sandnes")
        .validity(Validity.of(LocalDate.of(1965, 1, 1), END_2019)).addNumbers(old).existedBefore(town).build();
    assertThat(sandnes.isValidOn(LocalDate.of(1964, 12, 31))).as("no data").isFalse();
    assertThat(sandnes.existedBeforeDataOn(LocalDate.of(1964, 12, 31))).isTrue();
    assertThat(sandnes.existedBeforeDataOn(LocalDate.of(1860, 1, 1))).isTrue();
    assertThat(sandnes.existedBeforeDataOn(LocalDate.of(1859, 12, 31))).as("before the year the source gives").isFalse();
    assertThat(sandnes.existedBeforeDataOn(LocalDate.of(1965, 1, 1))).as("the data covers it").isFalse();
    // without a year from the source: every earlier date
    Municipality notStated = ImmutableMunicipality.copyOf(sandnes)
        .withExistedBefore(ImmutableEarlierExistence.copyOf(town).withSinceYear(java.util.Optional.empty()));
    assertThat(notStated.existedBeforeDataOn(LocalDate.of(1500, 1, 1))).isTrue();
    // without a source: nothing is known before the data
    assertThat(ImmutableMunicipality.copyOf(sandnes).withExistedBefore(java.util.Optional.empty())
        .existedBeforeDataOn(LocalDate.of(1964, 12, 31))).isFalse();
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.read(json.write(sandnes), Municipality.class)).isEqualTo(sandnes);
    rejects(() -> ImmutableMunicipality.copyOf(sandnes).withExistedBefore(ImmutableEarlierExistence.copyOf(town).withSinceYear(1970)),
        "existedBefore.sinceYear", Rule.ORDER);
  }

  @Test
  void numberPeriodsMustBeOrderedWithoutOverlapOrGapAndCoverTheValidity() {
    NumberPeriod old = NumberPeriod.of(n("1102"), ROGALAND, Validity.of(LocalDate.of(1965, 1, 1), END_2019));
    NumberPeriod current = NumberPeriod.of(n("1108"), ROGALAND, Validity.starting(START_2020));
    assertThat(sandnesWith(old, current).build().numbers()).hasSize(2);

    rejects(() -> sandnesWith().build(), "numbers", Rule.REQUIRED);
    rejects(() -> sandnesWith(current, old).build(), "numbers[1].validity", Rule.ORDER);
    NumberPeriod overlapping = NumberPeriod.of(n("1108"), ROGALAND, Validity.starting(END_2019));
    rejects(() -> sandnesWith(old, overlapping).build(), "numbers[1].validity", Rule.OVERLAP);
    NumberPeriod late = NumberPeriod.of(n("1108"), ROGALAND, Validity.starting(LocalDate.of(2020, 1, 2)));
    rejects(() -> sandnesWith(old, late).build(), "numbers[1].validity", Rule.CONSISTENCY);
    NumberPeriod startsLate = NumberPeriod.of(n("1102"), ROGALAND, Validity.of(LocalDate.of(1966, 1, 1), END_2019));
    rejects(() -> sandnesWith(startsLate, current).build(), "numbers[0].validity.from", Rule.CONSISTENCY);
    rejects(() -> sandnesWith(old).build(), "numbers[0].validity.to", Rule.CONSISTENCY);
  }

  @Test
  void aSuccessorTakesOverTheDayAfterTheEnd() {
    NumberPeriod current = NumberPeriod.of(n("1108"), ROGALAND, Validity.starting(START_2020));
    rejects(() -> Municipality.builder().id("x").name("X").validity(Validity.starting(START_2020)).addNumbers(current)
        .successor(Successor.of(n("1103"), "Stavanger", START_2020)).build(), "successor", Rule.CONSISTENCY);
    Validity ended = Validity.of(LocalDate.of(1838, 1, 1), END_2019);
    NumberPeriod sogne = NumberPeriod.of(n("1018"), County.of("10", "Vest-Agder"), ended);
    rejects(() -> Municipality.builder().id("sogne").name("Søgne").validity(ended).addNumbers(sogne)
        .successor(Successor.of(n("4204"), "Kristiansand", LocalDate.of(2020, 1, 2))).build(), "successor.from", Rule.CONSISTENCY);
    rejects(() -> Successor.of(n("4204"), "", START_2020), "name", Rule.NOT_BLANK);
  }

  @Test
  void blankNamesAndBadIdsAreRejected() {
    NumberPeriod current = NumberPeriod.of(n("1108"), ROGALAND, Validity.starting(START_2020));
    rejects(() -> Municipality.builder().id("x").name(" ").validity(Validity.starting(START_2020)).addNumbers(current).build(),
        "name", Rule.NOT_BLANK);
    rejects(() -> Municipality.builder().id("Sandnes").name("Sandnes").validity(Validity.starting(START_2020)).addNumbers(current).build(),
        "id", Rule.FORMAT);
  }

  @Test
  void jsonErrorsCarryThePath() {
    String doc = RusomsorgJson.strict().write(SandnesFixture.sandnes()).replace("\"1108\"", "\"118\"");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc, Municipality.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.FORMAT);
          assertThat(e.field()).startsWith("$.numbers[1].number");
        });
  }

  @Test
  void propertyEveryDayInTheValidityHasExactlyOneNumber() {
    qt().withExamples(1000).forAll(CatalogGenerators.municipalities(), CatalogGenerators.dates()).check((m, d) -> {
      long matching = m.numbers().stream().filter(p -> p.validity().contains(d)).count();
      boolean valid = m.isValidOn(d);
      return matching == (valid ? 1 : 0)
          && m.numberOn(d).isPresent() == valid
          && m.numberOn(d).map(m::hadNumber).orElse(true)
          && m.countyOn(d).map(c -> c.number().equals(m.numberOn(d).get().countyNumber())).orElse(true)
          && (m.successorOn(d).isEmpty() || !valid);
    });
  }

  @Test
  void propertyNonFourDigitNumbersAreRejected() {
    qt().withExamples(1000).forAll(CatalogGenerators.invalidMunicipalityNumbers()).check(text -> {
      try {
        MunicipalityNumber.of(text);
        return false;
      } catch (InvalidValueException e) {
        return e.field().equals("number") && (e.rule() == Rule.FORMAT || e.rule() == Rule.RANGE);
      }
    });
  }
}
