package no.rusomsorg.conformance.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.conformance.FictionalProvider;
import no.rusomsorg.core.InvalidValueException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The runner passes scenarios that hold and fails, naming the scenario, every one that does not. */
class ScenarioRunnerTest {

  @Test
  void scenariosThatHoldPass() {
    assertThat(ScenarioRunner.runAll(new FictionalProvider(), "/scenarios/fjellvik-ok.json")).isEqualTo(4);
  }

  @Test
  void everyWrongScenarioFailsWithItsName() {
    List<DynamicTest> tests = ScenarioRunner.dynamicTests(new FictionalProvider(), "/scenarios/fjellvik-wrong.json")
        .collect(Collectors.toList());
    assertThat(tests).hasSize(11);
    for (DynamicTest t : tests) {
      assertThatThrownBy(() -> t.getExecutable().execute())
          .as(t.getDisplayName())
          .isInstanceOf(AssertionFailedError.class)
          .hasMessageContaining("scenario '" + t.getDisplayName() + "'");
    }
  }

  @Test
  void aWrongValueShowsExpectedAndActual() {
    DynamicTest wrongDue = ScenarioRunner.dynamicTests(new FictionalProvider(), "/scenarios/fjellvik-wrong.json")
        .filter(t -> t.getDisplayName().equals("wrong due date")).findFirst().orElseThrow();
    assertThatThrownBy(() -> wrongDue.getExecutable().execute())
        .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
          assertThat(e.getExpected().getValue()).hasToString("2026-04-02");
          assertThat(e.getActual().getValue()).hasToString("2026-04-07");
        });
  }

  @Test
  void aMisspeltFieldIsRejectedWithItsPath() {
    assertThatThrownBy(() -> ScenarioRunner.dynamicTests(new FictionalProvider(), "/scenarios/misspelt.json"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("stauts"));
  }

  @Test
  void aMissingFileIsReported() {
    assertThatThrownBy(() -> ScenarioRunner.dynamicTests(new FictionalProvider(), "/scenarios/none.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/scenarios/none.json");
  }
}
