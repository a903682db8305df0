package no.rusomsorg.conformance;

import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import no.rusomsorg.api.ProviderException;
import no.rusomsorg.core.CatalogProblemsException;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.RusomsorgException;
import no.rusomsorg.core.complaint.ComplaintDiscrepancy;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The contract every municipality plugin passes. Implement it in a test class and return your provider:
 * <pre>{@code
 * class ExampleConformanceTest implements MunicipalityProviderContract {
 *   public MunicipalityProvider provider() { return new ExampleProvider(); }
 * }
 * }</pre>
 * Then run {@code mvn verify}. Each check is a default test method with a stable id:
 * <table>
 *   <caption>Checks</caption>
 *   <tr><th>id</th><th>what it checks</th></tr>
 *   <tr><td>RC01</td><td>the provider is registered for the class path ({@code META-INF/services}) and for
 *       the module path ({@code provides … with} in {@code module-info}), both read from the plugin's jar or
 *       classes directory whatever way the test runs, and {@link ServiceLoader} finds and creates it</td></tr>
 *   <tr><td>RC02</td><td>retired: merged into RC01 in 1.0 (the id is not reused)</td></tr>
 *   <tr><td>RC03</td><td>the catalog loads, is the same value every time, and a registry accepts it</td></tr>
 *   <tr><td>RC04</td><td>ids published earlier (listed in {@code rusomsorg-published-ids.txt}) still exist</td></tr>
 *   <tr><td>RC05</td><td>the catalog survives a JSON round trip unchanged</td></tr>
 *   <tr><td>RC06</td><td>every contact point can be reached: a phone, an e-mail or an address</td></tr>
 *   <tr><td>RC07</td><td>every service has at least one unit with a contact point, and a source</td></tr>
 *   <tr><td>RC08</td><td>every service is offered on generated dates inside its validity (and the municipality's)</td></tr>
 *   <tr><td>RC09</td><td>every eligibility criterion evaluates on generated facts without exceptions</td></tr>
 *   <tr><td>RC10</td><td>the data was verified within {@link #maximumDataAge()}</td></tr>
 *   <tr><td>RC11</td><td>published complaint information can be compared with the statutory route; every
 *       mismatch (an outdated body name, a deadline the law does not give) is reported as a test report
 *       entry, not a failure: the municipality publishes it, and the library keeps it as data</td></tr>
 *   <tr><td>RC12</td><td>the county of every number period existed from the period's first day to its
 *       last (or to the day the data was verified): the county decides which Statsforvalteren handles
 *       complaints (its number and official name are already checked when the catalog is read)</td></tr>
 *   <tr><td>RC13</td><td>every source an eligibility criterion rests on, named in its basis or by the
 *       criterion's default basis, is one of the catalog's sources, so that a reason can always show
 *       its document</td></tr>
 *   <tr><td>RC14</td><td>no coercion service (a legal basis in hol chapter 10: §§ 10-2/10-3, decided by the
 *       tribunal and brought before the district court, or § 10-4, not decided by any tribunal) carries
 *       published information about an ordinary decision complaint: such decisions are not appealed to
 *       the Statsforvalteren</td></tr>
 *   <tr><td>RC15</td><td>the municipality's identity agrees with the national register (Statistics Norway's
 *       classification 131, from 2018-01-01): every number period from that day has a register period with
 *       the same number, county and dates (the first day clipped to 2018-01-01), the municipality's name is
 *       one of the official name forms, and a successor is the municipality the register says it merged
 *       into, from the same day. Fictional numbers ({@link FictionalNumbers}, 1190–1199) are exempt, as are
 *       periods that ended before 2018</td></tr>
 * </table>
 * Override {@link #clock()} or {@link #maximumDataAge()} to pin the freshness check.
 */
public interface MunicipalityProviderContract {

  /**
   * The provider under test.
   *
   * @return a new instance of the plugin's provider
   */
  MunicipalityProvider provider();

  /**
   * The clock the freshness check (RC10) measures age with; the system clock unless overridden.
   *
   * @return the clock
   */
  default Clock clock() {
    return Clock.systemDefaultZone();
  }

  /**
   * How old the data may be before RC10 fails.
   *
   * @return the maximum age; two years unless overridden
   */
  default Period maximumDataAge() {
    return Period.ofYears(2);
  }

  /**
   * How many generated examples the property checks (RC08, RC09) use.
   *
   * @return the number of examples
   */
  default int examples() {
    return 200;
  }

  /**
   * RC01: registered both ways, whatever way the test runs. The check reads the plugin's own jar or
   * classes directory (where the provider class was loaded from): its
   * {@code META-INF/services/no.rusomsorg.spi.MunicipalityProvider} must name the provider (the class
   * path) and its {@code module-info.class} must declare {@code provides … with} it (the module path);
   * and {@link ServiceLoader} must find and create it the way the test runs. A plugin that an
   * application could not load one of the two ways never passes. Every problem found is reported at once.
   */
  @Test
  default void rc01RegisteredForTheClassPathAndTheModulePath() {
    List<String> problems = Registration.problems(provider().getClass());
    if (!problems.isEmpty()) {
      throw new ConformanceFailure("RC01", String.join(" ", problems),
          Registration.fix(provider().getClass()));
    }
  }

  /** RC03: the catalog loads, is stable and is accepted by a registry. */
  @Test
  default void rc03CatalogLoadsAndIsStable() {
    Catalog first = catalog("RC03");
    Catalog second = catalog("RC03");
    if (!first.equals(second)) {
      throw new ConformanceFailure("RC03", "catalog() returned different values on two calls.",
          "build the catalog once (a static final field or lazily) and return the same immutable value.");
    }
    try {
      MunicipalityRegistry.builder().add(provider()).build();
    } catch (RusomsorgException e) {
      throw new ConformanceFailure("RC03", "a registry rejects the provider: " + e.getMessage() + everyProblem(e),
          "correct the data the message points at.", e);
    }
  }

  /** RC04: published ids are kept. */
  @Test
  default void rc04PublishedIdsStillExist() {
    Class<?> type = provider().getClass();
    List<String> published = new ArrayList<>();
    try (InputStream in = type.getResourceAsStream("/rusomsorg-published-ids.txt")) {
      if (in == null) {
        return; // nothing published yet: nothing to keep
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          published.add(id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> ids = allIds(catalog("RC04"));
    List<String> gone = published.stream().filter(id -> !ids.contains(id)).toList();
    if (!gone.isEmpty()) {
      throw new ConformanceFailure("RC04", "ids published earlier are gone: " + gone + ".",
          "ids are stable once published: restore them, and end a service's validity instead of deleting it.");
    }
  }

  /** RC05: JSON round trip. */
  @Test
  default void rc05JsonRoundTrip() {
    Catalog c = catalog("RC05");
    String json = RusomsorgJson.strict().write(c);
    Catalog back;
    try {
      back = RusomsorgJson.strict().read(json, Catalog.class);
    } catch (RusomsorgException e) {
      throw new ConformanceFailure("RC05", "the catalog's own JSON cannot be read back: " + e.getMessage(),
          "report this to the rusomsorg project: every valid catalog must round-trip.", e);
    }
    if (!back.equals(c)) {
      throw new ConformanceFailure("RC05", "the catalog read back from JSON differs from the original.",
          "report this to the rusomsorg project, with the catalog.");
    }
  }

  /** RC06: every contact point is reachable. */
  @Test
  default void rc06ContactPointsAreReachable() {
    for (Unit u : catalog("RC06").units()) {
      for (ContactPoint cp : u.contactPoints()) {
        if (cp.phones().isEmpty() && cp.emails().isEmpty() && cp.visitingAddress().isEmpty()
            && cp.postalAddress().isEmpty() && cp.url().isEmpty()) {
          throw new ConformanceFailure("RC06", "contact point '" + cp.id() + "' of unit '" + u.id()
              + "' has no phone, e-mail, address or web address.", "add at least one way to reach it.");
        }
      }
    }
  }

  /** RC07: every service has a contact point and a source. */
  @Test
  default void rc07ServicesHaveContactAndSource() {
    Catalog c = catalog("RC07");
    for (Service s : c.services()) {
      boolean contact = c.unitsOf(s).stream().anyMatch(u -> !u.contactPoints().isEmpty());
      if (!contact) {
        throw new ConformanceFailure("RC07", "service '" + s.id() + "' has no unit with a contact point.",
            "list in unitIds a unit that has at least one contact point.");
      }
      if (s.sourceIds().isEmpty()) {
        throw new ConformanceFailure("RC07", "service '" + s.id() + "' cites no source.",
            "add the id of the document the service was taken from to sourceIds.");
      }
    }
  }

  /** RC08: services are offered inside their validity. */
  @Test
  default void rc08ServicesValidInsideTheirValidity() {
    Catalog c = catalog("RC08");
    LocalDate municipalityFrom = c.municipality().validity().from();
    LocalDate municipalityTo = c.municipality().validity().to().orElse(LocalDate.of(2199, 12, 31));
    for (Service s : c.services()) {
      LocalDate from = s.validity().map(v -> v.from()).filter(d -> d.isAfter(municipalityFrom)).orElse(municipalityFrom);
      LocalDate to = s.validity().flatMap(v -> v.to()).filter(d -> d.isBefore(municipalityTo)).orElse(municipalityTo);
      if (to.isBefore(from)) {
        throw new ConformanceFailure("RC08", "service '" + s.id() + "' is valid only outside the municipality's validity.",
            "make the service's validity overlap the municipality's.");
      }
      qt().withExamples(examples()).forAll(dates(from, to)).check(d -> {
        if (!c.servicesOn(d).contains(s)) {
          throw new ConformanceFailure("RC08", "service '" + s.id() + "' is not offered on " + d + ", inside its validity.",
              "check the service's validity.");
        }
        return true;
      });
    }
  }

  /** RC09: criteria evaluate on generated facts. */
  @Test
  default void rc09CriteriaEvaluateOnGeneratedFacts() {
    Catalog c = catalog("RC09");
    LocalDate from = c.municipality().validity().from().isBefore(LocalDate.of(1990, 1, 1))
        ? LocalDate.of(1990, 1, 1) : c.municipality().validity().from();
    LocalDate to = c.municipality().validity().to().orElse(LocalDate.of(2060, 12, 31));
    for (Service s : c.services()) {
      if (s.eligibility().isEmpty()) {
        continue;
      }
      Criterion criterion = s.eligibility().get();
      qt().withExamples(examples()).forAll(facts(), dates(from, to)).check((facts, date) -> {
        try {
          if (facts.birthDate().filter(b -> b.isAfter(date)).isPresent()) {
            return true;
          }
          return criterion.evaluate(facts, date).outcome() == criterion.test(facts, date);
        } catch (RuntimeException e) {
          throw new ConformanceFailure("RC09", "the criterion of service '" + s.id() + "' threw "
              + e.getClass().getSimpleName() + " on generated facts.",
              "use only the criterion types of no.rusomsorg.core.eligibility; report a bug if it persists.", e);
        }
      });
    }
  }

  /** RC10: the data is fresh. */
  @Test
  default void rc10DataVerifiedRecently() {
    Catalog c = catalog("RC10");
    LocalDate today = LocalDate.now(clock());
    LocalDate oldest = today.minus(maximumDataAge());
    if (c.verifiedOn().isBefore(oldest)) {
      throw new ConformanceFailure("RC10", "the data was last verified on " + c.verifiedOn() + ", more than "
          + maximumDataAge() + " before " + today + ".",
          "check the data against its sources, then update verifiedOn and dataVersion.");
    }
    for (Service s : c.services()) {
      if (s.verifiedOn().isBefore(oldest)) {
        throw new ConformanceFailure("RC10", "service '" + s.id() + "' was last verified on " + s.verifiedOn() + ".",
            "check the service against its sources and update its verifiedOn.");
      }
    }
  }

  /**
   * RC11: published complaint information is compared with the law on the day the data was verified.
   *
   * @param reporter where mismatches are reported
   */
  @Test
  default void rc11PublishedComplaintInformationComparedWithTheLaw(TestReporter reporter) {
    Catalog c = catalog("RC11");
    MunicipalityDirectory directory = MunicipalityRegistry.builder().add(provider()).build().directory();
    LocalDate date = c.municipality().validity().to().filter(end -> end.isBefore(c.verifiedOn())).orElse(c.verifiedOn());
    for (Service s : c.services()) {
      if (s.complaintInfo().isEmpty()) {
        continue;
      }
      List<ComplaintDiscrepancy> found;
      try {
        MunicipalityLookup answer = directory.lookup(c.municipality().id(), date);
        if (!(answer instanceof MunicipalityLookup.Found)) {
          throw new ConformanceFailure("RC11", "the municipality is not found on " + date + " (the day the data was"
              + " verified, or its last day): " + answer + ".",
              "give the municipality a validity that includes verifiedOn, or end it before verifiedOn.");
        }
        found = directory.complaintDiscrepancies((MunicipalityLookup.Found) answer, s);
      } catch (RusomsorgException e) {
        throw new ConformanceFailure("RC11", "the complaint information of service '" + s.id()
            + "' cannot be compared with the law on " + date + ": " + e.getMessage(),
            "give the service a legal basis that points to one complaint regime (fvl, pbrl or hol chapter 10), "
                + "and a county that exists on that date.", e);
      }
      for (ComplaintDiscrepancy d : found) {
        reporter.publishEntry("RC11 " + s.id() + " " + d.kind(), d.explanation().in(Language.EN));
      }
    }
  }

  /** Each problem of an invalid catalog on a line of its own, when there are several (ADR 0019). */
  private static String everyProblem(RuntimeException e) {
    List<InvalidValueException> problems = e instanceof ProviderException ? ((ProviderException) e).problems()
        : e instanceof InvalidValueException ? ((InvalidValueException) e).problems() : List.of();
    if (problems.size() < 2) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" Every problem:");
    for (InvalidValueException p : problems) {
      sb.append("\n  ").append(p.getMessage());
    }
    if (e.getCause() instanceof CatalogProblemsException
        && ((CatalogProblemsException) e.getCause()).problemCount() > problems.size()) {
      sb.append("\n  (").append(((CatalogProblemsException) e.getCause()).problemCount() - problems.size())
          .append(" more)");
    }
    return sb.append('\n').toString();
  }

  private Catalog catalog(String check) {
    Catalog c;
    try {
      c = provider().catalog();
    } catch (RuntimeException e) {
      throw new ConformanceFailure(check, "catalog() threw " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + everyProblem(e), "correct the data or code the message points at.", e);
    }
    if (c == null) {
      throw new ConformanceFailure(check, "catalog() returned null.", "return the municipality's catalog.");
    }
    return c;
  }

  private static Set<String> allIds(Catalog c) {
    Set<String> ids = new HashSet<>();
    c.sources().forEach(s -> ids.add(s.id()));
    c.services().forEach(s -> ids.add(s.id()));
    for (Unit u : c.units()) {
      ids.add(u.id());
      u.contactPoints().forEach(cp -> ids.add(cp.id()));
    }
    return ids;
  }

  private static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    Gen<LocalDate> any = SourceDSL.longs().between(a, b).map(LocalDate::ofEpochDay);
    Gen<LocalDate> edges = Generate.pick(List.of(from, to));
    return any.mix(edges, 20);
  }

  private static Gen<Optional<Boolean>> maybe() {
    return Generate.pick(List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false)));
  }

  private static Gen<PersonFacts> facts() {
    Gen<Optional<LocalDate>> birth = SourceDSL.longs().between(LocalDate.of(1920, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
        .map(d -> Optional.of(LocalDate.ofEpochDay(d)))
        .mix(Generate.constant(Optional.<LocalDate>empty()), 25);
    Gen<Optional<MunicipalityRelation>> relation = Generate.pick(List.of(Optional.<MunicipalityRelation>empty(),
        Optional.of(MunicipalityRelation.REGISTERED_RESIDENT), Optional.of(MunicipalityRelation.PRESENT),
        Optional.of(MunicipalityRelation.NEITHER)));
    return birth.zip(relation, maybe(), maybe(), maybe(), (b, r, substance, relative, pregnant) -> new Object[] {b, r, substance, relative, pregnant})
        .zip(maybe(), maybe(), maybe(), (arr, homeless, partner, attorney) -> {
          @SuppressWarnings("unchecked")
          Optional<LocalDate> b = (Optional<LocalDate>) arr[0];
          @SuppressWarnings("unchecked")
          Optional<MunicipalityRelation> r = (Optional<MunicipalityRelation>) arr[1];
          @SuppressWarnings("unchecked")
          Optional<Boolean> substance = (Optional<Boolean>) arr[2];
          @SuppressWarnings("unchecked")
          Optional<Boolean> relative = (Optional<Boolean>) arr[3];
          @SuppressWarnings("unchecked")
          Optional<Boolean> pregnant = (Optional<Boolean>) arr[4];
          return PersonFacts.builder()
              .birthDate(b).municipalityRelation(r).substanceProblem(substance).relative(relative)
              .pregnant(pregnant).homeless(homeless).partnerAgency(partner)
              .actingForAnother(attorney.isPresent() ? Optional.of(true) : Optional.empty())
              .powerOfAttorney(attorney)
              .build();
        });
  }

  /** RC12: the county of every number period existed through the period. */
  @Test
  default void rc12CountiesAgreeWithTheOfficialList() {
    Catalog c = catalog("RC12");
    List<NumberPeriod> periods = c.municipality().numbers();
    for (int i = 0; i < periods.size(); i++) {
      NumberPeriod p = periods.get(i);
      LocalDate first = p.validity().from();
      LocalDate last = p.validity().to().orElse(c.verifiedOn());
      if (last.isBefore(first)) {
        last = first;
      }
      for (LocalDate day : List.of(first, last)) {
        if (!p.county().existsOn(day)) {
          throw new ConformanceFailure("RC12", "numbers[" + i + "] (" + p.number() + ") says county " + p.county()
              + ", but that county did not exist on " + day + ".",
              "give the county the municipality belonged to on that day, and split the number period where the "
                  + "county changed (as on 2020-01-01 and 2024-01-01).");
        }
      }
    }
  }

  /**
   * RC15: the municipality's numbers, name, counties, dates and successor agree with the national
   * register from its first day (2018-01-01).
   */
  @Test
  default void rc15IdentityAgreesWithTheNationalRegister() {
    Catalog c = catalog("RC15");
    IdentityCheck.check(c.municipality(), no.rusomsorg.register.NationalRegister.standard());
  }

  /** RC13: every source a criterion rests on is in the catalog. */
  @Test
  default void rc13CriteriaCiteSourcesOfTheCatalog() {
    Catalog c = catalog("RC13");
    Set<String> sources = new HashSet<>();
    c.sources().forEach(src -> sources.add(src.id()));
    for (Service s : c.services()) {
      if (s.eligibility().isPresent()) {
        citedSources(s.id(), s.eligibility().get(), sources);
      }
    }
  }

  /** RC14: a coercion service carries no published route for ordinary decision complaints. */
  @Test
  default void rc14CoercionServicesCarryNoDecisionComplaintRoute() {
    Catalog c = catalog("RC14");
    for (Service s : c.services()) {
      Set<ComplaintRegime> regimes = ComplaintRegime.candidatesFor(s.legalBasis());
      boolean coercion = regimes.contains(ComplaintRegime.COERCION) || regimes.contains(ComplaintRegime.CONSENT_DETENTION);
      if (coercion && s.complaintInfo().stream().anyMatch(i -> i.subject() == ComplaintSubject.DECISION)) {
        throw new ConformanceFailure("RC14", "the coercion service '" + s.id() + "' carries the published decision"
            + " complaint route of ordinary services; decisions under hol chapter 10 are made by the tribunal and"
            + " brought before the district court (§ 10-4: no tribunal decides), never appealed to the"
            + " Statsforvalteren.",
            "remove the DECISION entry from the service's complaintInfo; the library builds the coercion route itself.");
      }
    }
  }

  private static void citedSources(String serviceId, Criterion c, Set<String> sources) {
    for (Criterion.Leaf leaf : leaves(c)) {
      Optional<String> cited = leaf.basis().sourceId();
      if (cited.isPresent() && !sources.contains(cited.get())) {
        throw new ConformanceFailure("RC13", "the eligibility of service '" + serviceId + "' rests on the source '"
            + cited.get() + "', which the catalog does not list.",
            "add the source '" + cited.get() + "' to sources, or leave the criterion's basis out (it then cites"
                + " the service's own sources).");
      }
    }
  }

  /** The leaves of a criterion, found with the criterion visitor (no kind is skipped or guessed). */
  private static List<Criterion.Leaf> leaves(Criterion c) {
    List<Criterion.Leaf> out = new ArrayList<>();
    c.accept(new Criterion.Visitor<Void, Void>() {
      private Void add(Criterion.Leaf leaf) {
        out.add(leaf);
        return null;
      }

      @Override
      public Void minimumAge(Criterion.MinimumAge x, Void p) {
        return add(x);
      }

      @Override
      public Void residency(Criterion.Residency x, Void p) {
        return add(x);
      }

      @Override
      public Void role(Criterion.HasRole x, Void p) {
        return add(x);
      }

      @Override
      public Void pregnant(Criterion.Pregnant x, Void p) {
        return add(x);
      }

      @Override
      public Void homeless(Criterion.Homeless x, Void p) {
        return add(x);
      }

      @Override
      public Void coOccurringMentalIllness(Criterion.CoOccurringMentalIllness x, Void p) {
        return add(x);
      }

      @Override
      public Void inLar(Criterion.InLar x, Void p) {
        return add(x);
      }

      @Override
      public Void proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney x, Void p) {
        return add(x);
      }

      @Override
      public Void notStated(Criterion.NotStated x, Void p) {
        return add(x);
      }

      @Override
      public Void described(Criterion.Described x, Void p) {
        return add(x);
      }

      @Override
      public Void all(Criterion.All x, Void p) {
        x.of().forEach(k -> k.accept(this, null));
        return null;
      }

      @Override
      public Void any(Criterion.Any x, Void p) {
        x.of().forEach(k -> k.accept(this, null));
        return null;
      }

      @Override
      public Void not(Criterion.Not x, Void p) {
        return x.criterion().accept(this, null);
      }
    }, null);
    return out;
  }
}
