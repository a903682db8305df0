package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CheckCommandTest {
  private static final Catalog NORDVIK = Cli.fictional().directory().catalogs().get(0);

  @Test
  void verdictsWithReasonsMissingFactsAndContacts() {
    Result r = run("check", "Nordvik", "--date", "2026-04-02", "--age", "17", "--staying");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(
        "Vurdering for Nordvik kommune (1199) per 02.04.2026",
        "  Avhenger av opplysninger som mangler.",
        "Personen har ikke fylt 18 år.",
        "Mangler: --[no-]relative",
        "  Utenfor målgruppen kilden beskriver.",
        "Kilden sier ikke hvem tjenesten er for",
        "Kontakt nå:",
        "Stengt nå. Åpner 07.04.2026 09:00.",
        "Svarer: Vakttelefon, tlf. 976 00 832",
        "ring 113");
  }

  @Test
  void eligibleAdultInEnglish() {
    Result r = run("check", "1199", "--birth-date", "1990-05-17", "--resident", "--substance-problem", "--homeless",
        "--lang", "en", "--at", "2026-04-07T10:00");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Assessment for the municipality of Nordvik (1199) on 02.04.2026",
        "  In the target group – you can get in touch yourself.", "The person has reached the age of 18.",
        "Open now.");
    assertThat(r.out()).doesNotContain("may get the service");
  }

  /** Issue 13: the bundled plugins answer as their sources say. */
  @Test
  void pregnancyFollowUpIsNoYesForSomeoneWhoIsNotPregnant() {
    Result r = Cli.run(no.rusomsorg.api.MunicipalityRegistry::discover, "check", "Sandnes", "--date", "2026-12-02", "--age", "30", "--resident", "--substance-problem",
        "--no-pregnant", "--service", "sandnes.pregnancy-follow-up");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("I målgruppen –").contains("Uavklart", "etter fødselen", "ikke gravid");
  }

  /** Issue 13: a service with application and decision is never "you can get it". */
  @Test
  void aDecisionServiceSaysYouMayApplyAndTheMunicipalityDecides() {
    Result nb = Cli.run(no.rusomsorg.api.MunicipalityRegistry::discover, "check", "Søgne", "--date", "2019-06-03", "--age", "40", "--resident", "--substance-problem",
        "--service", "sogne.follow-up-team");
    assertThat(nb.out()).contains("I målgruppen – du kan søke; kommunen avgjør").doesNotContain("kan få tjenesten");
    Result en = Cli.run(no.rusomsorg.api.MunicipalityRegistry::discover, "check", "Søgne", "--date", "2019-06-03", "--age", "40", "--resident", "--substance-problem",
        "--service", "sogne.follow-up-team", "--lang", "en");
    assertThat(en.out()).contains("In the target group – you may apply; the municipality decides");
    Result akutten = Cli.run(no.rusomsorg.api.MunicipalityRegistry::discover, "check", "Sandnes", "--date", "2026-12-02", "--age", "40", "--resident",
        "--substance-problem", "--homeless", "--service", "sandnes.akutten", "--lang", "en");
    assertThat(akutten.out()).contains("In the target group – NAV Sandnes requisitions a place and decides");
  }

  /** Issue 13: with no substance problem, not a relative and not pregnant, no Sandnes service answers yes. */
  @Test
  void noSandnesServiceIsAYesWithoutASubstanceProblem() {
    Result r = Cli.run(no.rusomsorg.api.MunicipalityRegistry::discover, "check", "Sandnes", "--date", "2026-12-02", "--age", "30", "--resident",
        "--no-substance-problem", "--no-relative", "--no-partner-agency", "--no-pregnant", "--json");
    assertThat(r.code()).isZero();
    for (JsonNode s : r.json().get("services")) {
      assertThat(s.get("outcome").asString()).as(s.get("serviceId").asString()).isNotEqualTo("ELIGIBLE");
    }
  }

  @Test
  void jsonVerdictsEqualTheLibrarysEvaluation() {
    String[][] people = {
        {"--age", "17", "--staying"},
        {"--age", "18", "--neither", "--relative"},
        {"--birth-date", "2008-04-02", "--resident", "--homeless", "--substance-problem"},
        {"--birth-date", "2008-04-03", "--resident", "--homeless", "--substance-problem"},
        {"--no-relative"},
        {}};
    LocalDate d = LocalDate.of(2026, 4, 2);
    for (String[] person : people) {
      List<String> args = new ArrayList<>(List.of("check", "Nordvik", "--date", d.toString(), "--json"));
      args.addAll(List.of(person));
      Result r = run(args.toArray(new String[0]));
      assertThat(r.code()).as(String.join(" ", person)).isZero();
      JsonNode j = r.json();
      PersonFacts facts = RusomsorgJson.strict().read(j.get("facts").toString(), PersonFacts.class);
      assertThat(j.get("services")).hasSize(NORDVIK.servicesOn(d).size());
      for (JsonNode s : j.get("services")) {
        Service service = NORDVIK.service(s.get("serviceId").asString()).orElseThrow();
        if (service.eligibility().isEmpty()) {
          assertThat(s.get("outcome").asString()).isEqualTo("UNKNOWN");
          assertThat(s.has("verdict")).isFalse();
          continue;
        }
        Verdict expected = service.evaluate(facts, d).orElseThrow();
        Verdict actual = RusomsorgJson.strict().mapper().treeToValue(s.get("verdict"), Verdict.class);
        assertThat(actual).as(service.id() + " " + String.join(" ", person)).isEqualTo(expected);
        assertThat(s.get("outcome").asString()).isEqualTo(expected.outcome().name());
      }
    }
  }

  @Test
  void factsFromTheOptions() {
    JsonNode j = run("check", "Nordvik", "--date", "2026-04-02", "--age", "30", "--staying", "--pregnant",
        "--no-homeless", "--json").json();
    PersonFacts facts = RusomsorgJson.strict().read(j.get("facts").toString(), PersonFacts.class);
    assertThat(facts.birthDate()).contains(LocalDate.of(1996, 4, 2));
    assertThat(facts.municipalityRelation()).contains(MunicipalityRelation.PRESENT);
    assertThat(facts.pregnant()).contains(true);
    assertThat(facts.homeless()).contains(false);
    assertThat(facts.relative()).isEmpty();
  }

  @Test
  void contactNowDefaultsToTheClock() {
    JsonNode j = run("check", "Nordvik", "--json", "--service", "nordvik.counsellor").json();
    assertThat(j.get("date").asString()).isEqualTo("2026-04-02");
    JsonNode contact = j.get("services").get(0).get("contactNow").get(0);
    assertThat(contact.get("openNow").asBoolean()).isFalse();
    assertThat(contact.get("answeredNow").asBoolean()).isTrue();
    assertThat(contact.get("nextOpening").asString()).isEqualTo("2026-04-07T09:00:00+02:00");
    assertThat(contact.get("callbackBy").asString()).isEqualTo("2026-04-07");
  }

  @Test
  void badPersonFactsAreUsageErrors() {
    Result negative = run("check", "Nordvik", "--age", "-1");
    assertThat(negative.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(negative.err()).contains("alderen kan ikke være negativ").doesNotContain("-1");
    CatalogCommandsTest.assertNoStackTrace(negative);
    Result both = run("check", "Nordvik", "--age", "20", "--birth-date", "2000-01-01", "--lang", "en");
    assertThat(both.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(both.err()).contains("either --age or --birth-date");
    Result twoRelations = run("check", "Nordvik", "--resident", "--staying");
    assertThat(twoRelations.code()).isEqualTo(RusomsorgCli.USAGE);
    Result future = run("check", "Nordvik", "--date", "2026-01-01", "--birth-date", "2026-01-02");
    assertThat(future.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(future.err()).contains("fødselsdatoen er etter vurderingsdatoen 01.01.2026").doesNotContain("02.01.2026");
    Result notANumber = run("check", "Nordvik", "--age", "atten");
    assertThat(notANumber.code()).isEqualTo(RusomsorgCli.USAGE);
    Result malformedAt = run("check", "Nordvik", "--at", "tomorrow");
    assertThat(malformedAt.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(malformedAt.err()).contains("ugyldig tidspunkt for --at (bruk").doesNotContain("tomorrow");
  }

  @Test
  void mergedOrUnknownMunicipalityOrServiceIsNotFound() {
    Result merged = run("check", "Sørvik", "--date", "2021-01-01", "--lang", "nb");
    assertThat(merged.code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(merged.err()).contains("slått sammen med Nordvik (1199) fra 01.01.2020");
    Result unknown = run("check", "9999");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    Result service = run("check", "Nordvik", "--service", "nordvik.nope");
    assertThat(service.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(service.err()).contains("ukjent tjeneste 'nordvik.nope'", "nordvik.counsellor");
  }
}
