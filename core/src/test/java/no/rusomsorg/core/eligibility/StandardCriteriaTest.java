package no.rusomsorg.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandardCriteriaTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
  private static final LocalDate ADULT = LocalDate.of(1990, 5, 17);
  private static final LocalDate CHILD = LocalDate.of(2010, 5, 17);

  private static PersonFacts person(LocalDate birth, MunicipalityRelation relation) {
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

  @Test
  void relativesAndPartnersAreAdmittedWhereverTheyLive() {
    Criterion c = StandardCriteria.adultsLivingOrStayingOrRelativeOrPartner();
    PersonFacts relative = PersonFacts.builder().birthDate(CHILD).municipalityRelation(MunicipalityRelation.NEITHER).relative(true).build();
    Verdict v = c.evaluate(relative, TODAY);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.missingFacts()).isEmpty();
    assertThat(v.reasons()).singleElement().satisfies(r -> assertThat(r.criterion()).isEqualTo(Criterion.role(Role.RELATIVE)
        .withBasis(Basis.source(Criterion.SANDNES_SERVICES))));
    assertThat(c.test(PersonFacts.builder().partnerAgency(true).build(), TODAY)).isEqualTo(Outcome.ELIGIBLE);
    PersonFacts nobody = PersonFacts.builder().birthDate(ADULT).municipalityRelation(MunicipalityRelation.NEITHER)
        .relative(false).partnerAgency(false).build();
    assertThat(c.test(nobody, TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
    Verdict partly = c.evaluate(PersonFacts.builder().relative(false).birthDate(ADULT).build(), TODAY);
    assertThat(partly.missingFacts()).containsExactlyInAnyOrder(Fact.MUNICIPALITY_RELATION, Fact.PARTNER_AGENCY);
  }

  @Test
  void sandnesEmergencyHousingNeedsRegistrationInSandnesAndHomelessness() {
    Criterion c = StandardCriteria.sandnesEmergencyHousing();
    PersonFacts homeless = PersonFacts.builder().birthDate(ADULT).municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT)
        .homeless(true).substanceProblem(true).build();
    assertThat(c.test(homeless, TODAY)).isEqualTo(Outcome.ELIGIBLE);
    PersonFacts visiting = ImmutablePersonFacts.copyOf(homeless).withMunicipalityRelation(MunicipalityRelation.PRESENT);
    Verdict v = c.evaluate(visiting, TODAY);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(v.reasons()).singleElement().satisfies(r -> {
      assertThat(r.criterion()).isInstanceOf(Criterion.Residency.class);
      assertThat(r.basis().sourceId()).contains(Criterion.SANDNES_SERVICES);
    });
    assertThat(c.test(ImmutablePersonFacts.copyOf(homeless).withHomeless(false), TODAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
    Verdict unknown = c.evaluate(PersonFacts.builder().municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).build(), TODAY);
    assertThat(unknown.missingFacts()).containsExactlyInAnyOrder(Fact.HOMELESS, Fact.SUBSTANCE_PROBLEM, Fact.BIRTH_DATE);
  }

  @Test
  void everyLeafCitesASource() {
    for (Criterion c : new Criterion[] {StandardCriteria.adultsLivingOrStaying(),
        StandardCriteria.adultsLivingOrStayingOrRelativeOrPartner(), StandardCriteria.sandnesEmergencyHousing()}) {
      Verdict v = c.evaluate(PersonFacts.empty(), TODAY);
      assertThat(v.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.basis().sourceId()).isPresent());
    }
  }
}
