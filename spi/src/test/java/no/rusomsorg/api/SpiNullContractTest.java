package no.rusomsorg.api;

import static org.assertj.core.api.Assertions.assertThat;

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
  static NullContract contract() {
    return NullContract.ofModuleOf(MunicipalityRegistry.class)
        .seed(MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ElvestadProvider()).build())
        .sample(MunicipalityRegistry.Builder.class, MunicipalityRegistry::builder)
        // to do: MunicipalityLookup, ContactAdvice and ServiceVerdict take Optionals, and the directory and
        // ProviderException do not yet check their arguments; the lookup branch is replacing the lookup
        // result with a sealed type now (issue #14), so this package is made clean after that merges
        .notYetCovered("no.rusomsorg.api", "reworked by the lookup branch (sealed lookup result, issue #14)");
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).contains("no.rusomsorg.api", "no.rusomsorg.spi");
    assertThat(contract.packagesWithoutNullMarked()).isEmpty();
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
