package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code municipalities} and {@code services}, on the fictional Nordvik and Sørvik. */
class CatalogCommandsTest {

  @Test
  void municipalitiesAsOfADateShowMergers() {
    Result r = run("municipalities", "--date", "2021-01-01");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Kommuner per 01.01.2021", "Nordvik (1199, Rogaland) – 3 tjenester",
        "Sørvik – slått sammen med Nordvik (1199) fra 01.01.2020");
    Result before = run("municipalities", "--date", "2019-06-01", "--lang", "en");
    assertThat(before.out()).contains("Nordvik (1197, Rogaland) – 2 services", "Sørvik (1198, Rogaland) – 1 services");
  }

  @Test
  void municipalitiesJsonDefaultsToTheClock() {
    JsonNode j = run("municipalities", "--json").json();
    assertThat(j.get("date").asString()).isEqualTo("2026-04-02");
    List<String> statuses = new ArrayList<>();
    j.get("municipalities").forEach(m -> statuses.add(m.get("name").asString() + ":" + m.get("status").asString()));
    assertThat(statuses).containsExactly("Nordvik:FOUND", "Sørvik:MERGED");
    assertThat(j.get("municipalities").get(1).get("successor").get("number").asString()).isEqualTo("1199");
  }

  @Test
  void servicesByNameAndByCurrentAndOldNumber() {
    Result byName = run("services", "nordvik", "--date", "2026-03-12");
    assertThat(byName.code()).isZero();
    assertThat(byName.out()).contains("Nordvik kommune (1199, Rogaland) – 3 tjenester per 12.03.2026",
        "[nordvik.counsellor]", "[nordvik.activity]", "Rekvireres av annen instans (NAV Nordvik)", "Hjemmel: hol § 3-1");
    assertThat(run("services", "1199", "--date", "2026-03-12").out()).isEqualTo(byName.out());
    Result old = run("services", "1197", "--date", "2019-06-01", "--lang", "en");
    assertThat(old.out()).contains("Municipality of Nordvik (1197, Rogaland) – 2 services on 01.06.2019")
        .doesNotContain("nordvik.activity");
  }

  @Test
  void aMergedMunicipalitySaysWhoTookOver() {
    Result r = run("services", "Sørvik", "--date", "2021-01-01", "--lang", "nb");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(r.out()).contains("Sørvik (1198) ble slått sammen med Nordvik (1199) fra 01.01.2020",
        "Nordvik kommune (1199, Rogaland) – 3 tjenester");
    JsonNode j = run("services", "1198", "--date", "2021-01-01", "--json").json();
    assertThat(j.get("status").asString()).isEqualTo("MERGED");
    assertThat(j.get("successor").get("number").asString()).isEqualTo("1199");
    assertThat(j.get("services")).isEmpty();
    assertThat(j.get("successorServices").get("services")).hasSize(3);
    Result before = run("services", "Sørvik", "--date", "2019-12-31", "--json");
    assertThat(before.json().get("status").asString()).isEqualTo("FOUND");
    assertThat(before.json().get("services").get(0).get("id").asString()).isEqualTo("sorvik.follow-up-team");
  }

  @Test
  void servicesJsonIsTheLibrarysServiceModel() {
    JsonNode j = run("services", "Nordvik", "--date", "2026-03-12", "--json").json();
    assertThat(j.get("number").asString()).isEqualTo("1199");
    JsonNode first = j.get("services").get(0);
    var service = no.rusomsorg.core.json.RusomsorgJson.strict().read(first.toString(), no.rusomsorg.core.service.Service.class);
    assertThat(service).isEqualTo(Cli.fictional().directory().catalogs().get(0).service("nordvik.counsellor").orElseThrow());
  }

  @Test
  void unknownMunicipalityIsNotFoundAndListsTheKnownOnes() {
    Result r = run("services", "Atlantis");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(r.err()).contains("ukjent kommune 'Atlantis'", "Nordvik (1199)", "Sørvik (1198)");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void badArgumentsAreUsageErrors() {
    Result malformed = run("services", "Nordvik", "--date", "2026-02-30");
    assertThat(malformed.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(malformed.err()).contains("ugyldig dato for --date (bruk", "rusomsorg services --help").doesNotContain("2026-02-30");
    assertNoStackTrace(malformed);
    Result threeDigits = run("services", "119", "--lang", "en");
    assertThat(threeDigits.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(threeDigits.err()).contains("a municipality number has four digits");
    Result missing = run("services");
    assertThat(missing.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(missing.err()).contains("KOMMUNE");
    Result language = run("services", "Nordvik", "--lang", "de");
    assertThat(language.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(language.err()).contains("ukjent språk for --lang: bruk nb, nn eller en");
  }

  @Test
  void beforeTheMunicipalityExistedIsNotFound() {
    Result r = run("services", "Nordvik", "--date", "1960-01-01");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(r.err()).contains("Nordvik fantes ikke ennå per 01.01.1960");
  }

  @Test
  void aBrokenPluginIsReportedByName() {
    Result r = Cli.run(() -> {
      throw new no.rusomsorg.api.ProviderException("com.example.Broken",
          no.rusomsorg.api.ProviderException.Reason.PROVIDER_THREW, null, "threw", null);
    }, "municipalities");
    assertThat(r.code()).isEqualTo(RusomsorgCli.FAILURE);
    assertThat(r.err()).contains("en kommune-plugin kunne ikke lastes", "com.example.Broken");
    assertNoStackTrace(r);
  }

  @Test
  void helpEverywhere() {
    for (String cmd : List.of("municipalities", "services", "check", "deadline", "complaint", "open")) {
      Result r = run(cmd, "--help");
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: rusomsorg " + cmd, "--json", "--lang");
    }
    Result root = run("--help");
    assertThat(root.code()).isZero();
    assertThat(root.out()).contains("municipalities", "services", "check", "deadline", "complaint", "open", "exit codes");
    Result none = run();
    assertThat(none.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(none.err()).contains("Usage: rusomsorg");
    Result unknown = run("frobnicate");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(unknown.err()).contains("frobnicate");
  }

  static void assertNoStackTrace(Result r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
