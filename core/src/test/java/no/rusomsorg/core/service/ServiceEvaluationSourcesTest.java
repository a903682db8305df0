package no.rusomsorg.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Reason;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Issue #14, ADR 0018: a criterion without an explicit basis cites the sources of the service it
 * belongs to. Before, {@code homeless} and {@code coOccurringMentalIllness} cited one municipality's
 * page (Sandnes) whatever service they belonged to, and the other defaults cited the standard service
 * description even in a catalog that does not list it.
 */
class ServiceEvaluationSourcesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

  private static Service service(Criterion eligibility, String... sources) {
    return Service.builder().id("fjordby.housing").kind(ServiceKind.EMERGENCY_HOUSING)
        .name(LocalizedText.of("Akuttbolig")).accessMode(AccessMode.DROP_IN).cost(Cost.ofFree())
        .verifiedOn(DAY).addSourceIds(sources).eligibility(eligibility).build();
  }

  @Test
  void aDefaultBasisCitesTheServicesOwnSources() {
    Service s = service(Criterion.all(Criterion.homeless(), Criterion.coOccurringMentalIllness(),
        Criterion.minimumAge(18), Criterion.inLar(), Criterion.pregnant()), "fjordby-page", "fjordby-leaflet");
    PersonFacts facts = PersonFacts.builder().homeless(true).coOccurringMentalIllness(true)
        .birthDate(LocalDate.of(1990, 1, 1)).inLar(true).pregnant(true).build();
    Verdict v = s.evaluate(facts, DAY).orElseThrow();
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.reasons()).hasSize(5).allSatisfy(r -> {
      assertThat(r.sourceIds()).containsExactly("fjordby-page", "fjordby-leaflet");
      assertThat(r.basis().citesServiceSources()).isTrue();
      assertThat(r.toString()).contains("fjordby-page").doesNotContain("sandnes");
    });
  }

  @Test
  void anExplicitSourceOrTheLawAloneKeepsWhatItNames() {
    Criterion own = new Criterion.Homeless(Basis.source("national-guide"));
    Criterion law = Criterion.residency(MunicipalityRelation.PRESENT);
    Service s = service(Criterion.all(own, law), "fjordby-page");
    PersonFacts facts = PersonFacts.builder().homeless(true).municipalityRelation(MunicipalityRelation.PRESENT).build();
    List<Reason> reasons = s.evaluate(facts, DAY).orElseThrow().reasons();
    assertThat(reasons.get(0).sourceIds()).containsExactly("national-guide");
    assertThat(reasons.get(1).sourceIds()).as("hol § 3-1 alone: no page is put behind it").isEmpty();
    assertThat(reasons.get(1).basis().legalReference())
        .contains(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-1"));
  }

  @Test
  void aCriterionEvaluatedOnItsOwnCitesNoSourceUntilResolvedForItsService() {
    Verdict alone = Criterion.homeless().evaluate(PersonFacts.empty(), DAY);
    assertThat(alone.reasons().get(0).sourceIds()).isEmpty();
    Verdict resolved = alone.citing(List.of("fjordby-page"));
    assertThat(resolved.reasons().get(0).sourceIds()).containsExactly("fjordby-page");
    assertThat(resolved.outcome()).isEqualTo(alone.outcome());
    assertThat(resolved.missingFacts()).isEqualTo(alone.missingFacts());
  }

  @Test
  void aServiceWithoutACriterionHasNoVerdictAndBadArgumentsAreNamed() {
    Service none = Service.builder().id("fjordby.coercion").kind(ServiceKind.COERCION)
        .name(LocalizedText.of("Tvang")).accessMode(AccessMode.NOT_STATED).cost(Cost.ofFree()).verifiedOn(DAY).build();
    assertThat(none.evaluate(PersonFacts.empty(), DAY)).isEmpty();
    Service s = service(Criterion.homeless(), "fjordby-page");
    assertThatThrownBy(() -> s.evaluate(null, DAY)).isInstanceOf(NullPointerException.class).hasMessage("facts");
    assertThatThrownBy(() -> s.evaluate(PersonFacts.empty(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> Criterion.homeless().evaluate(PersonFacts.empty(), DAY).citing(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReasonCannotClaimAnotherSourceThanItsBasisNames() {
    Criterion.Homeless own = new Criterion.Homeless(Basis.source("national-guide"));
    LocalizedText why = LocalizedText.of("x", "x");
    assertThatThrownBy(() -> new Reason(own, Outcome.ELIGIBLE, why, List.of("other")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.CONSISTENCY));
    assertThat(new Reason(Criterion.homeless(), Outcome.ELIGIBLE, why, List.of("any-page")).sourceIds())
        .containsExactly("any-page");
  }
}
