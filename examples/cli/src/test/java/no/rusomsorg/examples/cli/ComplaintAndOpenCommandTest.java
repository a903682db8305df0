package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ComplaintAndOpenCommandTest {

  @Test
  void complaintRouteNamesTheBodiesOfTheDate() {
    Result now = run("complaint", "Nordvik", "nordvik.counsellor", "--date", "2026-03-01");
    assertThat(now.code()).isZero();
    assertThat(now.out()).contains("Rettighetsklage etter pasient- og brukerrettighetsloven",
        "1. Nordvik kommune", "2. Statsforvalteren i Rogaland", "3. Sivilombudet", "Frist: 4 uker (pbrl § 7-5)");
    assertThat(now.out()).contains("Det kommunen publiserer, avviker fra loven:", "publisert: 3 uker | loven: 4 uker");
    Result then = run("complaint", "1197", "nordvik.counsellor", "--date", "2019-06-01");
    assertThat(then.code()).isZero();
    assertThat(then.out()).contains("Fylkesmannen i Rogaland", "Sivilombudsmannen").doesNotContain("Statsforvalteren");
  }

  @Test
  void complaintJsonCarriesTheCalculatorsDeadline() {
    JsonNode j = run("complaint", "Nordvik", "nordvik.emergency-housing", "--date", "2026-03-01",
        "--notice", "2026-03-12", "--json").json();
    assertThat(j.get("regime").asString()).isEqualTo("FVL");
    List<String> bodies = new ArrayList<>();
    j.get("steps").forEach(s -> bodies.add(s.get("body").get("name").get("nb").asString()));
    assertThat(bodies).containsExactly("Nordvik kommune", "Statsforvalteren i Rogaland", "Sivilombudet");
    Deadline d = RusomsorgJson.strict().read(j.get("steps").get(0).get("deadline").toString(), Deadline.class);
    assertThat(d).isEqualTo(DeadlineCalculator.standard().compute(DeadlineRule.FVL_COMPLAINT, LocalDate.of(2026, 3, 12)));
    assertThat(d.due()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(j.get("discrepancies")).isEmpty();
    JsonNode pbrl = run("complaint", "Nordvik", "nordvik.counsellor", "--date", "2026-03-01", "--json").json();
    List<String> kinds = new ArrayList<>();
    pbrl.get("discrepancies").forEach(x -> kinds.add(x.get("kind").asString()));
    assertThat(kinds).contains("DEADLINE_DIFFERS", "BODY_NAME_OUTDATED");
  }

  @Test
  void regimeMustBeChosenWhenTheServiceHasNoLegalBasis() {
    Result none = run("complaint", "Nordvik", "nordvik.activity", "--date", "2026-03-01");
    assertThat(none.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(none.err()).contains("--regime", "kilden oppgir ikke hvilken lov tjenesten gis etter")
        .doesNotContain("[REQUIRED]", "legalBasis");
    Result service = run("complaint", "Nordvik", "nordvik.activity", "--date", "2026-03-01", "--regime", "service");
    assertThat(service.code()).isZero();
    assertThat(service.out()).contains("Klage på tjenesten", "Statsforvalteren i Rogaland", "muntlig");
    Result bad = run("complaint", "Nordvik", "nordvik.activity", "--regime", "nope");
    assertThat(bad.code()).isEqualTo(RusomsorgCli.USAGE);
    Result notYetOffered = run("complaint", "Nordvik", "nordvik.activity", "--date", "2019-01-01", "--regime", "service");
    assertThat(notYetOffered.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    Result merged = run("complaint", "Sørvik", "sorvik.follow-up-team", "--date", "2021-01-01");
    assertThat(merged.code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(merged.err()).contains("Nordvik (1199)");
    Result missingService = run("complaint", "Nordvik");
    assertThat(missingService.code()).isEqualTo(RusomsorgCli.USAGE);
  }

  @Test
  void openNowOnAWorkingDay() {
    Result r = run("open", "Nordvik", "nordvik.counsellor", "--at", "2026-04-07T10:00");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ÅPENT nå.", "Mottaket (Rustjenesten i Nordvik): tlf. 468 95 582");
    JsonNode j = run("open", "Nordvik", "nordvik.counsellor", "--at", "2026-04-07T10:00+02:00", "--json").json();
    assertThat(j.get("openNow").asBoolean()).isTrue();
    assertThat(j.get("contacts").get(0).has("nextOpening")).isFalse();
  }

  @Test
  void closedOnMaundyThursdayByDefaultWithNextOpeningAndFallback() {
    Result r = run("open", "Nordvik", "nordvik.counsellor", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("At: 02.04.2026 10:00", "CLOSED now, but the phone is answered.",
        "Opens 07.04.2026 09:00.", "Answered by: Duty phone, phone 976 00 832", "called back by 07.04.2026");
    JsonNode j = run("open", "Nordvik", "nordvik.counsellor", "--json").json();
    assertThat(j.get("openNow").asBoolean()).isFalse();
    assertThat(j.get("answeredNow").asBoolean()).isTrue();
    assertThat(j.get("contacts").get(0).get("nextOpening").asString()).isEqualTo("2026-04-07T09:00:00+02:00");
    assertThat(j.get("contacts").get(0).get("fallbackContact").get("id").asString()).isEqualTo("nordvik.duty.phone");
  }

  @Test
  void alwaysOpenDutyPhone() {
    Result r = run("open", "Nordvik", "nordvik.emergency-housing", "--at", "2026-12-25T03:00");
    assertThat(r.out()).contains("ÅPENT nå.", "Vakttelefon");
  }

  @Test
  void openBadArguments() {
    Result malformed = run("open", "Nordvik", "nordvik.counsellor", "--at", "2026-04-07 10:00");
    assertThat(malformed.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(malformed.err()).contains("ugyldig tidspunkt for --at");
    Result unknown = run("open", "Nordvik", "nordvik.x", "--at", "2026-04-07T10:00");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    CatalogCommandsTest.assertNoStackTrace(unknown);
  }
}
