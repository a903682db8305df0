package no.rusomsorg.conformance;

import java.util.List;
import no.rusomsorg.testing.NullContract;
import no.rusomsorg.testing.NullContractTestBase;

/**
 * The null and error contract of the conformance kit (docs/adr/0022), checked by {@link NullContractTestBase}.
 */
class ConformanceNullContractTest extends NullContractTestBase {
  @Override
  protected NullContract contract() {
    return NullContract.ofModuleOf(ConformanceFailure.class)
        .seed(new FictionalProvider())
        .exempt("MunicipalityProviderContract#rc11PublishedComplaintInformationComparedWithTheLaw",
            "a JUnit test method: JUnit supplies the TestReporter, no caller passes it");
  }

  @Override
  protected List<String> expectedPackages() {
    return List.of("no.rusomsorg.conformance", "no.rusomsorg.conformance.scenario");
  }
}
