package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.examples.cli.Cli.Result;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The tool as shipped: plugins found by {@link MunicipalityRegistry#discover()} on the class path, which
 * holds the bundled Sandnes and Søgne plugins (and the fictional test plugins).
 */
class BundledPluginsTest {

  private static Result run(String... args) {
    return Cli.run(MunicipalityRegistry::discover, args);
  }

  @Test
  void discoveryFindsTheBundledPlugins() {
    JsonNode j = run("municipalities", "--date", "2021-01-01", "--json").json();
    List<String> names = new ArrayList<>();
    j.get("municipalities").forEach(m -> names.add(m.get("name").asString()));
    assertThat(names).contains("Sandnes", "Søgne");
  }

  /** Issue 13: the services list shows each service's target group, "not stated" when the source names none. */
  @Test
  void servicesShowTheTargetGroupAndWhoDecides() {
    Result r = run("services", "Søgne", "--date", "2019-06-03");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Målgruppe: ikke oppgitt i kilden", "Målgruppe: Voksne med rusproblemer",
        "Kilden oppgir ikke hvordan du får tjenesten", "I målgruppen betyr at du kan søke; kommunen avgjør.");
    Result en = run("services", "Sandnes", "--date", "2026-12-02", "--lang", "en");
    assertThat(en.out()).contains("Target group: Pregnant women with a substance problem",
        "The source does not say how to get access");
  }

  @Test
  void sogneAfter2019MergedIntoKristiansand4204() {
    Result r = run("services", "Søgne", "--date", "2021-01-01");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(r.out()).contains("Søgne (1018) ble slått sammen med Kristiansand (4204) fra 01.01.2020");
    JsonNode j = run("services", "1018", "--date", "2020-01-01", "--json").json();
    assertThat(j.get("status").asString()).isEqualTo("MERGED");
    assertThat(j.get("successor").get("number").asString()).isEqualTo("4204");
    assertThat(j.get("successor").get("name").asString()).isEqualTo("Kristiansand");
    Result en = run("services", "sogne", "--date", "2021-01-01", "--lang", "en");
    assertThat(en.out()).contains("merged into Kristiansand (4204) on 01.01.2020");
    Result before = run("services", "Søgne", "--date", "2019-12-31");
    assertThat(before.out()).contains("Søgne kommune (1018, Vest-Agder)")
        .contains("pris ikke oppgitt (Kilden oppgir ikke pris. Spør kommunen.)").doesNotContain("egenandel");
    assertThat(run("services", "Sandnes", "--date", "2026-03-12").out()).contains("gratis")
        .contains("egenandel: Det betales husleie for alle boligene.");
  }

  @Test
  void sandnesUnderBothNumbers() {
    Result now = run("services", "Sandnes", "--date", "2026-03-12");
    assertThat(now.code()).isZero();
    assertThat(now.out()).contains("Sandnes kommune (1108, Rogaland)", "[sandnes.akutten]", "NAV Sandnes");
    Result old = run("services", "1102", "--date", "2019-06-01");
    assertThat(old.out()).contains("Sandnes kommune (1102, Rogaland)");
  }

  @Test
  void sandnesCheckMatchesTheLibrary() {
    LocalDate d = LocalDate.of(2026, 3, 12);
    JsonNode j = run("check", "Sandnes", "--date", d.toString(), "--age", "45", "--resident", "--homeless",
        "--substance-problem", "--json").json();
    Catalog sandnes = ((MunicipalityLookup.Found) MunicipalityRegistry.discover().directory().lookup("Sandnes", d))
        .catalog();
    PersonFacts facts = RusomsorgJson.strict().read(j.get("facts").toString(), PersonFacts.class);
    int evaluated = 0;
    for (JsonNode s : j.get("services")) {
      Service service = sandnes.service(s.get("serviceId").asString()).orElseThrow();
      if (service.eligibility().isPresent()) {
        Verdict expected = service.eligibility().get().evaluate(facts, d);
        assertThat(RusomsorgJson.strict().mapper().treeToValue(s.get("verdict"), Verdict.class)).isEqualTo(expected);
        evaluated++;
      }
    }
    assertThat(evaluated).isPositive();
    JsonNode akutten = null;
    for (JsonNode s : j.get("services")) {
      if (s.get("serviceId").asString().equals("sandnes.akutten")) {
        akutten = s;
      }
    }
    assertThat(akutten).isNotNull();
    assertThat(akutten.get("outcome").asString()).isEqualTo("ELIGIBLE");
  }

  @Test
  void sandnesComplaintRouteAndPublishedDiscrepancies() {
    Result r = run("complaint", "Sandnes", "sandnes.counsellor-follow-up", "--date", "2026-03-01");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Statsforvalteren i Rogaland", "Sivilombudet",
        "publisert: Fylkesmannen i Rogaland | loven: Statsforvalteren i Rogaland");
  }

  @Test
  void sandnesBeforeTheMergerOf1965ExistedButHasNoDataRatherThanNotYetEstablished() {
    Result r = run("services", "Sandnes", "--date", "1964-12-31");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(r.err()).contains("Sandnes fantes per 31.12.1964", "ingen data", "01.01.1965", "ladested fra 1860")
        .doesNotContain("ikke ennå");
    Result en = run("services", "Sandnes", "--date", "1964-12-31", "--lang", "en");
    assertThat(en.err()).contains("existed on 31.12.1964", "no data", "town (ladested) from 1860")
        .doesNotContain("did not exist yet");
    assertThat(run("check", "Sandnes", "--date", "1964-12-31").err())
        .contains("Sandnes fantes per 31.12.1964");
    // before the year the source gives for the town, it did not exist yet
    assertThat(run("services", "Sandnes", "--date", "1859-12-31").err()).contains("fantes ikke ennå");
  }

  @Test
  void theUnverifiedFlagIsShownOnlyForReferencesStillUnverified() {
    String sandnes = run("services", "Sandnes", "--date", "2026-03-12").out();
    assertThat(sandnes).contains("Hjemmel: hol § 3-1, hol § 3-2", "hol § 7-1, hol § 7-2", "hol § 10-2, hol § 10-3")
        .doesNotContain("ikke verifisert");
    String sogne = run("services", "Søgne", "--date", "2019-01-01").out();
    assertThat(sogne).contains("Hjemmel: hol § 3-1, hol § 3-2, pbrl § 2-1 a (ikke verifisert)", "Hjemmel: hol § 10-4\n");
    String triage = run("triage", "--situation", "severe", "--referral-received", "2026-04-01").out();
    assertThat(triage).contains("Hjemmel: pbrl § 2-4\n", "Hjemmel: pbrl § 8-3").doesNotContain("ikke verifisert")
        .contains("bibliotekets tolkning av «virkedager»");
  }
}
