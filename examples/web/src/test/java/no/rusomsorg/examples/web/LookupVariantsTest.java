package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.municipality.sogne.SogneProvider;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every kind of lookup answer the library can give is mapped by the app to an answer or an HTTP error:
 * one example per permitted variant of the sealed {@link MunicipalityLookup}. When the library gains a
 * variant (the national baseline), this test fails until it has an example here and
 * {@code Api.resolve} handles it.
 */
class LookupVariantsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
  private static final MunicipalityDirectory BUNDLED = MunicipalityRegistry.discover().directory();

  /** The example answers, and the HTTP status each gives (200: the services are answered). */
  private static Map<Class<?>, Map.Entry<MunicipalityLookup, HttpStatus>> examples() {
    Catalog sogne = new SogneProvider().catalog();
    Catalog split = ImmutableCatalog.copyOf(sogne).withMunicipality(
        ImmutableMunicipality.copyOf(sogne.municipality()).withSuccessor(Optional.empty()));
    Map<Class<?>, Map.Entry<MunicipalityLookup, HttpStatus>> m = new LinkedHashMap<>();
    m.put(MunicipalityLookup.Found.class, Map.entry(BUNDLED.lookup("Sandnes", DAY), HttpStatus.OK));
    m.put(MunicipalityLookup.Merged.class, Map.entry(new MunicipalityLookup.Merged("Søgne", DAY, sogne,
        sogne.municipality().successor().orElseThrow(), new MunicipalityLookup.Unknown("4204", DAY)), HttpStatus.GONE));
    m.put(MunicipalityLookup.Ended.class, Map.entry(new MunicipalityLookup.Ended("Søgne", DAY, split), HttpStatus.GONE));
    m.put(MunicipalityLookup.ExistedNoData.class,
        Map.entry(BUNDLED.lookup("Sandnes", LocalDate.of(1964, 12, 31)), HttpStatus.UNPROCESSABLE_CONTENT));
    m.put(MunicipalityLookup.NotYetEstablished.class,
        Map.entry(BUNDLED.lookup("Sandnes", LocalDate.of(1859, 6, 1)), HttpStatus.NOT_FOUND));
    m.put(MunicipalityLookup.NationalBaseline.class, Map.entry(BUNDLED.lookup("Bergen", DAY), HttpStatus.OK));
    m.put(MunicipalityLookup.Ambiguous.class, Map.entry(BUNDLED.lookup("Våler", DAY), HttpStatus.CONFLICT));
    m.put(MunicipalityLookup.Unknown.class, Map.entry(BUNDLED.lookup("Atlantis", DAY), HttpStatus.NOT_FOUND));
    return m;
  }

  @Test
  void theAppMapsEveryVariant() {
    Map<Class<?>, Map.Entry<MunicipalityLookup, HttpStatus>> examples = examples();
    List<Class<?>> variants = new ArrayList<>();
    for (Class<?> v : MunicipalityLookup.class.getPermittedSubclasses()) {
      variants.addAll(v.isInterface() ? List.of(v.getPermittedSubclasses()) : List.of(v));
    }
    assertThat(examples).hasSameSizeAs(variants);
    for (Class<?> variant : variants) {
      assertThat(examples).as("a new kind of lookup answer, " + variant.getSimpleName()
          + ": add an example here and handle it in Api.resolve").containsKey(variant);
      MunicipalityLookup answer = examples.get(variant).getKey();
      HttpStatus expected = examples.get(variant).getValue();
      assertThat(answer).isInstanceOf(variant);
      Throwable thrown = catchThrowable(() -> Api.resolve(answer));
      if (expected == HttpStatus.OK) {
        assertThat(thrown).as(variant.getSimpleName()).isNull();
      } else {
        assertThat(thrown).as(variant.getSimpleName()).isInstanceOfSatisfying(MunicipalityUnavailable.class,
            e -> assertThat(e.status()).isEqualTo(expected));
      }
    }
  }

  @Test
  void aMergedMunicipalityIsAnsweredByItsSuccessorWhenTheAppHasIt() {
    MunicipalityLookup.Found sandnes = (MunicipalityLookup.Found) BUNDLED.lookup("Sandnes", DAY);
    Catalog sogne = new SogneProvider().catalog();
    MunicipalityLookup.Merged merged = new MunicipalityLookup.Merged("Søgne", DAY, sogne,
        sogne.municipality().successor().orElseThrow(), sandnes);
    Api.Resolved r = Api.resolve(merged);
    assertThat(r.municipality()).isSameAs(sandnes);
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("Søgne er slått sammen med Sandnes"));
  }
}
