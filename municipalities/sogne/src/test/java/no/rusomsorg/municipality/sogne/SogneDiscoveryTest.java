package no.rusomsorg.municipality.sogne;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

/** The JSON plugin is found on the class path and knows that Søgne merged into Kristiansand. */
class SogneDiscoveryTest {

  @Test
  void discoveredOnTheClassPath() {
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    assertThat(registry.providers()).anySatisfy(p -> {
      assertThat(p.provider()).isInstanceOf(SogneProvider.class);
      assertThat(p.name()).isEqualTo("sogne");
      assertThat(p.catalog().municipality().name()).isEqualTo("Søgne");
    });
  }

  @Test
  void mergedIntoKristiansandFrom2020() {
    var directory = MunicipalityRegistry.discover().directory();
    MunicipalityLookup before = directory.lookup("1018", LocalDate.of(2019, 12, 31));
    assertThat(before).isInstanceOf(MunicipalityLookup.Found.class);
    MunicipalityLookup after = directory.lookup("Søgne", LocalDate.of(2020, 1, 1));
    assertThat(after).isInstanceOfSatisfying(MunicipalityLookup.Merged.class, m -> {
      assertThat(m.successor().number()).isEqualTo(MunicipalityNumber.of("4204"));
      assertThat(m.successor().name()).isEqualTo("Kristiansand");
    });
  }

  /** The sources give no price for any service, so none may be shown as free or as a fee. */
  @Test
  void noServiceClaimsAPriceTheSourceDoesNotGive() {
    var catalog = new SogneProvider().catalog();
    assertThat(catalog.services()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.cost().kind()).as(s.id()).isEqualTo(no.rusomsorg.core.service.Cost.Kind.NOT_STATED);
      assertThat(s.cost().description()).as(s.id()).isPresent();
    });
  }

  @Test
  void listsTheExternalOrganisationsByNameOnly() {
    var catalog = new SogneProvider().catalog();
    assertThat(catalog.services()).filteredOn(s -> s.id().startsWith("sogne.external."))
        .extracting(s -> s.name().nb())
        .containsExactly("Anonyme Alkoholikere (AA)", "Anonyme Narkomane (NA)", "Al-Anon familiegrupper", "A-larm",
            "Barn i rusfamilier", "Hasjavvenning", "ProLAR", "Rus og avhengighet", "Rustelefonen",
            "Rusmisbrukernes interesseorganisasjon (RIO)");
    assertThat(catalog.units()).allSatisfy(u -> assertThat(u.contactPoints()).allSatisfy(cp -> assertThat(cp.url()).isEmpty()));
    assertThat(catalog.service("sogne.external.rustelefonen")).hasValueSatisfying(s ->
        assertThat(s.kind()).isEqualTo(ServiceKind.HELPLINE));
  }
}
