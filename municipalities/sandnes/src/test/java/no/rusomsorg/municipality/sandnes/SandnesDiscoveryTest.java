package no.rusomsorg.municipality.sandnes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

/** The plugin is found on the class path through META-INF/services and answers for both its numbers. */
class SandnesDiscoveryTest {

  @Test
  void discoveredOnTheClassPath() {
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    assertThat(registry.providers()).anySatisfy(p -> {
      assertThat(p.provider()).isInstanceOf(SandnesProvider.class);
      assertThat(p.name()).isEqualTo("sandnes");
      assertThat(p.catalog().municipality().id()).isEqualTo("sandnes");
    });
    assertThat(registry.problems()).isEmpty();
  }

  @Test
  void theSameCatalogEveryTime() {
    assertThat(new SandnesProvider().catalog()).isSameAs(new SandnesProvider().catalog());
  }

  @Test
  void oldAndNewNumbersFindSandnes() {
    var directory = MunicipalityRegistry.discover().directory();
    MunicipalityLookup old = directory.lookup("1102", LocalDate.of(2026, 3, 2));
    assertThat(old).isInstanceOfSatisfying(MunicipalityLookup.Found.class,
        f -> assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1108")));
    MunicipalityLookup before = directory.lookup("1108", LocalDate.of(2019, 12, 31));
    assertThat(before).isInstanceOfSatisfying(MunicipalityLookup.Found.class,
        f -> assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1102")));
  }
}
