package no.rusomsorg.conformance.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.PromiseKind;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs scenario files (see the package description for the format) against a municipality plugin.
 *
 * <p>Use it from a JUnit test factory in the plugin's tests:
 * <pre>{@code
 * class ExampleScenarioTest {
 *   @TestFactory
 *   Stream<DynamicTest> scenarios() {
 *     return ScenarioRunner.dynamicTests(new ExampleProvider(), "/scenarios/example.json");
 *   }
 * }
 * }</pre>
 * Each scenario becomes one test named after it. A wrong answer fails with an
 * {@link AssertionFailedError} that shows the expected and the actual value; a scenario that lacks an
 * input or an expectation, names an unknown service or contact point, or an unreadable file, fails
 * with a message that names the scenario. Lookups run on a registry that holds only the provider
 * under test, so a successor supplied by another plugin is not needed.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /**
   * Reads a scenario file from the class path and turns each scenario into a dynamic test.
   *
   * @param provider the plugin's provider
   * @param resource the absolute resource name, such as {@code /scenarios/example.json}
   * @return one test per scenario, in file order
   * @throws IllegalArgumentException if the resource does not exist or holds no scenarios
   * @throws InvalidValueException if the file is not a valid scenario file (the field is its JSON path)
   */
  public static Stream<DynamicTest> dynamicTests(MunicipalityProvider provider, String resource) {
    Objects.requireNonNull(provider, "provider");
    ScenarioFile file = read(provider.getClass(), resource);
    MunicipalityDirectory directory = MunicipalityRegistry.builder().add(provider).build().directory();
    Catalog catalog = provider.catalog();
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : file.scenarios()) {
      tests.add(DynamicTest.dynamicTest(s.name() == null ? "(unnamed scenario)" : s.name(),
          () -> run(catalog, directory, s)));
    }
    return tests.stream();
  }

  /**
   * Reads a scenario file and runs every scenario, failing on the first that does not hold.
   *
   * @param provider the plugin's provider
   * @param resource the absolute resource name
   * @return the number of scenarios run
   * @throws AssertionFailedError for the first scenario that does not hold
   */
  public static int runAll(MunicipalityProvider provider, String resource) {
    List<DynamicTest> tests = dynamicTests(provider, resource).toList();
    for (DynamicTest t : tests) {
      try {
        t.getExecutable().execute();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new AssertionFailedError("scenario '" + t.getDisplayName() + "' threw " + e, e);
      }
    }
    return tests.size();
  }

  private static ScenarioFile read(Class<?> anchor, String resource) {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario file '" + resource + "' on the class path of " + anchor.getName());
      }
      ScenarioFile file = RusomsorgJson.strict().read(in, ScenarioFile.class);
      if (file.scenarios() == null || file.scenarios().isEmpty()) {
        throw new IllegalArgumentException("scenario file '" + resource + "' has no scenarios");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void run(Catalog catalog, MunicipalityDirectory directory, Scenario s) {
    Expectation expect = need(s, "expect", s.expect());
    String check = need(s, "check", s.check());
    switch (check) {
      case "eligibility":
        eligibility(catalog, s, expect);
        break;
      case "lookup":
        lookup(directory, s, expect);
        break;
      case "open":
        open(catalog, s, expect);
        break;
      case "callback":
        callback(catalog, s, expect);
        break;
      case "promise":
        promise(catalog, s, expect);
        break;
      case "deadline":
        deadline(s, expect);
        break;
      default:
        throw problem(s, "unknown check '" + check + "'; use eligibility, lookup, open, callback, promise or deadline");
    }
  }

  private static void eligibility(Catalog catalog, Scenario s, Expectation expect) {
    Service service = service(catalog, s);
    Criterion criterion = service.eligibility()
        .orElseThrow(() -> problem(s, "service '" + service.id() + "' has no eligibility criterion"));
    LocalDate date = need(s, "date", s.date());
    // as applications see it: through the service, so that reasons cite the service's sources
    Verdict verdict = service.evaluate(need(s, "person", s.person()), date).orElseThrow();
    Outcome fast = criterion.test(s.person(), date);
    same(s, "outcome of the fast path", verdict.outcome(), fast);
    same(s, "outcome", need(s, "expect.outcome", expect.outcome()), verdict.outcome());
    if (expect.missingFacts() != null) {
      same(s, "missingFacts", expect.missingFacts(), verdict.missingFacts());
    }
    if (expect.reasonContains() != null) {
      String wanted = expect.reasonContains();
      boolean found = verdict.reasons().stream().anyMatch(r -> r.explanation().nb().contains(wanted)
          || r.explanation().in(no.rusomsorg.core.text.Language.EN).contains(wanted));
      if (!found) {
        throw problem(s, "no reason contains '" + wanted + "'");
      }
    }
  }

  /** The id of the municipality an answer is about; empty for an unknown or ambiguous one. */
  static Optional<String> municipalityId(MunicipalityLookup answer) {
    if (answer instanceof MunicipalityLookup.Existing) {
      return Optional.of(((MunicipalityLookup.Existing) answer).municipality().id());
    } else if (answer instanceof MunicipalityLookup.Merged) {
      return Optional.of(((MunicipalityLookup.Merged) answer).former().id());
    } else if (answer instanceof MunicipalityLookup.Ended) {
      return Optional.of(((MunicipalityLookup.Ended) answer).former().id());
    } else if (answer instanceof MunicipalityLookup.ExistedNoData) {
      return Optional.of(((MunicipalityLookup.ExistedNoData) answer).municipality().id());
    } else if (answer instanceof MunicipalityLookup.NotYetEstablished) {
      return Optional.of(((MunicipalityLookup.NotYetEstablished) answer).municipality().id());
    }
    return Optional.empty();
  }

  private static void lookup(MunicipalityDirectory directory, Scenario s, Expectation expect) {
    MunicipalityLookup answer = directory.lookup(need(s, "query", s.query()), need(s, "date", s.date()));
    String status = need(s, "expect.status", expect.status());
    if (!MunicipalityLookup.statuses().contains(status)) {
      throw problem(s, "expect.status '" + status + "' is not one of " + MunicipalityLookup.statuses());
    }
    same(s, "status", status, answer.status());
    if (expect.municipalityId() != null) {
      same(s, "municipalityId", Optional.of(expect.municipalityId()), municipalityId(answer));
    }
    if (expect.number() != null) {
      same(s, "number", Optional.of(expect.number()), answer instanceof MunicipalityLookup.Existing
          ? Optional.of(((MunicipalityLookup.Existing) answer).number().toString()) : Optional.empty());
    }
    if (expect.successorNumber() != null) {
      same(s, "successorNumber", Optional.of(expect.successorNumber()), answer instanceof MunicipalityLookup.Merged
          ? Optional.of(((MunicipalityLookup.Merged) answer).successor().number().toString()) : Optional.empty());
    }
  }

  private static void open(Catalog catalog, Scenario s, Expectation expect) {
    OpeningHours hours = hours(catalog, s);
    ZonedDateTime at = need(s, "at", s.at()).atZone(OpeningHours.ZONE);
    if (expect.open() == null && expect.answered() == null && expect.nextOpening() == null) {
      throw problem(s, "expect open, answered or nextOpening");
    }
    if (expect.open() != null) {
      same(s, "open", expect.open(), hours.isOpenAt(at));
    }
    if (expect.answered() != null) {
      same(s, "answered", expect.answered(), hours.isAnsweredAt(at.toInstant()));
    }
    if (expect.nextOpening() != null) {
      same(s, "nextOpening", Optional.of(expect.nextOpening()), hours.nextOpening(at).map(z -> z.toLocalDateTime()));
    }
  }

  private static void callback(Catalog catalog, Scenario s, Expectation expect) {
    OpeningHours hours = hours(catalog, s);
    LocalDate day = need(s, "at", s.at()).toLocalDate();
    Optional<LocalDate> by = hours.fallback().flatMap(f -> f.callbackBy(day, NorwegianCalendar.standard()));
    same(s, "callbackBy", Optional.of(need(s, "expect.callbackBy", expect.callbackBy())), by);
  }

  private static void promise(Catalog catalog, Scenario s, Expectation expect) {
    Service service = service(catalog, s);
    PromiseKind kind = need(s, "kind", s.kind());
    ResponsePromise p = service.responsePromises().stream().filter(r -> r.kind() == kind).findFirst()
        .orElseThrow(() -> problem(s, "service '" + service.id() + "' publishes no promise of kind " + kind));
    LocalDate start = need(s, "start", s.start());
    PeriodSpec period = p.period();
    LocalDate due;
    if (kind == PromiseKind.TIME_TO_RESPONSE) {
      Deadline d = service.sourceIds().isEmpty() ? DeadlineCalculator.standard().promise(period, start)
          : DeadlineCalculator.standard().promise(period, start, service.sourceIds().get(0));
      due = d.due();
    } else {
      due = DeadlineCalculator.standard().endOf(start, PeriodSpec.of(period.amount(), period.unit()));
    }
    same(s, "due", need(s, "expect.due", expect.due()), due);
  }

  private static void deadline(Scenario s, Expectation expect) {
    String id = need(s, "rule", s.rule());
    DeadlineRule rule = Stream.of(DeadlineRule.values()).filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> problem(s, "unknown deadline rule '" + id + "'"));
    LocalDate start = need(s, "start", s.start());
    Deadline d = rule.needsEndDate()
        ? DeadlineCalculator.standard().compute(rule, start, need(s, "end", s.end()))
        : DeadlineCalculator.standard().compute(rule, start);
    same(s, "due", need(s, "expect.due", expect.due()), d.due());
  }

  private static Service service(Catalog catalog, Scenario s) {
    String id = need(s, "serviceId", s.serviceId());
    return catalog.service(id).orElseThrow(() -> problem(s, "the catalog has no service '" + id + "'"));
  }

  private static OpeningHours hours(Catalog catalog, Scenario s) {
    String id = need(s, "contactPointId", s.contactPointId());
    ContactPoint cp = catalog.contactPoint(id).orElseThrow(() -> problem(s, "the catalog has no contact point '" + id + "'"));
    return cp.openingHours().orElseThrow(() -> problem(s, "contact point '" + id + "' has no opening hours"));
  }

  private static <T> T need(Scenario s, String field, T value) {
    if (value == null) {
      throw problem(s, "the scenario needs '" + field + "' for check '" + s.check() + "'");
    }
    return value;
  }

  private static void same(Scenario s, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionFailedError("scenario '" + s.name() + "': " + what + " expected " + expected + " but was "
          + actual, expected, actual);
    }
  }

  private static AssertionFailedError problem(Scenario s, String message) {
    return new AssertionFailedError("scenario '" + s.name() + "': " + message);
  }
}
