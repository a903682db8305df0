package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every municipality in Norway through the tool: the national register and baseline (docs/adr/0023). */
class NationalCliTest {

  @Test
  void servicesBergenAnswersBergenInVestlandWithTheBaselineAndTheGovernorOffice() {
    Result r = Cli.run(MunicipalityRegistry::discover, "services", "Bergen", "--date", "2026-12-02");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("NASJONAL GRUNNMODELL", "Bergen kommune (4601, Vestland)", "ikke bekreftet",
        "Statsforvalteren i Vestland", "Statistisk sentralbyrå", "NLOD 2.0", "[baseline.lar]");
    Result json = Cli.run(MunicipalityRegistry::discover, "services", "Bergen", "--date", "2026-12-02", "--json");
    JsonNode n = json.json();
    assertThat(n.get("status").asString()).isEqualTo("NATIONAL_BASELINE");
    assertThat(n.get("number").asString()).isEqualTo("4601");
    assertThat(n.get("baseline").get("county").asString()).isEqualTo("Vestland");
  }

  @Test
  void aSamiNameAnswersTheMunicipality() {
    Result r = Cli.run(MunicipalityRegistry::discover, "services", "Guovdageaidnu", "--date", "2026-12-02", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Guovdageaidnu - Kautokeino (5612, Finnmark", "NATIONAL BASELINE",
        "Official name forms: Guovdageaidnu - Kautokeino, Guovdageaidnu, Kautokeino");
  }

  @Test
  void sogneLeadsToKristiansandWhichNowResolves() {
    Result r = Cli.run(MunicipalityRegistry::discover, "services", "Søgne", "--date", "2026-12-02");
    assertThat(r.code()).as("merged: exit code 4, and the answer names who took over").isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(r.out()).contains("slått sammen med Kristiansand (4204)", "Kristiansand kommune (4204, Agder)",
        "NASJONAL GRUNNMODELL").doesNotContain("Ingen plugin leverer");
  }

  @Test
  void everyCommandWorksForABaselineMunicipality() {
    String date = "2026-03-12";
    assertThat(Cli.run(MunicipalityRegistry::discover, "check", "Bergen", "--date", date, "--age", "30").code()).isZero();
    Result complaint = Cli.run(MunicipalityRegistry::discover, "complaint", "Bergen", "baseline.individual-talks",
        "--date", date);
    assertThat(complaint.code()).isZero();
    assertThat(complaint.out()).contains("Statsforvalteren i Vestland");
    assertThat(Cli.run(MunicipalityRegistry::discover, "open", "Tromsø", "baseline.lar",
        "--at", "2026-03-12T10:00").code()).isZero();
  }

  @Test
  void municipalitiesListsTheCountryAndFiltersByCounty() {
    Result all = Cli.run(MunicipalityRegistry::discover, "municipalities", "--date", "2026-12-02", "--json");
    assertThat(all.code()).isZero();
    int count = 0;
    for (JsonNode e : all.json().get("municipalities")) {
      if (!e.get("status").asString().equals("MERGED")) {
        count++;
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(357);
    Result vestland = Cli.run(MunicipalityRegistry::discover, "municipalities", "--date", "2026-12-02", "--county", "46");
    assertThat(vestland.out()).contains("Bergen (4601, Vestland)").doesNotContain("Oslo");
    Result byName = Cli.run(MunicipalityRegistry::discover, "municipalities", "--date", "2026-12-02", "--county", "vestland");
    assertThat(byName.out()).isEqualTo(vestland.out().replace("i fylke 46", "i fylke vestland"));
  }

  @Test
  void anAmbiguousNameAsksForTheNumber() {
    Result r = Cli.run(MunicipalityRegistry::discover, "services", "Herøy", "--date", "2026-12-02");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(r.err()).contains("1515", "1818", "Oppgi kommunenummeret");
  }
}
