package no.rusomsorg.examples.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

class FjordbyTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  @Test
  void discoveredAndServedFromTheStandardDescription() {
    var directory = MunicipalityRegistry.builder().discover().build().directory();
    var lookup = directory.lookup("1199", DATE);
    assertThat(lookup).isInstanceOf(MunicipalityLookup.Found.class);
    var catalog = ((MunicipalityLookup.Found) lookup).catalog();
    assertThat(catalog.municipality().name()).isEqualTo("Fjordby");
    assertThat(catalog.services()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.unitIds()).containsExactly(FjordbyProvider.UNIT));
  }

  @Test
  void theStandardTargetGroupDecidesEligibility() {
    var directory = MunicipalityRegistry.builder().add(new FjordbyProvider()).build().directory();
    var fjordby = (MunicipalityLookup.Found) directory.lookup("Fjordby", DATE);
    PersonFacts adultStaying = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1))
        .municipalityRelation(MunicipalityRelation.PRESENT).substanceProblem(true).build();
    PersonFacts seventeen = PersonFacts.builder().birthDate(DATE.minusYears(17))
        .municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).substanceProblem(true).relative(false).build();
    // issue 13: being 18 and living there is not the description's target group
    PersonFacts noProblem = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1))
        .municipalityRelation(MunicipalityRelation.PRESENT).substanceProblem(false).relative(false).pregnant(false).build();
    var verdicts = directory.eligibility(fjordby, adultStaying);
    assertThat(verdicts).anySatisfy(v -> assertThat(v.verdict().map(x -> x.outcome())).contains(Outcome.ELIGIBLE));
    assertThat(directory.eligibility(fjordby, seventeen))
        .filteredOn(v -> v.verdict().isPresent())
        .noneSatisfy(v -> assertThat(v.verdict().get().outcome()).isEqualTo(Outcome.ELIGIBLE));
    assertThat(directory.eligibility(fjordby, noProblem))
        .filteredOn(v -> v.verdict().isPresent())
        .noneSatisfy(v -> assertThat(v.verdict().get().outcome()).isEqualTo(Outcome.ELIGIBLE));
  }
}
