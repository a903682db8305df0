package no.rusomsorg.municipality.sogne;

import static org.assertj.core.api.Assertions.assertThat;

import no.rusomsorg.testing.NullContract;
import org.junit.jupiter.api.Test;

/**
 * The null and error contract of the Søgne plugin (docs/adr/0022): every exported package is
 * {@code @NullMarked}, no public method takes an {@code Optional}, and a null argument is a
 * {@link NullPointerException} that names the parameter.
 */
class SogneNullContractTest {
  static NullContract contract() {
    return NullContract.ofModuleOf(SogneProvider.class)
        .seed(new SogneProvider());
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).contains("no.rusomsorg.municipality.sogne");
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
