package no.rusomsorg.examples.cli;

import static no.rusomsorg.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TriageCommandTest {

  @Test
  void lifeInDangerStartsWith113() {
    Result r = run("triage", "--situation", "life", "--date", "2026-03-12");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1. ").contains("113");
    assertThat(r.out().indexOf("113")).isLessThan(r.out().indexOf("2. ") < 0 ? Integer.MAX_VALUE : r.out().indexOf("2. "));
    JsonNode j = run("triage", "--situation", "life", "--date", "2026-03-12", "--json").json();
    assertThat(j.get("steps").get(0).get("contact").get("phone").asString()).isEqualTo("113");
  }

  @Test
  void severeGivesTheTsbDeadlineOfTheCalculator() {
    LocalDate received = LocalDate.of(2026, 4, 2);
    JsonNode j = run("triage", "--situation", "severe", "--date", "2026-04-03",
        "--referral-received", received.toString(), "--json").json();
    String expected = DeadlineCalculator.standard().compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, received).due().toString();
    boolean found = false;
    for (JsonNode step : j.get("steps")) {
      if (step.has("deadline")) {
        assertThat(step.get("deadline").get("due").asString()).isEqualTo(expected);
        found = true;
      }
    }
    assertThat(found).as("a step carries the TSB deadline").isTrue();
    Result en = run("triage", "--situation", "severe", "--date", "2026-04-03",
        "--referral-received", received.toString(), "--lang", "en");
    assertThat(en.code()).isZero();
    assertThat(en.out()).contains("Due: 20.04.2026");
  }

  @Test
  void badSituationIsAUsageError() {
    Result r = run("triage", "--situation", "panic");
    assertThat(r.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(r.err()).contains("panic");
    Result date = run("triage", "--situation", "mild", "--date", "12.03.2026");
    assertThat(date.code()).isEqualTo(RusomsorgCli.USAGE);
  }
}
