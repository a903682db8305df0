package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code complaint-help} over the bundled plugins, with the tool's clock at 2 April 2026. */
class ComplaintHelpCommandTest {
  private static Cli.Result run(String... args) {
    return Cli.run(MunicipalityRegistry::discover, args);
  }

  private static final String FOLLOW_UP = "sandnes.counsellor-follow-up";

  @Test
  void printsWhereToSendItTheDeadlineWhoHelpsAndWhatToWrite() {
    Cli.Result r = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "2026-03-10", "--learnt", "2026-03-12");
    assertThat(r.code()).isEqualTo(RusomsorgCli.OK);
    assertThat(r.out()).contains("Send klagen til", "Sandnes kommune", "Postboks 583, 4302 Sandnes",
        "09.04.2026 – 4 uker fra 12.03.2026", "Fristen har ikke gått ut.", "Statsforvalteren i Rogaland",
        "Pasient- og brukerombudet", "Advokat eller annen fullmektig", "(fvl § 12)", "fvl § 32 (ikke verifisert)",
        "Hvis fristen har gått ut (fvl § 31, pbrl § 7-7)", "--letter");
    Cli.Result nn = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "2026-03-10", "--lang", "nn");
    assertThat(nn.out()).contains("Send klaga til", "Kven kan hjelpe", "Kva klaga må innehalde", "Dersom fristen har gått ut");
    Cli.Result en = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "2026-03-10", "--lang", "en");
    assertThat(en.out()).contains("Send the complaint to", "Who can help", "What the complaint must contain");
  }

  @Test
  void aLateComplaintSaysSoAndTheLetterAsksWhy() {
    Cli.Result r = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "2026-01-05", "--letter", "--lang", "nn");
    assertThat(r.code()).isEqualTo(RusomsorgCli.OK);
    assertThat(r.out()).startsWith("[Namnet ditt]\n").contains("Til:\nSandnes kommune", "Postboks 583",
        "Eg klagar på vedtaket frå Sandnes kommune datert 05.01.2026", "Kvifor klaga kjem etter fristen:",
        "Med venleg helsing", "[Underskrift]").doesNotContain("Hjelp til å klage");
  }

  @Test
  void jsonHasTheGuideTheTraceAndTheLetter() {
    Cli.Result r = run("complaint-help", "Sandnes", FOLLOW_UP, "--learnt", "2026-03-12", "--json", "--letter",
        "--lang", "en");
    assertThat(r.code()).isEqualTo(RusomsorgCli.OK);
    JsonNode j = r.json();
    assertThat(j.at("/guide/addressee/bodyName/nb").asString()).isEqualTo("Sandnes kommune");
    assertThat(j.at("/guide/deadline/due").asString()).isEqualTo("2026-04-09");
    assertThat(j.at("/guide/timing").asString()).isEqualTo("IN_TIME");
    assertThat(j.at("/deadlineTrace").asString()).startsWith("4 weeks from 12.03.2026");
    assertThat(j.at("/letter").asString()).contains("I learnt of the decision on 12.03.2026.");
  }

  @Test
  void wrongInputGetsASentenceInTheUsersLanguageAndEchoesNothingPersonal() {
    Cli.Result none = run("complaint-help", "Sandnes", FOLLOW_UP, "--lang", "nn");
    assertThat(none.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(none.err()).contains("oppgi datoen på vedtaket (--decided ÅÅÅÅ-MM-DD) eller dagen du fekk vite om det");
    Cli.Result order = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "2026-03-10", "--learnt", "2026-03-01",
        "--lang", "en");
    assertThat(order.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(order.err()).contains("cannot be before the decision (--decided)");
    Cli.Result future = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "2026-05-01");
    assertThat(future.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(future.err()).contains("--decided er etter dagen du skriver klagen");
    Cli.Result id = run("complaint-help", "Sandnes", FOLLOW_UP, "--decided", "01019912345");
    assertThat(id.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(id.err()).contains("fødselsnummer").doesNotContain("01019912345");
    Cli.Result unknown = run("complaint-help", "Sandnes", "sandnes.nope", "--decided", "2026-03-10");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    Cli.Result noBasis = run("complaint-help", "Sandnes", "sandnes.music-therapy", "--decided", "2026-03-10", "--lang",
        "en");
    assertThat(noBasis.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(noBasis.err()).contains("choose one with --regime municipal, fvl, pbrl, service, coercion, consent");
    Cli.Result service = run("complaint-help", "Sandnes", "sandnes.music-therapy", "--decided", "2026-03-10",
        "--regime", "service");
    assertThat(service.code()).isEqualTo(RusomsorgCli.OK);
    assertThat(service.out()).contains("Det er ingen klagefrist.");
    Cli.Result consent = run("complaint-help", "Sandnes", "sandnes.coercion", "--decided", "2026-03-10", "--regime",
        "consent", "--letter");
    assertThat(consent.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(consent.err()).contains("ikke noe klagebrev å skrive");
  }
}
