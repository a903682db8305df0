package no.rusomsorg.municipality.sogne;

import java.util.stream.Stream;
import no.rusomsorg.conformance.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Søgne scenarios in {@code scenarios/sogne.json}. */
class SogneScenarioTest {
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return ScenarioRunner.dynamicTests(new SogneProvider(), "/scenarios/sogne.json");
  }
}
