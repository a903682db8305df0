package no.rusomsorg.municipality.sandnes;

import java.util.List;
import no.rusomsorg.testing.NullContract;
import no.rusomsorg.testing.NullContractTestBase;

/**
 * The null and error contract of the Sandnes plugin (docs/adr/0022), checked by {@link NullContractTestBase}.
 */
class SandnesNullContractTest extends NullContractTestBase {
  @Override
  protected NullContract contract() {
    return NullContract.ofModuleOf(SandnesProvider.class)
        .seed(new SandnesProvider());
  }

  @Override
  protected List<String> expectedPackages() {
    return List.of("no.rusomsorg.municipality.sandnes");
  }
}
