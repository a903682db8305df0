package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.identity.NationalIdNumber;
import no.rusomsorg.core.identity.NationalIds;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;

class PersonFactsTest {

  @Test
  void everyFactCanBeUnknownAndKnownFactsAreListed() {
    assertThat(PersonFacts.empty().knownFacts()).isEmpty();
    PersonFacts f = PersonFacts.builder().homeless(false).municipalityRelation(MunicipalityRelation.PRESENT).build();
    assertThat(f.knownFacts()).containsExactly(Fact.MUNICIPALITY_RELATION, Fact.HOMELESS);
    assertThat(f.isKnown(Fact.HOMELESS)).isTrue();
    assertThat(f.isKnown(Fact.PREGNANT)).isFalse();
  }

  @Test
  void aFodselsnummerThatDisagreesWithTheBirthDateIsAContradiction() {
    qt().withExamples(Examples.of(1000)).forAll(NationalIds.classic(), CriterionPropertiesTest.ints(1, 20000)).checkAssert((s, shift) -> {
      if (s.kind != NationalIdNumber.Kind.FODSELSNUMMER) {
        return;
      }
      NationalIdNumber id = NationalIdNumber.parse(s.digits);
      LocalDate other = s.birthDate.plusDays(shift);
      boolean sameDdmmyy = id.matchesBirthDate(other);
      if (sameDdmmyy) {
        // a century apart: numbers from 2032 do not encode the century, so this is accepted
        assertThat(PersonFacts.builder().nationalId(id).birthDate(other).build().knownBirthDate()).contains(other);
      } else {
        assertThatThrownBy(() -> PersonFacts.builder().nationalId(id).birthDate(other).build())
            .isInstanceOfSatisfying(ContradictoryFactsException.class, e -> {
              assertThat(e.facts()).containsExactly(Fact.BIRTH_DATE);
              assertThat(e.getMessage()).doesNotContain(s.digits).doesNotContain(other.toString())
                  .doesNotContain(s.birthDate.toString());
            });
      }
      assertThat(PersonFacts.builder().nationalId(id).birthDate(s.birthDate).build().knownBirthDate()).contains(s.birthDate);
    });
  }

  @Test
  void toStringShowsOnlyWhichFactsAreKnown() {
    NationalIdNumber id = NationalIdNumber.parse(NationalIds.fodselsnummer(LocalDate.of(1985, 7, 3), 3));
    PersonFacts f = PersonFacts.builder().nationalId(id).pregnant(true).coOccurringMentalIllness(true).inLar(false).build();
    String text = f.toString();
    assertThat(text).contains("PREGNANT", "IN_LAR", "BIRTH_DATE", "nationalId=given")
        .doesNotContain(id.digits()).doesNotContain("true").doesNotContain("false").doesNotContain("1985");
  }

  @Test
  void jsonCarriesTheFactsButNeverTheNationalId() {
    NationalIdNumber id = NationalIdNumber.parse(NationalIds.fodselsnummer(LocalDate.of(1985, 7, 3), 3));
    PersonFacts f = PersonFacts.builder().nationalId(id).birthDate(LocalDate.of(1985, 7, 3))
        .municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).homeless(true).actingForAnother(false).build();
    RusomsorgJson json = RusomsorgJson.strict();
    String text = json.write(f);
    assertThat(text).doesNotContain(id.digits()).doesNotContain("nationalId").doesNotContain("packed")
        .contains("\"birthDate\" : \"1985-07-03\"", "\"homeless\" : true", "\"actingForAnother\" : false")
        .doesNotContain("pregnant");
    PersonFacts read = json.read(text, PersonFacts.class);
    assertThat(read.nationalId()).isEmpty();
    assertThat(read.knownFacts()).isEqualTo(f.knownFacts());
    assertThat(read).isEqualTo(ImmutablePersonFacts.copyOf(f).withNationalId(java.util.Optional.empty()));
    // an identity number in the input is ignored, as documented, and never echoed
    PersonFacts withId = json.read("{\"nationalId\":\"" + id.digits() + "\",\"homeless\":true}", PersonFacts.class);
    assertThat(withId.nationalId()).isEmpty();
    assertThat(withId.knownFacts()).containsExactly(Fact.HOMELESS);
  }

  @Test
  void badJsonFactsAreTypedErrorsWithTheirPath() {
    RusomsorgJson json = RusomsorgJson.strict();
    assertThatThrownBy(() -> json.read("{\"birthDate\":\"1700-01-01\"}", PersonFacts.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.RANGE);
          assertThat(e.field()).isEqualTo("$.birthDate");
        });
    assertThatThrownBy(() -> json.read("{\"municipalityRelation\":\"VISITING\"}", PersonFacts.class))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> json.read("{\"hairColour\":\"red\"}", PersonFacts.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.UNKNOWN_PROPERTY));
  }

  @Test
  void aNullArgumentIsANullPointerExceptionNamingTheParameter() {
    // a programmer error, not bad data (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> PersonFacts.builder().birthDate((LocalDate) null))
        .withMessage("birthDate");
    assertThatNullPointerException().isThrownBy(() -> Criterion.homeless().test(null, LocalDate.of(2026, 1, 1)))
        .withMessage("facts");
    assertThatNullPointerException().isThrownBy(() -> Criterion.homeless().evaluate(PersonFacts.empty(), null))
        .withMessage("date");
  }

  @Test
  void withersKeepTheDerivedStateInStep() {
    ImmutablePersonFacts f = ImmutablePersonFacts.copyOf(PersonFacts.empty());
    ImmutablePersonFacts more = f.withPregnant(true).withMunicipalityRelation(MunicipalityRelation.NEITHER);
    assertThat(more.knownFacts()).isEqualTo(EnumSet.of(Fact.PREGNANT, Fact.MUNICIPALITY_RELATION));
    assertThat(Criterion.pregnant().test(more, LocalDate.of(2026, 1, 1))).isEqualTo(Outcome.ELIGIBLE);
    assertThat(Criterion.residency(MunicipalityRelation.PRESENT).test(more, LocalDate.of(2026, 1, 1))).isEqualTo(Outcome.NOT_ELIGIBLE);
  }
}
