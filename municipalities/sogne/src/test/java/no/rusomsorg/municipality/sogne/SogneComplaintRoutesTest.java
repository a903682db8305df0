package no.rusomsorg.municipality.sogne;

import no.rusomsorg.api.MunicipalityLookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

/** Søgne's coercion services as hol chapter 10 has them (issue 13). */
class SogneComplaintRoutesTest {
  private final MunicipalityDirectory dir = MunicipalityRegistry.builder().add(new SogneProvider()).build().directory();
  private final Catalog catalog = new SogneProvider().catalog();
  private static final LocalDate DATE = LocalDate.of(2019, 6, 3);

  private ComplaintRoute route(String service) {
    MunicipalityLookup.Found found = (MunicipalityLookup.Found) dir.lookup("Søgne", DATE);
    return dir.complaintRoute(found, catalog.service(service).orElseThrow(), ComplaintSubject.DECISION, DATE);
  }

  @Test
  void detentionOnOwnConsentIsNotRoutedToTheTribunal() {
    ComplaintRoute route = route("sogne.consent-detention");
    assertThat(route.regime()).isEqualTo(ComplaintRegime.CONSENT_DETENTION);
    assertThat(route.steps()).isEmpty();
    assertThat(route.timeLimits()).containsExactly(DeadlineRule.CONSENT_DETENTION_10_4, DeadlineRule.CONSENT_WITHDRAWN_10_4);
    assertThat(route.notes()).extracting(LocalizedText::nb).anySatisfy(n -> assertThat(n).contains("Fylkesmannen"))
        .noneSatisfy(n -> assertThat(n).containsIgnoringCase("statsforvalter"));
    assertThat(catalog.service("sogne.consent-detention").orElseThrow().description().orElseThrow().nb())
        .contains("tre uker fra inntaket").contains("høyst tre ganger");
  }

  @Test
  void coercionGoesToTheTribunalOfTheDateAndThenTheCourt() {
    ComplaintRoute route = route("sogne.coercion");
    assertThat(route.regime()).isEqualTo(ComplaintRegime.COERCION);
    assertThat(route.steps()).extracting(s -> s.body().kind()).containsExactly(AuthorityKind.MUNICIPALITY,
        AuthorityKind.COERCION_TRIBUNAL, AuthorityKind.DISTRICT_COURT);
    assertThat(route.steps().get(1).body().name().nb()).startsWith("Fylkesnemnda for barnevern og sosiale saker");
    assertThat(route.steps().get(1).description().nb()).contains("Fylkesmannen");
  }
}
