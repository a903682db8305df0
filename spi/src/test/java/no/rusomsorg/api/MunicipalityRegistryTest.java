package no.rusomsorg.api;

import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.spi.JsonMunicipalityProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.api.MunicipalityLookup.Found;
import no.rusomsorg.api.MunicipalityLookup.Merged;
import no.rusomsorg.api.MunicipalityLookup.NotYetEstablished;
import no.rusomsorg.api.MunicipalityLookup.Unknown;
import no.rusomsorg.api.ProviderException.Reason;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import org.junit.jupiter.api.Test;

class MunicipalityRegistryTest {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private static MunicipalityRegistry both() {
    return MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ElvestadProvider()).build();
  }

  @Test
  void discoversProvidersOnTheClassPath() {
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    assertThat(registry.providers()).extracting(MunicipalityRegistry.LoadedProvider::name)
        .containsExactly(FjellvikProvider.class.getName());
    assertThat(registry.problems()).isEmpty();
  }

  @Test
  void orderIsByProviderNameWhateverTheRegistrationOrder() {
    MunicipalityRegistry a = MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ElvestadProvider()).build();
    MunicipalityRegistry b = MunicipalityRegistry.builder().add(new ElvestadProvider()).add(new FjellvikProvider()).build();
    assertThat(a.providers()).extracting(MunicipalityRegistry.LoadedProvider::name)
        .containsExactlyElementsOf(b.providers().stream().map(MunicipalityRegistry.LoadedProvider::name).toList())
        .isSorted();
  }

  @Test
  void oldNumbersFindTheMunicipality() {
    MunicipalityDirectory dir = both().directory();
    MunicipalityLookup old = dir.lookup("1198", LocalDate.of(2026, 1, 1));
    assertThat(old).isInstanceOfSatisfying(Found.class,
        f -> assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1199")));
    MunicipalityLookup then = dir.lookup("1198", LocalDate.of(2014, 12, 31));
    assertThat(then).isInstanceOfSatisfying(Found.class,
        f -> assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1198")));
  }

  @Test
  void aMergedMunicipalityAnswersWithItsSuccessor() {
    MunicipalityDirectory dir = both().directory();
    MunicipalityLookup before = dir.lookup("Elvestad", LocalDate.of(2014, 12, 31));
    assertThat(before).isInstanceOf(Found.class);
    MunicipalityLookup after = dir.lookup("elvestad", LocalDate.of(2015, 1, 1));
    assertThat(after).isInstanceOfSatisfying(Merged.class, m -> {
      assertThat(m.successor().number()).isEqualTo(MunicipalityNumber.of("1199"));
      assertThat(m.successor().from()).isEqualTo(LocalDate.of(2015, 1, 1));
      assertThat(m.successorLookup()).isInstanceOfSatisfying(Found.class,
          f -> assertThat(f.municipality().name()).isEqualTo("Fjellvik"));
    });
  }

  @Test
  void unknownAndNotYetEstablished() {
    MunicipalityDirectory dir = both().directory();
    assertThat(dir.lookup("0999", LocalDate.of(2020, 1, 1))).isEqualTo(new Unknown("0999", LocalDate.of(2020, 1, 1)));
    assertThat(dir.lookup("Fjellvik", LocalDate.of(1950, 1, 1))).isInstanceOf(NotYetEstablished.class);
    assertThatThrownBy(() -> dir.lookup(" ", LocalDate.of(2020, 1, 1))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> dir.lookup("12345", LocalDate.of(2020, 1, 1))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> dir.lookup("1198", null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void servicesByKindRespectTheirValidity() {
    MunicipalityDirectory dir = both().directory();
    assertThat(dir.servicesOfKind(ServiceKind.LAR, LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(dir.servicesOfKind(ServiceKind.LAR, LocalDate.of(2020, 1, 1)))
        .extracting(s -> s.service().id()).containsExactly("fjellvik.lar");
  }

  @Test
  void contactsAtSayWhetherOpenAndWhatToDoOtherwise() {
    MunicipalityDirectory dir = both().directory();
    Found c = (Found) dir.lookup("Fjellvik", LocalDate.of(2026, 4, 1));
    var service = c.service("fjellvik.counsellor").orElseThrow();
    // Wednesday 1 April 2026, 10:00: open
    assertThat(dir.contactsAt(c, service, ZonedDateTime.of(2026, 4, 1, 10, 0, 0, 0, OSLO)))
        .allMatch(ContactAdvice::openNow);
    // Good Friday 3 April 2026, 10:00: closed; next opening Tuesday 7 April 09:00 (Easter Monday closed)
    List<ContactAdvice> goodFriday = dir.contactsAt(c, service, ZonedDateTime.of(2026, 4, 3, 10, 0, 0, 0, OSLO));
    assertThat(goodFriday).singleElement().satisfies(a -> {
      assertThat(a.openNow()).isFalse();
      assertThat(a.nextOpening()).contains(ZonedDateTime.of(2026, 4, 7, 9, 0, 0, 0, OSLO));
      assertThat(a.fallback()).isPresent();
    });
  }

  @Test
  void twoProvidersClaimingTheSameNumberFailNamingBoth() {
    MunicipalityProvider copy = new MunicipalityProvider() {
      @Override
      public Catalog catalog() {
        return new FjellvikProvider().catalog();
      }

      @Override
      public String name() {
        return "copy-of-fjellvik";
      }
    };
    assertThatThrownBy(() -> MunicipalityRegistry.builder().add(new FjellvikProvider()).add(copy).build())
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_MUNICIPALITY);
          assertThat(e.getMessage()).contains("copy-of-fjellvik").contains(FjellvikProvider.class.getName());
        });
  }

  @Test
  void aThrowingProviderIsReportedByNameAndNothingIsHalfLoaded() {
    MunicipalityProvider broken = new MunicipalityProvider() {
      @Override
      public Catalog catalog() {
        throw new IllegalStateException("boom");
      }

      @Override
      public String name() {
        return "broken";
      }
    };
    assertThatThrownBy(() -> MunicipalityRegistry.builder().add(new FjellvikProvider()).add(broken).build())
        .isInstanceOfSatisfying(ProviderException.class, e -> {
          assertThat(e.providerName()).isEqualTo("broken");
          assertThat(e.reason()).isEqualTo(Reason.PROVIDER_THREW);
        });
    MunicipalityRegistry lenient = MunicipalityRegistry.builder().add(new FjellvikProvider()).add(broken).lenient().build();
    assertThat(lenient.providers()).hasSize(1);
    assertThat(lenient.problems()).singleElement().extracting(ProviderException::providerName).isEqualTo("broken");
  }

  @Test
  void invalidJsonIsReportedWithTheJsonPath() {
    JsonMunicipalityProvider bad = new JsonMunicipalityProvider(getClass(), "/bad-catalog.json") {};
    assertThatThrownBy(bad::catalog).isInstanceOfSatisfying(ProviderException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.INVALID_DATA);
      assertThat(e.field()).hasValueSatisfying(f -> assertThat(f).startsWith("$.units[0]"));
    });
    JsonMunicipalityProvider missing = new JsonMunicipalityProvider(getClass(), "/no-such.json") {};
    assertThatThrownBy(missing::catalog).isInstanceOf(ProviderException.class);
  }

  @Test
  void concurrentQueriesAgree() throws Exception {
    MunicipalityDirectory dir = both().directory();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> tasks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        LocalDate d = LocalDate.of(2010, 1, 1).plusDays(i * 37L);
        tasks.add(() -> d + ":" + dir.lookup("1197", d) + ":" + dir.lookup("1198", d));
      }
      List<String> expected = new ArrayList<>();
      for (Callable<String> t : tasks) {
        expected.add(t.call());
      }
      List<String> actual = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(tasks)) {
        actual.add(f.get());
      }
      assertThat(actual).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eligibilityGivesAVerdictPerServiceWithACriterion() {
    MunicipalityDirectory dir = both().directory();
    Found c = (Found) dir.lookup("Fjellvik", LocalDate.of(2026, 4, 1));
    LocalDate date = LocalDate.of(2026, 4, 1);
    var adult = no.rusomsorg.core.eligibility.PersonFacts.builder().birthDate(LocalDate.of(2008, 4, 1)).build();
    var minor = no.rusomsorg.core.eligibility.PersonFacts.builder().birthDate(LocalDate.of(2008, 4, 2)).build();
    var unknown = no.rusomsorg.core.eligibility.PersonFacts.empty();
    assertThat(dir.eligibility(c, adult)).filteredOn(v -> v.service().id().equals("fjellvik.counsellor"))
        .singleElement().satisfies(v -> assertThat(v.verdict().orElseThrow().outcome())
            .isEqualTo(no.rusomsorg.core.eligibility.Outcome.ELIGIBLE));
    assertThat(dir.eligibility(c, minor)).filteredOn(v -> v.service().id().equals("fjellvik.counsellor"))
        .singleElement().satisfies(v -> assertThat(v.verdict().orElseThrow().outcome())
            .isEqualTo(no.rusomsorg.core.eligibility.Outcome.NOT_ELIGIBLE));
    assertThat(dir.eligibility(c, unknown)).filteredOn(v -> v.service().id().equals("fjellvik.counsellor"))
        .singleElement().satisfies(v -> assertThat(v.verdict().orElseThrow().missingFacts()).isNotEmpty());
    assertThat(dir.eligibility(c, adult)).filteredOn(v -> v.service().id().equals("fjellvik.lar"))
        .singleElement().satisfies(v -> assertThat(v.verdict()).isEmpty());
  }

  @Test
  void complaintRouteUsesTheNamesValidOnTheDate() {
    MunicipalityDirectory dir = both().directory();
    Found c = (Found) dir.lookup("Fjellvik", LocalDate.of(2026, 4, 1));
    var service = c.service("fjellvik.counsellor").orElseThrow();
    Found on2020 = (Found) dir.lookup("Fjellvik", LocalDate.of(2020, 12, 31));
    Found on2021 = (Found) dir.lookup("Fjellvik", LocalDate.of(2021, 1, 1));
    var in2020 = dir.complaintRoute(on2020, on2020.service(service.id()).orElseThrow(),
        no.rusomsorg.core.service.ComplaintSubject.DECISION);
    var in2021 = dir.complaintRoute(on2021, on2021.service(service.id()).orElseThrow(),
        no.rusomsorg.core.service.ComplaintSubject.DECISION, LocalDate.of(2021, 1, 1));
    assertThat(in2020.regime()).isEqualTo(no.rusomsorg.core.complaint.ComplaintRegime.PBRL);
    assertThat(in2020.toString() + in2020.steps()).contains("Fylkesmannen i Rogaland");
    assertThat(in2021.steps().toString()).contains("Statsforvalteren i Rogaland").doesNotContain("Fylkesmannen");
  }

  @Test
  void publishedComplaintInformationIsComparedWithTheLaw() {
    MunicipalityDirectory dir = both().directory();
    Found c = (Found) dir.lookup("Fjellvik", LocalDate.of(2026, 4, 1));
    var service = c.service("fjellvik.counsellor").orElseThrow();
    Found on2026 = (Found) dir.lookup("Fjellvik", LocalDate.of(2026, 1, 1));
    assertThat(dir.complaintDiscrepancies(on2026, service))
        .extracting(d -> d.kind().name())
        .contains("DEADLINE_DIFFERS", "BODY_NAME_OUTDATED");
  }
}
