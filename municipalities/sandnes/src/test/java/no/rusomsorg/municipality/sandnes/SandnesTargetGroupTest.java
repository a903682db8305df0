package no.rusomsorg.municipality.sandnes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: each Sandnes service carries the group its page states, no wider and no narrower, and no
 * fact the page does not state.
 */
class SandnesTargetGroupTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private final Catalog catalog = new SandnesProvider().catalog();

  private Service service(String id) {
    return catalog.service(id).orElseThrow();
  }

  private static no.rusomsorg.core.eligibility.ImmutablePersonFacts.Builder adultResident() {
    return PersonFacts.builder().birthDate(LocalDate.of(1996, 6, 1)).municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT);
  }

  @Test
  void pregnancyFollowUpIsNotAYesForSomeoneWhoIsNotPregnant() {
    PersonFacts p = adultResident().substanceProblem(true).pregnant(false).build();
    Verdict v = service("sandnes.pregnancy-follow-up").eligibility().orElseThrow().evaluate(p, DAY);
    assertThat(v.outcome()).isNotEqualTo(Outcome.ELIGIBLE).isEqualTo(Outcome.UNKNOWN);
    // the only open question is the follow-up after birth, which the page offers too
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r.explanation().nb()).contains("etter fødselen"));
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r.explanation().nb()).contains("ikke gravid"));
    PersonFacts pregnant = adultResident().substanceProblem(true).pregnant(true).build();
    assertThat(service("sandnes.pregnancy-follow-up").eligibility().orElseThrow().test(pregnant, DAY))
        .isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void anAdultWithoutASubstanceProblemWhoIsNoRelativeIsInNoTargetGroup() {
    PersonFacts p = adultResident().substanceProblem(false).relative(false).partnerAgency(false).pregnant(false)
        .homeless(false).coOccurringMentalIllness(false).inLar(false).build();
    List<String> eligible = catalog.servicesOn(DAY).stream()
        .filter(s -> s.eligibility().isPresent() && s.eligibility().get().test(p, DAY) == Outcome.ELIGIBLE)
        .map(Service::id).collect(Collectors.toList());
    assertThat(eligible).isEmpty();
    // and every service with a group says NOT_ELIGIBLE with a reason, or UNKNOWN with one
    for (Service s : catalog.servicesOn(DAY)) {
      s.eligibility().ifPresent(c -> assertThat(c.evaluate(p, DAY).reasons()).as(s.id()).isNotEmpty());
    }
  }

  @Test
  void aRelativeIsWelcomeAtTheCentreAndForRelativesSupportButNotForTheTreatmentOffers() {
    PersonFacts relative = PersonFacts.builder().relative(true).substanceProblem(false).build();
    assertThat(service("sandnes.drop-in").eligibility().orElseThrow().test(relative, DAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(service("sandnes.relative-support").eligibility().orElseThrow().test(relative, DAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(service("sandnes.network-meeting").eligibility().orElseThrow().test(relative, DAY)).isEqualTo(Outcome.ELIGIBLE);
    for (String id : List.of("sandnes.psychologist", "sandnes.music-therapy", "sandnes.fact", "sandnes.lar", "sandnes.akutten")) {
      assertThat(service(id).eligibility().orElseThrow().test(relative, DAY)).as(id).isEqualTo(Outcome.NOT_ELIGIBLE);
    }
  }

  @Test
  void thePsychologistIsForSubstanceProblemsAndMentalHealthStruggles() {
    Criterion c = service("sandnes.psychologist").eligibility().orElseThrow();
    assertThat(c.test(adultResident().substanceProblem(true).coOccurringMentalIllness(true).build(), DAY))
        .isEqualTo(Outcome.ELIGIBLE);
    // no diagnosed illness: struggles with mental health may still bring them in; the service decides
    Verdict v = c.evaluate(adultResident().substanceProblem(true).coOccurringMentalIllness(false).build(), DAY);
    assertThat(v.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r.explanation().nb()).contains("psykiske helsen"));
    assertThat(c.test(adultResident().substanceProblem(false).build(), DAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void aSeventeenYearOldIsOutsideTheAdultServices() {
    PersonFacts p = PersonFacts.builder().birthDate(LocalDate.of(2009, 6, 1)).municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT)
        .substanceProblem(true).relative(false).partnerAgency(false).build();
    for (String id : List.of("sandnes.drop-in", "sandnes.assessment", "sandnes.psychologist", "sandnes.music-therapy")) {
      Verdict v = service(id).eligibility().orElseThrow().evaluate(p, DAY);
      assertThat(v.outcome()).as(id).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(v.reasons()).anySatisfy(r -> assertThat(r.explanation().in(Language.EN)).contains("younger than 18"));
    }
  }

  @Test
  void noInventedAccessModesOrOrganisation() {
    assertThat(service("sandnes.lar").accessMode()).isEqualTo(AccessMode.NOT_STATED);
    assertThat(service("sandnes.fact").accessMode()).isEqualTo(AccessMode.NOT_STATED);
    assertThat(service("sandnes.lar").sourceIds()).containsExactly("sandnes-rustjenester");
    assertThat(catalog.unit("sandnes.fact").orElseThrow().parentOrganisation()).isEmpty();
    assertThat(catalog.unit("sandnes.sandnesveien-299").orElseThrow().parentOrganisation()).isEmpty();
  }

  @Test
  void theSeedsFactsAreCarried() {
    // the relatives' centres, named only, as units of the relatives' support
    assertThat(service("sandnes.relative-support").unitIds()).contains(SandnesCatalog.RELATIVES_GUIDANCE,
        SandnesCatalog.RELATIVES_CENTRE_STAVANGER);
    assertThat(catalog.unit(SandnesCatalog.RELATIVES_CENTRE_STAVANGER).orElseThrow().contactPoints()).isEmpty();
    // how to hand in the self-application
    String mestring = catalog.unit("sandnes.mestringsenheten").orElseThrow().description().orElseThrow().nb();
    assertThat(mestring).contains("leveres til en ansatt i mestringsenheten").contains("sendes i posten")
        .contains("legg dem gjerne ved").contains("trenger ikke ha søkt");
    // consent before working with others
    assertThat(service("sandnes.coordination").description().orElseThrow().nb()).contains("samtykke");
    // no referral from a doctor needed
    assertThat(service("sandnes.drop-in").description().orElseThrow().nb()).contains("ingen henvisning");
  }
}
