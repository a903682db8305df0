package no.rusomsorg.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.register.baseline.StandardServiceDescription;
import no.rusomsorg.testing.NullContract;
import org.junit.jupiter.api.Test;

/**
 * The null and error contract of the national register module (docs/adr/0022): every exported package is
 * {@code @NullMarked}, no public method takes an {@code Optional}, and a null argument is a
 * {@link NullPointerException} that names the parameter.
 */
class RegisterNullContractTest {
  static NullContract contract() {
    return NullContract.ofModuleOf(NationalRegister.class)
        .seed(NationalRegister.standard(), StandardServiceDescription.of("baseline", "unit", LocalDate.of(2024, 1, 1)));
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).contains("no.rusomsorg.register", "no.rusomsorg.register.baseline");
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
