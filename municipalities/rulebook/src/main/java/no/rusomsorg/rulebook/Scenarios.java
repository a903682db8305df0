package no.rusomsorg.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.json.RusomsorgJson;
import tools.jackson.databind.JsonNode;

/**
 * The eligibility scenarios of the plugins ({@code municipalities/<plugin>/src/test/resources/scenarios/*.json},
 * the files the plugins' {@code ScenarioRunner} tests run), by service id. The rule book shows them as
 * worked examples with the verdict the library gives today; other kinds of scenario are left out.
 */
final class Scenarios {
  /** No scenarios. */
  static final Scenarios NONE = new Scenarios(Map.of());

  /** One eligibility scenario. */
  record Example(String file, String name, LocalDate date, String personJson, PersonFacts person, String expected) {}

  private final Map<String, List<Example>> byService;

  private Scenarios(Map<String, List<Example>> byService) {
    this.byService = byService;
  }

  Optional<List<Example>> examples(String serviceId) {
    return Optional.ofNullable(byService.get(serviceId));
  }

  static Scenarios read(Path root) {
    RusomsorgJson json = RusomsorgJson.lenient();
    Map<String, List<Example>> out = new LinkedHashMap<>();
    try {
      for (Path file : RuleBook.scenarioFiles(root).collect(Collectors.toList())) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        JsonNode doc = json.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), JsonNode.class);
        for (JsonNode s : doc.path("scenarios")) {
          if (!"eligibility".equals(s.path("check").asString()) || !s.hasNonNull("person")) {
            continue;
          }
          String personJson = s.get("person").toString();
          PersonFacts person = json.read(personJson, PersonFacts.class);
          Example e = new Example(rel, s.path("name").asString(), LocalDate.parse(s.path("date").asString()),
              personJson, person, s.path("expect").path("outcome").asString());
          out.computeIfAbsent(s.path("serviceId").asString(), k -> new ArrayList<>()).add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scenarios(out);
  }
}
