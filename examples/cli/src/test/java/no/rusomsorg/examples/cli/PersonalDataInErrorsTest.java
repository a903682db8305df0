package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 16: what a person types about themselves (a national identity number in a date option, a
 * birth date, an age) is never repeated in the CLI's error output.
 */
class PersonalDataInErrorsTest {

  /** Eleven digits as a fødselsnummer is written: ddmmyy + five digits, also with a space or dash. */
  private static Gen<String> idNumbers() {
    return SourceDSL.integers().between(1, 31).zip(SourceDSL.integers().between(1, 12),
        SourceDSL.integers().between(0, 99), SourceDSL.integers().between(0, 99_999),
        (d, m, y, rest) -> String.format("%02d%02d%02d%05d", d, m, y, rest))
        .zip(SourceDSL.integers().between(0, 2), (id, form) -> form == 0 ? id
            : id.substring(0, 6) + (form == 1 ? " " : "-") + id.substring(6));
  }

  private static final String[][] DATE_OPTIONS = {
      {"check", "Nordvik", "--birth-date"}, {"check", "Nordvik", "--date"}, {"check", "Nordvik", "--at"},
      {"check", "Nordvik", "--age"}, {"deadline", "--rule", "fvl", "--from"}, {"services", "Nordvik", "--date"},
      {"complaint", "Nordvik", "nordvik.counsellor", "--notice"}, {"triage", "--situation", "life-in-danger", "--referral-received"},
  };

  private static void assertNotEchoed(Result r, String typed) {
    String digits = typed.replaceAll("[^0-9]", "");
    String all = r.out() + r.err();
    assertThat(all).as(typed).doesNotContain(typed).doesNotContain(digits).doesNotContain(digits.substring(0, 6))
        .doesNotContain(digits.substring(6));
  }

  @Test
  void aNationalIdTypedIntoADateOptionIsNotEchoed() {
    qt().withExamples(60).forAll(idNumbers(), SourceDSL.integers().between(0, DATE_OPTIONS.length - 1))
        .checkAssert((id, option) -> {
          String[] base = DATE_OPTIONS[option];
          String[] args = java.util.Arrays.copyOf(base, base.length + 1);
          args[base.length] = id;
          Result r = run(args);
          assertThat(r.code()).as(String.join(" ", args)).isEqualTo(RusomsorgCli.USAGE);
          assertNotEchoed(r, id);
        });
  }

  @Test
  void aStrayIdNumberArgumentIsMasked() {
    qt().withExamples(20).forAll(idNumbers()).checkAssert(id -> {
      Result r = run("check", "Nordvik", id.replace(' ', '-'));
      assertThat(r.code()).isEqualTo(RusomsorgCli.USAGE);
      assertNotEchoed(r, id.replace(' ', '-'));
    });
  }

  @Test
  void birthDatesAndAgesAreNotRepeatedInErrors() {
    for (String bad : new String[] {"1990-02-30", "1990-13-01", "17.05.1990", "19900517"}) {
      Result r = run("check", "Nordvik", "--birth-date", bad);
      assertThat(r.code()).isEqualTo(RusomsorgCli.USAGE);
      assertThat(r.err()).doesNotContain(bad).doesNotContain("1990");
    }
    Result future = run("check", "Nordvik", "--date", "2026-01-01", "--birth-date", "2026-06-30");
    assertThat(future.err()).doesNotContain("30.06.2026").doesNotContain("2026-06-30");
    for (String age : new String[] {"131", "1000", "-5", "30.5", "atten"}) {
      Result r = run("check", "Nordvik", "--age", age);
      assertThat(r.code()).isEqualTo(RusomsorgCli.USAGE);
      assertThat(r.err()).as(age).doesNotContain(age);
    }
  }
}
