package no.rusomsorg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The null and error contract of one module (docs/adr/0022) as four tests: every exported package is
 * {@code @NullMarked}, every exported package is checked (none left as "not yet covered"), no public
 * method takes an {@code Optional}, and a null argument is a {@link NullPointerException} that names the
 * parameter.
 *
 * <p>A module's test extends this class and says only what differs: the {@link NullContract} with its
 * seeds, samples and exemptions, and two packages it expects among the exported ones (so that the check
 * cannot silently run over the wrong module).
 */
public abstract class NullContractTestBase {
  /**
   * The contract of the module, with its seeds, samples and exemptions.
   *
   * @return a fresh contract
   */
  protected abstract NullContract contract();

  /**
   * Packages that must be among the module's exported ones.
   *
   * @return the expected packages
   */
  protected abstract List<String> expectedPackages();

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).containsAll(expectedPackages());
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
