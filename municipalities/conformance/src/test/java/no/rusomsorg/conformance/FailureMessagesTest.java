package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import no.rusomsorg.core.contact.ImmutableUnit;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.Test;

/**
 * Each conformance failure says which check failed, what it found (naming the element concerned) and
 * what to do; the message carries all three. {@link ContractFailuresTest} covers RC03, RC05, RC10 and
 * RC12–RC14 the same way, {@link RegistrationCheckTest} RC01.
 */
class FailureMessagesTest {

  private static MunicipalityProviderContract contract(UnaryOperator<Catalog> change) {
    MunicipalityProvider p = () -> change.apply(new FictionalProvider().catalog());
    return () -> p;
  }

  private static ConformanceFailure failure(Runnable check) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> {
      try {
        check.run();
      } catch (Throwable t) {
        thrown[0] = t;
        throw t;
      }
    }).isInstanceOf(ConformanceFailure.class);
    ConformanceFailure f = (ConformanceFailure) thrown[0];
    assertThat(f.getMessage()).isEqualTo("[" + f.checkId() + "] " + f.found() + " Fix: " + f.fix());
    return f;
  }

  private static Catalog withService(Catalog c, UnaryOperator<ImmutableService> change) {
    List<Service> services = new ArrayList<>(c.services());
    services.set(0, change.apply(ImmutableService.copyOf(services.get(0))));
    return ImmutableCatalog.copyOf(c).withServices(services);
  }

  @Test
  void rc04NamesTheIdsThatAreGone() {
    ConformanceFailure f = failure(contract(c -> ImmutableCatalog.copyOf(c)
        .withServices(c.services().stream().filter(s -> !s.id().equals("fjellvik.counsellor")).toList()))
        ::rc04PublishedIdsStillExist);
    assertThat(f.checkId()).isEqualTo("RC04");
    assertThat(f.found()).contains("[fjellvik.counsellor]");
    assertThat(f.fix()).contains("end a service's validity");
  }

  @Test
  void rc07NamesTheServiceWithoutAContactPoint() {
    ConformanceFailure f = failure(contract(c -> ImmutableCatalog.copyOf(c).withUnits(
        c.units().stream().map(u -> ImmutableUnit.copyOf(u).withContactPoints(List.of())).toList()))
        ::rc07ServicesHaveContactAndSource);
    assertThat(f.checkId()).isEqualTo("RC07");
    assertThat(f.found()).startsWith("service '").contains("has no unit with a contact point");
    assertThat(f.fix()).contains("unitIds");
  }

  @Test
  void rc08NamesTheServiceOutsideTheMunicipalitysValidity() {
    ConformanceFailure f = failure(contract(c -> withService(c, s -> s.withValidity(
        Validity.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31)))))
        ::rc08ServicesValidInsideTheirValidity);
    assertThat(f.checkId()).isEqualTo("RC08");
    assertThat(f.found()).contains("is valid only outside the municipality's validity");
    assertThat(f.fix()).contains("overlap");
  }

  @Test
  void theFailureRefusesAnEmptyFindingOrFix() {
    assertThatThrownBy(() -> new ConformanceFailure("RC01", " ", "do it")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConformanceFailure("RC01", "found", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConformanceFailure("X", "found", "fix")).isInstanceOf(IllegalArgumentException.class);
  }
}
