package no.rusomsorg.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.authority.County;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.casework.ApplicationCase;
import no.rusomsorg.core.casework.ComplaintCase;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.testing.NullContract;
import org.junit.jupiter.api.Test;

/**
 * The null and error contract of the core module (docs/adr/0022): every exported package is
 * {@code @NullMarked}, no public method takes an {@code Optional}, and a null argument is a
 * {@link NullPointerException} that names the parameter.
 */
class CoreNullContractTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

  static NullContract contract() {
    return NullContract.ofModuleOf(Catalog.class)
        .seed(SandnesFixture.catalog())
        .sample(ApplicationCase.class,
            () -> ApplicationCase.receive(DAY, ComplaintRegime.FVL_MUNICIPAL, ApplicationCase.Applicant.SELF, false))
        .sample(ComplaintCase.class, () -> ComplaintCase.file(ComplaintRegime.FVL_MUNICIPAL, DAY, DAY, DAY))
        .sample(MunicipalityRef.class, () -> MunicipalityRef.of("Sandnes", County.ROGALAND))
        .sample(InvalidValueException.class,
            () -> new InvalidValueException("field", InvalidValueException.Rule.REQUIRED, "sample"));
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    NullContract contract = contract();
    assertThat(contract.exportedPackages()).contains("no.rusomsorg.core", "no.rusomsorg.core.calendar");
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
