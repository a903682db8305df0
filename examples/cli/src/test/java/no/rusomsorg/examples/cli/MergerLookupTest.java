package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;

/**
 * The sealed lookup answer on the bundled data: Søgne (1018) merged into Kristiansand (4204) on
 * 2020-01-01, the day Sandnes's number changed from 1102 to 1108.
 */
class MergerLookupTest {
  private static final LocalDate REFORM = LocalDate.of(2020, 1, 1);
  private static final MunicipalityDirectory DIRECTORY = MunicipalityRegistry.discover().directory();

  /** Dates from 2016 to 2028, often the reform day, the day before, a year end or a leap day. */
  private static Gen<LocalDate> aroundTheReform() {
    Gen<LocalDate> any = Generate.longRange(LocalDate.of(2016, 1, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    List<LocalDate> edges = new ArrayList<>(List.of(REFORM, REFORM.minusDays(1), REFORM.plusDays(1),
        LocalDate.of(2016, 2, 29), LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29),
        LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 1), LocalDate.of(2026, 3, 12)));
    return any.mix(Generate.pick(edges), 50);
  }

  @Test
  void sogneIsFoundBeforeTheReformAndMergedIntoKristiansandFromIt() {
    qt().withExamples(500).forAll(aroundTheReform(), Generate.pick(List.of("Søgne", "søgne", "1018", "sogne")))
        .checkAssert((d, asked) -> {
          MunicipalityLookup answer = DIRECTORY.lookup(asked, d);
          if (d.isBefore(REFORM)) {
            assertThat(answer).isInstanceOfSatisfying(MunicipalityLookup.Found.class, f -> {
              assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1018"));
              assertThat(f.services()).isNotEmpty();
            });
          } else {
            assertThat(answer).as("Søgne on " + d).isNotInstanceOf(MunicipalityLookup.Found.class)
                .isInstanceOfSatisfying(MunicipalityLookup.Merged.class, m -> {
                  assertThat(m.former().name()).isEqualTo("Søgne");
                  assertThat(m.successor().number()).isEqualTo(MunicipalityNumber.of("4204"));
                  assertThat(m.successor().name()).isEqualTo("Kristiansand");
                  assertThat(m.successor().from()).isEqualTo(REFORM);
                  // no Kristiansand plugin is bundled: the national register answers with the baseline
                  assertThat(m.successorLookup()).isInstanceOfSatisfying(MunicipalityLookup.NationalBaseline.class,
                      k -> assertThat(k.number()).isEqualTo(MunicipalityNumber.of("4204")));
                });
          }
        });
  }

  @Test
  void sandnesHasItsNumberOfTheDayWhicheverNumberIsAsked() {
    qt().withExamples(500).forAll(aroundTheReform(), Generate.pick(List.of("1102", "1108", "Sandnes")))
        .checkAssert((d, asked) -> assertThat(DIRECTORY.lookup(asked, d))
            .isInstanceOfSatisfying(MunicipalityLookup.Found.class, f -> {
              assertThat(f.number()).isEqualTo(MunicipalityNumber.of(d.isBefore(REFORM) ? "1102" : "1108"));
              assertThat(f.municipality().name()).isEqualTo("Sandnes");
            }));
    assertThat(((MunicipalityLookup.Found) DIRECTORY.lookup("1102", LocalDate.of(2019, 12, 31))).number())
        .isEqualTo(MunicipalityNumber.of("1102"));
    assertThat(((MunicipalityLookup.Found) DIRECTORY.lookup("1102", REFORM)).number())
        .isEqualTo(MunicipalityNumber.of("1108"));
  }

  @Test
  void theToolShowsNoServicesOfSogneIn2026() {
    Result r = Cli.run(MunicipalityRegistry::discover, "services", "Søgne", "--date", "2026-03-12", "--json");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    JsonNode j = r.json();
    assertThat(j.get("status").asString()).isEqualTo("MERGED");
    assertThat(j.get("services")).isEmpty();
    assertThat(j.get("successorServices").get("status").asString()).isEqualTo("NATIONAL_BASELINE");
    assertThat(j.get("successorServices").get("municipality").get("name").asString()).isEqualTo("Kristiansand");
    assertThat(j.get("successor").get("number").asString()).isEqualTo("4204");
    Result check = Cli.run(MunicipalityRegistry::discover, "check", "Søgne", "--date", "2026-03-12", "--age", "30");
    assertThat(check.code()).isEqualTo(RusomsorgCli.NO_LONGER_EXISTS);
    assertThat(check.err()).contains("Kristiansand (4204)");
  }
}
