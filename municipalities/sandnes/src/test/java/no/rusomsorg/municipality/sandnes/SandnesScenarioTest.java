package no.rusomsorg.municipality.sandnes;

import java.util.stream.Stream;
import no.rusomsorg.conformance.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Sandnes scenarios in {@code scenarios/sandnes.json}. */
class SandnesScenarioTest {
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return ScenarioRunner.dynamicTests(new SandnesProvider(), "/scenarios/sandnes.json");
  }
}
