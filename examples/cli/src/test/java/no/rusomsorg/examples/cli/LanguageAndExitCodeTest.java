package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 (ADR 0025): the tool answers in bokmål, nynorsk or English, follows a municipality's language
 * form when no language is chosen, never shows an English or internal text in Norwegian output, and gives
 * one meaning to each exit code in every command.
 */
class LanguageAndExitCodeTest {

  /** Words that are bokmål and not nynorsk: none may appear in nynorsk output. */
  private static final List<String> BOKMAL_ONLY = List.of(" ikke ", " hvem ", " hva ", "tjenesten", " fra ", " ble ",
      "Hjemmel", "Mangler", "Regnet", "forlenget", "virkedager", " uker");

  /** English or internal words that must not reach Norwegian output. */
  private static final List<String> NOT_NORWEGIAN = List.of("ELIGIBLE", "UNKNOWN", "Missing required", "Unknown option",
      "[RANGE]", "start:", "Did you mean", "invalid input", "Usage error");

  private static final List<String[]> COMMANDS = List.of(
      new String[] {"services", "Nordvik", "--date", "2026-04-02"},
      new String[] {"check", "Nordvik", "--date", "2026-04-02", "--age", "17", "--staying"},
      new String[] {"deadline", "--rule", "tsb", "--from", "2026-05-15"},
      new String[] {"complaint", "Nordvik", "nordvik.counsellor", "--date", "2026-03-01", "--notice", "2026-03-12"},
      new String[] {"open", "Nordvik", "nordvik.counsellor", "--at", "2026-04-02T10:00"},
      new String[] {"triage", "--situation", "severe", "--date", "2026-03-12", "--referral-received", "2026-03-12"},
      new String[] {"municipalities", "--date", "2026-04-02"});

  private static String[] with(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void everyCommandAnswersInNynorskWithoutBokmalOrEnglish() {
    for (String[] cmd : COMMANDS) {
      Result nb = run(with(cmd, "--lang", "nb"));
      Result nn = run(with(cmd, "--lang", "nn"));
      Result en = run(with(cmd, "--lang", "en"));
      assertThat(nn.code()).as(cmd[0]).isZero();
      assertThat(nn.out()).as(cmd[0]).isNotEqualTo(nb.out()).isNotEqualTo(en.out());
      for (String word : BOKMAL_ONLY) {
        assertThat(nn.out()).as(cmd[0] + " in nynorsk").doesNotContain(word);
      }
      for (String word : NOT_NORWEGIAN) {
        assertThat(nn.out()).as(cmd[0] + " in nynorsk").doesNotContain(word);
        assertThat(nb.out()).as(cmd[0] + " in bokmål").doesNotContain(word);
      }
    }
    assertThat(run("deadline", "--rule", "fvl", "--from", "2026-03-12", "--lang", "nn").out())
        .contains("Rekna frå: 12.03.2026", "3 veker frå 12.03.2026", "forlengd til 07.04.2026", "Heimel: fvl § 29");
  }

  @Test
  void aMunicipalitysLanguageFormIsTheDefault() {
    // Sørvik's catalog says nynorsk: without --lang it answers in nynorsk, with --lang as asked
    Result nn = run("services", "Sørvik", "--date", "2019-06-01");
    assertThat(nn.code()).isZero();
    assertThat(nn.out()).contains("tenester per 01.06.2019").doesNotContain("tjenester");
    assertThat(run("services", "Sørvik", "--date", "2019-06-01", "--lang", "nb").out()).contains("tjenester per");
    Result merged = run("services", "Sørvik", "--date", "2021-01-01");
    assertThat(merged.out()).contains("vart slått saman med Nordvik (1199) frå 01.01.2020");
    // Nordvik states no form: bokmål
    assertThat(run("services", "Nordvik", "--date", "2026-04-02").out()).contains("tjenester per");
  }

  @Test
  void picocliAndLibraryErrorsAreSentencesInTheUsersLanguage() {
    Result missing = run("deadline", "--lang", "nn");
    assertThat(missing.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(missing.err()).contains("du må oppgi --rule", "Sjå 'rusomsorg deadline --help'")
        .doesNotContain("Missing required");
    assertThat(run("deadline").err()).contains("du må oppgi --rule", "Se 'rusomsorg deadline --help' for bruk");
    assertThat(run("deadline", "--lang", "en").err()).contains("you must give --rule", "for usage");
    Result unknown = run("services", "Nordvik", "--frobnicate", "--lang", "nn");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(unknown.err()).contains("ukjent val: --frobnicate").doesNotContain("Unknown option");
    Result typo = run("services", "Nordvik", "--dato", "2026-01-01");
    assertThat(typo.err()).contains("ukjent valg: --dato", "Mente du --date?");
    Result positional = run("services", "--lang", "nn");
    assertThat(positional.err()).contains("du må oppgi KOMMUNE");
    Result twice = run("services", "Nordvik", "--date", "2026-01-01", "--date", "2026-01-02");
    assertThat(twice.err()).contains("--date er gitt mer enn én gang");
    Result age = run("check", "Nordvik", "--age", "old", "--lang", "nn");
    assertThat(age.err()).contains("ein alder er eit heilt tal frå 0 til 130").doesNotContain("/");
    // the calendar's range: the option the user typed and a sentence, never the model's field or rule code
    for (String lang : List.of("nb", "nn", "en")) {
      Result early = run("deadline", "--rule", "fvl", "--from", "1900-01-01", "--lang", lang);
      assertThat(early.code()).isEqualTo(RusomsorgCli.USAGE);
      assertThat(early.err()).contains("--from", "1947–2299").doesNotContain("start:", "RANGE", "[");
    }
    assertThat(run("complaint", "Nordvik", "nordvik.counsellor", "--notice", "2400-01-01", "--lang", "en").err())
        .contains("--notice must be a date in the years 1947–2299");
  }

  @Test
  void eachExitCodeMeansOneThingInEveryCommand() {
    // merged: 4 in every command that names a municipality
    assertThat(run("services", "Sørvik", "--date", "2021-01-01").code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(run("check", "Sørvik", "--date", "2021-01-01").code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(run("open", "Sørvik", "sorvik.follow-up-team", "--at", "2021-01-04T10:00").code())
        .isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(run("complaint", "Sørvik", "sorvik.follow-up-team", "--date", "2021-01-01").code())
        .isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    // unknown or not yet existing: 3 in every command
    for (String[] args : List.of(new String[] {"services", "Atlantis"}, new String[] {"check", "Atlantis"},
        new String[] {"open", "Atlantis", "x"}, new String[] {"complaint", "Atlantis", "x"},
        new String[] {"services", "Nordvik", "--date", "1960-01-01"},
        new String[] {"check", "Nordvik", "--date", "1960-01-01"})) {
      assertThat(run(args).code()).as(String.join(" ", args)).isEqualTo(RusomsorgCli.NOT_FOUND);
    }
    // bad or no arguments: 2, with the usage on standard error
    Result none = run();
    assertThat(none.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(none.err()).contains("Usage: rusomsorg", "Commands:");
    for (String[] cmd : COMMANDS) {
      assertThat(run(cmd[0], "--no-such-option").code()).as(cmd[0]).isEqualTo(RusomsorgCli.USAGE);
      assertThat(run(cmd).code()).as(cmd[0]).isEqualTo(RusomsorgCli.OK);
    }
    assertThat(run("--help").out()).contains("0   svar gitt / answered", "4   kommunen var slått sammen");
  }

  @Test
  void versionComesFromTheBuild() {
    Result v = run("--version");
    assertThat(v.code()).isZero();
    assertThat(v.out().trim()).matches(Pattern.compile("rusomsorg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
  }
}
