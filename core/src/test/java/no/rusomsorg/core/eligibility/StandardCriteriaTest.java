package no.rusomsorg.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandardCriteriaTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
  private static final LocalDate ADULT = LocalDate.of(1990, 5, 17);
  private static final LocalDate CHILD = LocalDate.of(2010, 5, 17);

  private static ImmutablePersonFacts person(LocalDate birth, MunicipalityRelation relation) {
    return PersonFacts.builder().birthDate(birth).municipalityRelation(relation).build();
  }

  @Test
  void adultsWhoLiveOrStayInTheMunicipality() {
    Criterion c = StandardCriteria.adultsLivingOrStaying();
    assertThat(c.test(person(ADULT, MunicipalityRelation.REGISTERED_RESIDENT), TODAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(person(ADULT, MunicipalityRelation.PRESENT), TODAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(person(ADULT, MunicipalityRelation.NEITHER), TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(c.test(person(CHILD, MunicipalityRelation.REGISTERED_RESIDENT), TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
    Verdict unknown = c.evaluate(PersonFacts.builder().birthDate(ADULT).build(), TODAY);
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(unknown.missingFacts()).containsExactly(Fact.MUNICIPALITY_RELATION);
    // a child is not eligible whatever the residency: nothing is missing
    Verdict child = c.evaluate(PersonFacts.builder().birthDate(CHILD).build(), TODAY);
    assertThat(child.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(child.missingFacts()).isEmpty();
    assertThat(child.reasons()).singleElement().satisfies(r -> {
      assertThat(r.criterion()).isInstanceOf(Criterion.MinimumAge.class);
      assertThat(r.basis().sourceId()).contains(Criterion.STANDARD_SERVICE_DESCRIPTION);
      assertThat(r.explanation().nb()).contains("ikke fylt 18");
    });
  }

  /** Issue 13: 18 and living here is not the target group; the description's group needs a substance problem. */
  @Test
  void theStandardTargetGroupNeedsASubstanceProblemOrToBeFamilyOrNetwork() {
    Criterion c = StandardCriteria.targetGroup();
    PersonFacts adultHere = person(ADULT, MunicipalityRelation.PRESENT);
    assertThat(c.test(ImmutablePersonFacts.copyOf(adultHere).withSubstanceProblem(true), TODAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(ImmutablePersonFacts.copyOf(adultHere).withSubstanceProblem(false).withRelative(true), TODAY))
        .isEqualTo(Outcome.ELIGIBLE);
    // no substance problem, no relative: only "network" is left, which no fact decides
    Verdict neither = c.evaluate(ImmutablePersonFacts.copyOf(adultHere).withSubstanceProblem(false).withRelative(false), TODAY);
    assertThat(neither.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(neither.missingFacts()).isEmpty();
    assertThat(neither.reasons()).anySatisfy(r -> {
      assertThat(r.criterion()).isInstanceOf(Criterion.Described.class);
      assertThat(r.explanation().nb()).contains("nettverket");
      assertThat(r.basis().sourceId()).contains(Criterion.STANDARD_SERVICE_DESCRIPTION);
    });
    // a 17-year-old with a substance problem is outside the adult part; the verdict says so
    Verdict minor = c.evaluate(person(CHILD, MunicipalityRelation.PRESENT).withSubstanceProblem(true).withRelative(false), TODAY);
    assertThat(minor.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(minor.reasons()).anySatisfy(r -> assertThat(r.explanation().nb()).contains("ikke fylt 18"));
    // living elsewhere is outside, whatever else is true
    assertThat(c.test(person(ADULT, MunicipalityRelation.NEITHER).withSubstanceProblem(true), TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void pregnancyFollowUpIsForPregnantAdultsWithASubstanceProblem() {
    Criterion c = StandardCriteria.pregnantWithSubstanceProblem();
    ImmutablePersonFacts p = person(ADULT, MunicipalityRelation.REGISTERED_RESIDENT).withSubstanceProblem(true);
    assertThat(c.test(p.withPregnant(true), TODAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(p.withPregnant(false), TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(c.test(p.withPregnant(true).withSubstanceProblem(false), TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void everyLeafCitesTheStandardDescription() {
    for (Criterion c : new Criterion[] {StandardCriteria.adultsLivingOrStaying(), StandardCriteria.targetGroup(),
        StandardCriteria.adultsWithSubstanceProblemLivingOrStaying(), StandardCriteria.pregnantWithSubstanceProblem()}) {
      Verdict v = c.evaluate(PersonFacts.empty(), TODAY);
      assertThat(v.reasons()).isNotEmpty()
          .allSatisfy(r -> assertThat(r.basis().sourceId()).contains(Criterion.STANDARD_SERVICE_DESCRIPTION));
    }
  }
}
