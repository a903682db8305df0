package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeadlineCommandTest {

  @Test
  void fvlOverEasterIsExtendedWithTrace() {
    Result r = run("deadline", "--rule", "fvl", "--from", "2026-03-12");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Klagefrist (forvaltningsloven)", "Frist: 07.04.2026 (tirsdag)",
        "3 uker fra 12.03.2026 = 02.04.2026 (skjærtorsdag) → forlenget til 07.04.2026 (domstolloven § 149)",
        "fvl § 29 (1)", "https://lovdata.no/");
    Result en = run("deadline", "--rule", "fvl", "--from", "2026-03-12", "--lang", "en");
    assertThat(en.out()).contains("Due: 07.04.2026 (Tuesday)", "extended to 07.04.2026 (Courts of Justice Act § 149)");
  }

  @Test
  void jsonEqualsTheCalculatorForEveryRuleAndManyStarts() {
    Map<String, DeadlineRule> rules = Map.of("fvl", DeadlineRule.FVL_COMPLAINT, "pbrl", DeadlineRule.PBRL_COMPLAINT,
        "tsb", DeadlineRule.TSB_REFERRAL_ASSESSMENT, "interim", DeadlineRule.FVL_INTERIM_REPLY);
    LocalDate[] starts = {LocalDate.of(2026, 3, 12), LocalDate.of(2024, 1, 31), LocalDate.of(2027, 4, 26),
        LocalDate.of(2026, 12, 10), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 4, 26)};
    for (Map.Entry<String, DeadlineRule> e : rules.entrySet()) {
      for (LocalDate start : starts) {
        Result r = run("deadline", "--rule", e.getKey(), "--from", start.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        Deadline parsed = RusomsorgJson.strict().read(j.get("deadline").toString(), Deadline.class);
        Deadline expected = DeadlineCalculator.standard().compute(e.getValue(), start);
        assertThat(parsed).as(e.getKey() + " " + start).isEqualTo(expected);
        assertThat(j.get("trace").asString()).isEqualTo(expected.trace(no.rusomsorg.core.text.Language.NB));
      }
    }
  }

  @Test
  void fromDefaultsToTodayByTheClock() {
    JsonNode j = run("deadline", "--rule", "tsb", "--json").json();
    assertThat(j.get("deadline").get("start").asString()).isEqualTo(Cli.NOW.toLocalDate().toString());
    assertThat(j.get("deadline").get("due").asString())
        .isEqualTo(DeadlineCalculator.standard().compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, Cli.NOW.toLocalDate()).due().toString());
  }

  @Test
  void badArguments() {
    Result noRule = run("deadline", "--from", "2026-03-12");
    assertThat(noRule.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(noRule.err()).contains("--rule");
    Result unknown = run("deadline", "--rule", "xyz");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(unknown.err()).contains("ukjent regel 'xyz'", "fvl, pbrl, tsb eller interim");
    Result malformed = run("deadline", "--rule", "fvl", "--from", "12.03.2026", "--lang", "en");
    assertThat(malformed.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(malformed.err()).contains("malformed date for --from (use").doesNotContain("12.03.2026");
    Result outOfCalendar = run("deadline", "--rule", "fvl", "--from", "1800-01-01");
    assertThat(outOfCalendar.code()).isEqualTo(RusomsorgCli.USAGE);
    CatalogCommandsTest.assertNoStackTrace(outOfCalendar);
  }
}
