package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import no.rusomsorg.testing.NullContract;
import org.junit.jupiter.api.Test;

/**
 * The null and error contract of the conformance kit (docs/adr/0022): every exported package is
 * {@code @NullMarked}, no public method takes an {@code Optional}, and a null argument is a
 * {@link NullPointerException} that names the parameter.
 */
class ConformanceNullContractTest {
  static NullContract contract() {
    return NullContract.ofModuleOf(ConformanceFailure.class)
        .seed(new FictionalProvider())
        .exempt("MunicipalityProviderContract#rc11PublishedComplaintInformationComparedWithTheLaw",
            "a JUnit test method: JUnit supplies the TestReporter, no caller passes it");
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).contains("no.rusomsorg.conformance", "no.rusomsorg.conformance.scenario");
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
