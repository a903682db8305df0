package no.rusomsorg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import no.rusomsorg.testing.NullContract;
import no.rusomsorg.testing.NullContractTestBase;

/**
 * The null and error contract of the spi module (application API and plugin contract) (docs/adr/0022), checked by {@link NullContractTestBase}.
 */
class SpiNullContractTest extends NullContractTestBase {
  /** The date the checker gives every {@code LocalDate} parameter; the samples are found on it. */
  private static final LocalDate SAMPLE_DATE = LocalDate.of(2024, 1, 1);

  @Override
  protected NullContract contract() {
    MunicipalityRegistry registry =
        MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ElvestadProvider()).build();
    MunicipalityLookup fjellvik = registry.directory().lookup("fjellvik", SAMPLE_DATE);
    assertThat(fjellvik).isInstanceOf(MunicipalityLookup.Found.class);
    return NullContract.ofModuleOf(MunicipalityRegistry.class)
        .seed(registry)
        .sample(MunicipalityRegistry.Builder.class, MunicipalityRegistry::builder)
        .sample(MunicipalityLookup.Found.class, () -> (MunicipalityLookup.Found) fjellvik)
        .sample(MunicipalityLookup.Existing.class, () -> (MunicipalityLookup.Existing) fjellvik)
        .sample(MunicipalityLookup.class, () -> fjellvik)
        .sample(MunicipalityLookup.NationalBaseline.class,
            () -> (MunicipalityLookup.NationalBaseline) registry.directory().lookup("0301", SAMPLE_DATE))
        .sample(no.rusomsorg.register.RegisteredMunicipality.class,
            () -> ((MunicipalityLookup.NationalBaseline) registry.directory().lookup("0301", SAMPLE_DATE)).registered())
        .sample(PersonFacts.class, () -> PersonFacts.builder().build());
  }

  @Override
  protected List<String> expectedPackages() {
    return List.of("no.rusomsorg.api", "no.rusomsorg.spi");
  }
}
