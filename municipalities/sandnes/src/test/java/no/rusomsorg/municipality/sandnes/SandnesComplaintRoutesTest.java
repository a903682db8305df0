package no.rusomsorg.municipality.sandnes;

import no.rusomsorg.api.MunicipalityLookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

/** Sandnes's complaint routes as the law has them (issue 13). */
class SandnesComplaintRoutesTest {
  private final MunicipalityDirectory dir = MunicipalityRegistry.builder().add(new SandnesProvider()).build().directory();
  private final Catalog catalog = new SandnesProvider().catalog();

  private ComplaintRoute route(String service, LocalDate date) {
    MunicipalityLookup.Found found = (MunicipalityLookup.Found) dir.lookup("Sandnes", date);
    return dir.complaintRoute(found, catalog.service(service).orElseThrow(), ComplaintSubject.DECISION, date);
  }

  @Test
  void aHousingDecisionGoesToTheMunicipalitysOwnAppealBodyWhichSandnesDoesNotName() {
    ComplaintRoute route = route("sandnes.housing", LocalDate.of(2026, 3, 2));
    assertThat(route.regime()).isEqualTo(ComplaintRegime.FVL_MUNICIPAL);
    assertThat(catalog.municipality().appealBody()).isEmpty();
    assertThat(route.steps()).extracting(s -> s.body().kind()).doesNotContain(AuthorityKind.COUNTY_GOVERNOR);
    assertThat(route.appealStep().body().name().nb()).isEqualTo("kommunens klagenemnd");
    assertThat(route.appealStep().description().nb()).contains("ikke oppgitt");
    assertThat(route.steps().get(0).deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 23));
  }

  @Test
  void counsellorFollowUpNamesTheBodiesOfTheDate() {
    ComplaintRoute in2019 = route("sandnes.counsellor-follow-up", LocalDate.of(2019, 6, 3));
    ComplaintRoute in2026 = route("sandnes.counsellor-follow-up", LocalDate.of(2026, 6, 3));
    assertThat(in2019.regime()).isEqualTo(ComplaintRegime.PBRL);
    for (ComplaintStep s : in2019.steps()) {
      assertThat(s.description().nb()).doesNotContainIgnoringCase("statsforvalter").doesNotContain("Sivilombudet");
    }
    assertThat(in2019.finalStep().description().nb()).contains("Fylkesmannen i Rogaland").contains("Sivilombudsmannen");
    for (ComplaintStep s : in2026.steps()) {
      assertThat(s.description().nb()).doesNotContainIgnoringCase("fylkesmann").doesNotContain("Sivilombudsmann");
    }
    assertThat(in2026.finalStep().description().nb()).contains("Statsforvalteren i Rogaland").contains("Sivilombudet");
  }

  @Test
  void coercionGoesToTheTribunalAndCourtAndItsTextUsesTheTribunalsCurrentName() {
    var coercion = catalog.service("sandnes.coercion").orElseThrow();
    assertThat(coercion.complaintInfo()).isEmpty();
    assertThat(coercion.description().orElseThrow().nb()).contains("barneverns- og helsenemnda")
        .doesNotContain("fylkesnemnda");
    ComplaintRoute route = route("sandnes.coercion", LocalDate.of(2026, 1, 5));
    assertThat(route.regime()).isEqualTo(ComplaintRegime.COERCION);
    assertThat(route.steps()).extracting(s -> s.body().kind()).containsExactly(AuthorityKind.MUNICIPALITY,
        AuthorityKind.COERCION_TRIBUNAL, AuthorityKind.DISTRICT_COURT);
    MunicipalityLookup.Found found = (MunicipalityLookup.Found) dir.lookup("Sandnes", LocalDate.of(2026, 1, 5));
    assertThat(dir.complaintDiscrepancies(found, coercion)).isEmpty();
  }
}
