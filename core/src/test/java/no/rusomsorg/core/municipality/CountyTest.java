package no.rusomsorg.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.DateGens;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;

/** The one county type: what a catalog states is what the complaint rules look up. */
class CountyTest {
  private static final RusomsorgJson JSON = RusomsorgJson.strict();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Test
  void theCountyOfACatalogNumberPeriodIsTheCountyOfTheGovernorTable() {
    Municipality sogne = JSON.read(golden("municipality-sogne.json"), Municipality.class);
    NumberPeriod vestAgder = sogne.numberPeriodOn(LocalDate.of(2019, 12, 31)).orElseThrow();
    assertThat(vestAgder.county()).isSameAs(County.VEST_AGDER);
    Authority governor = Authorities.standard().countyGovernor(vestAgder.county(), LocalDate.of(2019, 12, 31))
        .orElseThrow();
    assertThat(governor.name().nb()).isEqualTo("Fylkesmannen i Agder");

    Catalog sandnes = JSON.read(golden("catalog-sandnes.json"), Catalog.class);
    County rogaland = sandnes.municipality().countyOn(LocalDate.of(2026, 3, 12)).orElseThrow();
    assertThat(rogaland).isSameAs(County.ROGALAND).isSameAs(County.ofNumberOn("11", LocalDate.of(2026, 3, 12)).orElseThrow());
    assertThat(Authorities.standard().countyGovernor(rogaland, LocalDate.of(2026, 3, 12)).orElseThrow().name().nb())
        .isEqualTo("Statsforvalteren i Rogaland");
  }

  @Test
  void everyCountyReadsBackAsTheSameInstanceAndKeepsItsJsonForm() {
    for (County county : County.values()) {
      String json = JSON.write(county);
      assertThat(TREES.readTree(json)).isEqualTo(TREES.readTree(
          "{\"number\":\"" + county.number() + "\",\"name\":\"" + county.name() + "\"}"));
      assertThat(JSON.read(json, County.class)).isSameAs(county);
      assertThat(County.of(county.number(), county.name())).isSameAs(county);
      assertThat(County.ofNumber(county.number())).isSameAs(county);
    }
  }

  @Test
  void aCountyOnAnyDateIsTheOneTheNumberNamesAndHasAGovernor() {
    qt().withExamples(2000)
        .forAll(Generate.pick(County.values()), DateGens.dates())
        .checkAssert((county, date) -> {
          assertThat(County.ofNumberOn(county.number(), date).isPresent()).isEqualTo(county.existsOn(date));
          County.ofNumberOn(county.number(), date).ifPresent(found -> assertThat(found).isSameAs(county));
          assertThat(County.existingOn(date).contains(county)).isEqualTo(county.existsOn(date));
          if (county.existsOn(date)) {
            assertThat(Authorities.standard().countyGovernor(county, date)).isPresent();
          }
        });
  }

  @Test
  void numbersAreUniqueAndInOrder() {
    assertThat(County.values()).extracting(County::number).doesNotHaveDuplicates().isSorted();
    assertThat(County.values()).hasSize(33).isSorted();
    assertThat(County.AGDER.predecessors()).containsExactly(County.AUST_AGDER, County.VEST_AGDER);
    assertThat(County.OSTFOLD_2024.predecessors()).containsExactly(County.VIKEN);
    assertThat(County.OSLO.predecessors()).isEmpty();
    assertThat(County.VIKEN).hasToString("Viken (30)");
  }

  private static String golden(String name) {
    try (InputStream in = CountyTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
