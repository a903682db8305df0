package no.rusomsorg.conformance.scenario;

import java.util.List;

/**
 * The JSON form of a scenario file: an optional description and the scenarios. Not API.
 *
 * @param description what the file covers
 * @param scenarios the scenarios
 */
record ScenarioFile(String description, List<Scenario> scenarios) {}
