package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.register.baseline.StandardServiceDescription;
import no.rusomsorg.testing.NullContract;
import no.rusomsorg.testing.NullContractTestBase;

/**
 * The null and error contract of the national register module (docs/adr/0022), checked by {@link NullContractTestBase}.
 */
class RegisterNullContractTest extends NullContractTestBase {
  @Override
  protected NullContract contract() {
    return NullContract.ofModuleOf(NationalRegister.class)
        .seed(NationalRegister.standard(), StandardServiceDescription.of("baseline", "unit", LocalDate.of(2024, 1, 1)));
  }

  @Override
  protected List<String> expectedPackages() {
    return List.of("no.rusomsorg.register", "no.rusomsorg.register.baseline");
  }
}
