package no.rusomsorg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import no.rusomsorg.testing.NullContract;
import org.junit.jupiter.api.Test;

/**
 * The null and error contract of the spi module (application API and plugin contract) (docs/adr/0022): every exported package is
 * {@code @NullMarked}, no public method takes an {@code Optional}, and a null argument is a
 * {@link NullPointerException} that names the parameter.
 */
class SpiNullContractTest {
  /** The date the checker gives every {@code LocalDate} parameter; the samples are found on it. */
  private static final LocalDate SAMPLE_DATE = LocalDate.of(2024, 1, 1);

  static NullContract contract() {
    MunicipalityRegistry registry =
        MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ElvestadProvider()).build();
    MunicipalityLookup fjellvik = registry.directory().lookup("fjellvik", SAMPLE_DATE);
    assertThat(fjellvik).isInstanceOf(MunicipalityLookup.Found.class);
    return NullContract.ofModuleOf(MunicipalityRegistry.class)
        .seed(registry)
        .sample(MunicipalityRegistry.Builder.class, MunicipalityRegistry::builder)
        .sample(MunicipalityLookup.Found.class, () -> (MunicipalityLookup.Found) fjellvik)
        .sample(MunicipalityLookup.class, () -> fjellvik)
        .sample(PersonFacts.class, () -> PersonFacts.builder().build());
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).contains("no.rusomsorg.api", "no.rusomsorg.spi");
    assertThat(contract.packagesWithoutNullMarked()).isEmpty();
  }

  @Test
  void everyExportedPackageIsCovered() {
    assertThat(contract().pending()).isEmpty();
  }

  @Test
  void noPublicMethodTakesAnOptional() {
    assertThat(contract().optionalParameters()).isEmpty();
  }

  @Test
  void aNullArgumentIsANullPointerExceptionNamingTheParameter() {
    NullContract contract = contract();
    System.out.println(contract.summary());
    assertThat(contract.nullViolations()).isEmpty();
  }
}
