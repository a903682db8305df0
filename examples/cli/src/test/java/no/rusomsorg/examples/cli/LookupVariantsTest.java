package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.examples.cli.Cli.Result;
import no.rusomsorg.examples.cli.fixtures.NordvikProvider;
import no.rusomsorg.examples.cli.fixtures.SorvikProvider;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.Test;

/**
 * Every kind of lookup answer the library can give is handled by the tool: one example per permitted
 * variant of the sealed {@link MunicipalityLookup}, run through {@code services}, {@code check} and
 * {@code municipalities}. When the library gains a variant (the national baseline), this test fails
 * until the variant has an example here and the tool handles it.
 */
class LookupVariantsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

  /** A question that the registry answers with the variant. */
  record Example(Supplier<MunicipalityRegistry> registry, String query, LocalDate date, int servicesExit,
      int checkExit, String status) {}

  private static final Map<Class<?>, Example> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put(MunicipalityLookup.Found.class,
        new Example(MunicipalityRegistry::discover, "Sandnes", DAY, 0, 0, MunicipalityLookup.FOUND));
    EXAMPLES.put(MunicipalityLookup.Merged.class,
        new Example(MunicipalityRegistry::discover, "Søgne", DAY, 4, 4, MunicipalityLookup.MERGED));
    EXAMPLES.put(MunicipalityLookup.Ended.class,
        new Example(LookupVariantsTest::sorvikSplit, "Sørvik", DAY, 4, 4, MunicipalityLookup.ENDED));
    EXAMPLES.put(MunicipalityLookup.ExistedNoData.class,
        new Example(MunicipalityRegistry::discover, "Sandnes", LocalDate.of(1964, 12, 31), 3, 3,
            MunicipalityLookup.EXISTED_NO_DATA));
    EXAMPLES.put(MunicipalityLookup.NotYetEstablished.class,
        new Example(MunicipalityRegistry::discover, "Sandnes", LocalDate.of(1859, 6, 1), 3, 3,
            MunicipalityLookup.NOT_YET_ESTABLISHED));
    EXAMPLES.put(MunicipalityLookup.NationalBaseline.class,
        new Example(MunicipalityRegistry::discover, "Bergen", DAY, 0, 0, MunicipalityLookup.NATIONAL_BASELINE));
    EXAMPLES.put(MunicipalityLookup.Ambiguous.class,
        new Example(MunicipalityRegistry::discover, "Våler", DAY, 3, 3, MunicipalityLookup.AMBIGUOUS));
    EXAMPLES.put(MunicipalityLookup.Unknown.class,
        new Example(MunicipalityRegistry::discover, "Atlantis", DAY, 3, 3, MunicipalityLookup.UNKNOWN));
  }

  /** Nordvik, and Sørvik as if it had been split rather than merged: its catalog names no successor. */
  static MunicipalityRegistry sorvikSplit() {
    Catalog sorvik = new SorvikProvider().catalog();
    Catalog split = ImmutableCatalog.copyOf(sorvik).withMunicipality(
        ImmutableMunicipality.copyOf(sorvik.municipality()).withSuccessor(Optional.empty()));
    MunicipalityProvider provider = () -> split;
    return MunicipalityRegistry.builder().add(new NordvikProvider()).add(provider).build();
  }

  /** The variants, with the sealed sub-interface Existing read as its two records. */
  static List<Class<?>> variants() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> v : MunicipalityLookup.class.getPermittedSubclasses()) {
      out.addAll(v.isInterface() ? List.of(v.getPermittedSubclasses()) : List.of(v));
    }
    return out;
  }

  @Test
  void everyVariantHasAnExampleThatTheDirectoryAnswersWithIt() {
    for (Class<?> variant : variants()) {
      assertThat(EXAMPLES).as("a new kind of lookup answer, " + variant.getSimpleName() + ": add an example here,"
          + " and handle it in CliCommand.whyNotFound and ServicesCommand").containsKey(variant);
      Example e = EXAMPLES.get(variant);
      assertThat(e.registry().get().directory().lookup(e.query(), e.date())).isInstanceOf(variant);
    }
    assertThat(EXAMPLES).hasSameSizeAs(variants());
  }

  @Test
  void theToolHandlesEveryVariant() {
    Set<String> seen = new HashSet<>();
    for (Class<?> variant : variants()) {
      Example e = EXAMPLES.get(variant);
      assertThat(e).as(variant.getSimpleName()).isNotNull();
      String date = e.date().toString();
      Result services = Cli.run(e.registry(), "services", e.query(), "--date", date);
      Result json = Cli.run(e.registry(), "services", e.query(), "--date", date, "--json");
      Result check = Cli.run(e.registry(), "check", e.query(), "--date", date, "--age", "30");
      Result list = Cli.run(e.registry(), "municipalities", "--date", date, "--json");
      for (Result r : new Result[] {services, json, check, list}) {
        assertThat(r.err()).as(variant.getSimpleName()).doesNotContain("intern feil", "IllegalStateException");
      }
      assertThat(services.code()).as(variant.getSimpleName() + " services").isEqualTo(e.servicesExit());
      assertThat(check.code()).as(variant.getSimpleName() + " check").isEqualTo(e.checkExit());
      assertThat(list.code()).isZero();
      if (e.servicesExit() == RusomsorgCli.OK || e.servicesExit() == RusomsorgCli.NO_LONGER_EXISTS) {
        assertThat(json.json().get("status").asString()).isEqualTo(e.status());
      } else {
        assertThat(services.err()).isNotBlank();
      }
      assertThat(e.registry().get().directory().lookup(e.query(), e.date()).status()).isEqualTo(e.status());
      seen.add(e.status());
    }
    assertThat(seen).hasSize(variants().size()).containsExactlyInAnyOrderElementsOf(MunicipalityLookup.statuses());
  }
}
