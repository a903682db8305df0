package no.rusomsorg.municipality.sogne;

import java.util.List;
import no.rusomsorg.testing.NullContract;
import no.rusomsorg.testing.NullContractTestBase;

/**
 * The null and error contract of the Søgne plugin (docs/adr/0022), checked by {@link NullContractTestBase}.
 */
class SogneNullContractTest extends NullContractTestBase {
  @Override
  protected NullContract contract() {
    return NullContract.ofModuleOf(SogneProvider.class)
        .seed(new SogneProvider());
  }

  @Override
  protected List<String> expectedPackages() {
    return List.of("no.rusomsorg.municipality.sogne");
  }
}
