package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;
import org.junit.jupiter.api.Test;

/** The fictional range never meets a real municipality, and the kit's own fixtures stay inside it. */
class FictionalNumbersTest {

  @Test
  void noMunicipalityInTheNationalRegisterEverHadAFictionalNumber() {
    Set<String> real = NationalRegister.standard().all().stream().map(RegisteredMunicipality::number)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(real).hasSizeGreaterThan(400).contains("1102", "1108", "1601", "4204");
    Set<String> fictional = FictionalNumbers.all().stream().map(MunicipalityNumber::value).collect(Collectors.toSet());
    assertThat(fictional).hasSize(10).contains("1190", "1199");
    assertThat(real).doesNotContainAnyElementsOf(fictional);
  }

  @Test
  void theBoundsAreInclusive() {
    assertThat(FictionalNumbers.contains(MunicipalityNumber.of("1189"))).isFalse();
    assertThat(FictionalNumbers.contains(MunicipalityNumber.of("1190"))).isTrue();
    assertThat(FictionalNumbers.contains(MunicipalityNumber.of("1199"))).isTrue();
    assertThat(FictionalNumbers.contains(MunicipalityNumber.of("1200"))).isFalse();
    assertThat(FictionalNumbers.contains(MunicipalityNumber.of("1108"))).isFalse();
  }

  @Test
  void theKitsFictionalMunicipalityUsesFictionalNumbers() {
    assertThat(new FictionalProvider().catalog().municipality().numbers())
        .allSatisfy(p -> assertThat(FictionalNumbers.contains(p.number())).as("%s", p.number()).isTrue());
  }
}
