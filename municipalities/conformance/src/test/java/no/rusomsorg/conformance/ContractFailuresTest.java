package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.Test;

/** The kit's checks fail, with their ids, on providers that break them. */
class ContractFailuresTest {

  /** A provider that is not registered anywhere and returns a fresh but equal catalog. */
  static final class Unregistered implements MunicipalityProvider {
    @Override
    public Catalog catalog() {
      return new FictionalProvider().catalog();
    }
  }

  private static MunicipalityProviderContract contract(MunicipalityProvider p, String now, Period age) {
    return new MunicipalityProviderContract() {
      @Override
      public MunicipalityProvider provider() {
        return p;
      }

      @Override
      public Clock clock() {
        return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
      }

      @Override
      public Period maximumDataAge() {
        return age;
      }
    };
  }

  private static void failsWith(String id, Runnable check) {
    assertThatThrownBy(check::run).isInstanceOfSatisfying(ConformanceFailure.class,
        f -> {
          assertThat(f.checkId()).isEqualTo(id);
          assertThat(f.getMessage()).startsWith("[" + id + "]").contains("Fix:");
        });
  }

  @Test
  void unregisteredProviderFailsDiscovery() {
    failsWith("RC01", contract(new Unregistered(), "2026-06-01T00:00:00Z", Period.ofYears(2))::rc01RegisteredForTheClassPathAndTheModulePath);
  }

  /** A catalog whose county did not exist through its number periods. */
  private static MunicipalityProvider withCounty(String number, String name) {
    return () -> {
      Catalog c = new FictionalProvider().catalog();
      var m = c.municipality();
      var numbers = new java.util.ArrayList<no.rusomsorg.core.municipality.NumberPeriod>();
      for (var p : m.numbers()) {
        numbers.add(no.rusomsorg.core.municipality.NumberPeriod.of(
            no.rusomsorg.core.municipality.MunicipalityNumber.of(number + p.number().value().substring(2)),
            no.rusomsorg.core.municipality.County.of(number, name), p.validity()));
      }
      return no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(c).withMunicipality(
          no.rusomsorg.core.municipality.ImmutableMunicipality.copyOf(m).withNumbers(numbers));
    };
  }

  @Test
  void aCountyThatDidNotExistFails() {
    // Vest-Agder (10) ended on 2019-12-31; the fictional municipality's numbers run past it.
    failsWith("RC12", contract(withCounty("10", "Vest-Agder"), "2026-06-01T00:00:00Z", Period.ofYears(2))
        ::rc12CountiesAgreeWithTheOfficialList);
    // A county with another name than its official one cannot even be made (see MunicipalityTest).
    contract(withCounty("11", "Rogaland"), "2026-06-01T00:00:00Z", Period.ofYears(2)).rc12CountiesAgreeWithTheOfficialList();
  }

  @Test
  void aCriterionCitingASourceTheCatalogLacksFails() {
    MunicipalityProvider lacking = () -> withFirstEligibility(no.rusomsorg.core.eligibility.Criterion.all(
        no.rusomsorg.core.eligibility.Criterion.minimumAge(18),
        new no.rusomsorg.core.eligibility.Criterion.Homeless(no.rusomsorg.core.eligibility.Basis.source("not-listed"))));
    failsWith("RC13", contract(lacking, "2026-06-01T00:00:00Z", Period.ofYears(2))::rc13CriteriaCiteSourcesOfTheCatalog);
    contract(new FictionalProvider(), "2026-06-01T00:00:00Z", Period.ofYears(2)).rc13CriteriaCiteSourcesOfTheCatalog();
  }

  /** ADR 0018: a leaf without a basis cites the service's own sources, so no other source must be listed. */
  @Test
  void defaultBasesNeedNoSourceBeyondTheServicesOwn() {
    MunicipalityProvider defaults = () -> {
      Catalog c = withFirstEligibility(no.rusomsorg.core.eligibility.Criterion.all(
          no.rusomsorg.core.eligibility.Criterion.minimumAge(18), no.rusomsorg.core.eligibility.Criterion.homeless(),
          no.rusomsorg.core.eligibility.Criterion.proxyWithPowerOfAttorney()));
      return no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(c).withServices(c.services().get(0))
          .withSources(c.sources().stream().filter(s -> !s.id().equals("standard-tjenestebeskrivelse")).toList());
    };
    contract(defaults, "2026-06-01T00:00:00Z", Period.ofYears(2)).rc13CriteriaCiteSourcesOfTheCatalog();
  }

  private static Catalog withFirstEligibility(no.rusomsorg.core.eligibility.Criterion eligibility) {
    Catalog c = new FictionalProvider().catalog();
    java.util.List<no.rusomsorg.core.service.Service> services = new java.util.ArrayList<>(c.services());
    services.set(0, no.rusomsorg.core.service.ImmutableService.copyOf(services.get(0)).withEligibility(eligibility));
    return no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(c).withServices(services);
  }

  @Test
  void aCoercionServiceWithTheOrdinaryDecisionRouteFails() {
    MunicipalityProvider withRoute = () -> {
      Catalog c = new FictionalProvider().catalog();
      no.rusomsorg.core.service.Service any = c.services().get(0);
      no.rusomsorg.core.service.Service coercion = no.rusomsorg.core.service.ImmutableService.copyOf(any)
          .withId(any.id() + "-coercion")
          .withLegalBasis(no.rusomsorg.core.law.LegalReference.of(no.rusomsorg.core.law.Act.HELSE_OG_OMSORGSTJENESTELOVEN,
              "10-2"))
          .withComplaintInfo(no.rusomsorg.core.service.PublishedComplaintInfo.builder()
              .subject(no.rusomsorg.core.service.ComplaintSubject.DECISION).body("Statsforvalteren")
              .sourceId(c.sources().get(0).id()).build());
      java.util.List<no.rusomsorg.core.service.Service> services = new java.util.ArrayList<>(c.services());
      services.add(coercion);
      return no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(c).withServices(services);
    };
    failsWith("RC14", contract(withRoute, "2026-06-01T00:00:00Z", Period.ofYears(2))::rc14CoercionServicesCarryNoDecisionComplaintRoute);
    contract(new FictionalProvider(), "2026-06-01T00:00:00Z", Period.ofYears(2)).rc14CoercionServicesCarryNoDecisionComplaintRoute();
  }

  @Test
  void staleDataFailsFreshness() {
    failsWith("RC10", contract(new FictionalProvider(), "2030-01-01T00:00:00Z", Period.ofYears(2))::rc10DataVerifiedRecently);
  }

  @Test
  void throwingProviderFailsWithTheCheckId() {
    MunicipalityProvider broken = () -> {
      throw new IllegalStateException("broken data");
    };
    failsWith("RC03", contract(broken, "2026-06-01T00:00:00Z", Period.ofYears(2))::rc03CatalogLoadsAndIsStable);
    failsWith("RC05", contract(broken, "2026-06-01T00:00:00Z", Period.ofYears(2))::rc05JsonRoundTrip);
  }

  @Test
  void unstableCatalogFails() {
    MunicipalityProvider unstable = new MunicipalityProvider() {
      private int calls;

      @Override
      public Catalog catalog() {
        Catalog c = new FictionalProvider().catalog();
        return calls++ == 0 ? c : no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(c).withDataVersion("other");
      }
    };
    failsWith("RC03", contract(unstable, "2026-06-01T00:00:00Z", Period.ofYears(2))::rc03CatalogLoadsAndIsStable);
  }

  @Test
  void publishedComplaintMismatchesAreReportedNotFailed() {
    java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
    org.junit.jupiter.api.TestReporter reporter = new org.junit.jupiter.api.TestReporter() {
      @Override
      public void publishEntry(java.util.Map<String, String> map) {
        entries.putAll(map);
      }
    };
    contract(new FictionalProvider(), "2026-06-01T00:00:00Z", Period.ofYears(2))
        .rc11PublishedComplaintInformationComparedWithTheLaw(reporter);
    assertThat(entries).containsKeys("RC11 fjellvik.counsellor DEADLINE_DIFFERS", "RC11 fjellvik.counsellor BODY_NAME_OUTDATED");
  }
}
