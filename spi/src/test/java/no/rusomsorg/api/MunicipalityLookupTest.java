package no.rusomsorg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.api.MunicipalityLookup.Ended;
import no.rusomsorg.api.MunicipalityLookup.Found;
import no.rusomsorg.api.MunicipalityLookup.Merged;
import no.rusomsorg.api.MunicipalityLookup.NotYetEstablished;
import no.rusomsorg.api.MunicipalityLookup.Unknown;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The sealed lookup answer on the fictional fixtures: Elvestad (1197) merged into Fjellvik on
 * 2015-01-01, when Fjellvik's number changed from 1198 to 1199. The same properties on the real Søgne and
 * Sandnes data are in examples/cli ({@code MergerLookupTest}).
 */
class MunicipalityLookupTest {
  private static final LocalDate MERGER = LocalDate.of(2015, 1, 1);
  private static final Catalog ELVESTAD = new ElvestadProvider().catalog();
  private static final Catalog FJELLVIK = new FjellvikProvider().catalog();
  private static final MunicipalityDirectory BOTH = MunicipalityRegistry.builder().add(new FjellvikProvider())
      .add(new ElvestadProvider()).build().directory();

  /** Dates within two years of a day, often the day itself, the day before, or a leap day or year end nearby. */
  static Gen<LocalDate> around(LocalDate day) {
    Gen<LocalDate> any = Generate.longRange(day.toEpochDay() - 800, day.toEpochDay() + 800).map(LocalDate::ofEpochDay);
    List<LocalDate> edges = new ArrayList<>(List.of(day, day.minusDays(1), day.plusDays(1)));
    for (int y = day.getYear() - 2; y <= day.getYear() + 2; y++) {
      edges.add(LocalDate.of(y, 12, 31));
      edges.add(LocalDate.of(y, 1, 1));
      edges.add(LocalDate.of(y, 3, 1).minusDays(1)); // 28 or 29 February
    }
    return any.mix(Generate.pick(edges), 50);
  }

  @Test
  void beforeTheMergerFoundFromItMergedWithTheSuccessorFound() {
    qt().withExamples(400).forAll(around(MERGER)).checkAssert(d -> {
      MunicipalityLookup answer = BOTH.lookup("Elvestad", d);
      if (d.isBefore(MERGER)) {
        assertThat(answer).isInstanceOfSatisfying(Found.class, f -> {
          assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1197"));
          assertThat(f.services()).isEqualTo(ELVESTAD.servicesOn(d));
        });
      } else {
        assertThat(answer).isInstanceOfSatisfying(Merged.class, m -> {
          assertThat(m.former().name()).isEqualTo("Elvestad");
          assertThat(m.successor().number()).isEqualTo(MunicipalityNumber.of("1199"));
          assertThat(m.successor().from()).isEqualTo(MERGER);
          assertThat(m.successorLookup()).isInstanceOfSatisfying(Found.class, f -> {
            assertThat(f.municipality().name()).isEqualTo("Fjellvik");
            assertThat(f.number()).isEqualTo(MunicipalityNumber.of("1199"));
            assertThat(f.date()).isEqualTo(d);
          });
        });
      }
      assertThat(answer.date()).isEqualTo(d);
      assertThat(answer.query()).isEqualTo("Elvestad");
      assertThat(BOTH.lookup("1197", d).getClass()).isEqualTo(answer.getClass());
    });
  }

  @Test
  void anOldNumberFindsTheMunicipalityWithItsNumberOnTheDate() {
    qt().withExamples(400).forAll(around(MERGER)).checkAssert(d -> {
      for (String asked : List.of("1198", "1199", "fjellvik")) {
        assertThat(BOTH.lookup(asked, d)).isInstanceOfSatisfying(Found.class, f -> assertThat(f.number())
            .isEqualTo(MunicipalityNumber.of(d.isBefore(MERGER) ? "1198" : "1199")));
      }
    });
  }

  @Test
  void theSuccessorIsUnknownWhenNoPluginSuppliesIt() {
    MunicipalityDirectory alone = MunicipalityRegistry.builder().add(new ElvestadProvider()).build().directory();
    assertThat(alone.lookup("Elvestad", MERGER)).isInstanceOfSatisfying(Merged.class,
        m -> assertThat(m.successorLookup()).isEqualTo(new Unknown("1199", MERGER)));
  }

  @Test
  void aMunicipalityThatEndedWithoutASuccessorHasEnded() {
    Catalog split = ImmutableCatalog.copyOf(ELVESTAD).withMunicipality(
        ImmutableMunicipality.copyOf(ELVESTAD.municipality()).withSuccessor(Optional.empty()));
    MunicipalityDirectory dir = MunicipalityRegistry.builder().add(provider("split", split)).build().directory();
    assertThat(dir.lookup("1197", MERGER)).isInstanceOfSatisfying(Ended.class, e -> {
      assertThat(e.lastDay()).isEqualTo(MERGER.minusDays(1));
      assertThat(e.former().name()).isEqualTo("Elvestad");
    });
    assertThat(dir.lookup("1197", MERGER.minusDays(1))).isInstanceOf(Found.class);
  }

  @Test
  void successorsThatNameEachOtherStopInsteadOfLoopingForever() {
    LocalDate end = LocalDate.of(2019, 12, 31);
    Municipality f = FJELLVIK.municipality();
    List<NumberPeriod> numbers = new ArrayList<>(f.numbers());
    NumberPeriod last = numbers.remove(numbers.size() - 1);
    numbers.add(NumberPeriod.of(last.number(), last.county(), Validity.of(last.validity().from(), end)));
    Municipality ended = Municipality.builder().id(f.id()).name(f.name())
        .validity(Validity.of(f.validity().from(), end)).addAllNumbers(numbers)
        .successor(Successor.of(MunicipalityNumber.of("1197"), "Elvestad", end.plusDays(1))).build();
    Catalog fjellvik = ImmutableCatalog.copyOf(FJELLVIK).withMunicipality(ended);
    MunicipalityDirectory dir = MunicipalityRegistry.builder().add(provider("a", ELVESTAD))
        .add(provider("b", fjellvik)).build().directory();
    MunicipalityLookup answer = dir.lookup("Elvestad", LocalDate.of(2021, 1, 1));
    int merged = 0;
    while (answer instanceof Merged m) {
      merged++;
      answer = m.successorLookup();
    }
    assertThat(answer).isInstanceOf(Unknown.class);
    assertThat(merged).isEqualTo(3);
  }

  @Test
  void theVariantsCannotBeBuiltFromPartsThatDisagree() {
    LocalDate after = LocalDate.of(2026, 3, 12);
    Successor fjellvik = ELVESTAD.municipality().successor().orElseThrow();
    assertThatThrownBy(() -> new Found("Elvestad", after, ELVESTAD)).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.field()).contains("date"));
    Found fjellvikFound = (Found) BOTH.lookup("1199", after);
    assertThatThrownBy(() -> new Merged("Elvestad", MERGER.minusDays(1), ELVESTAD, fjellvik,
        new Unknown("1199", MERGER.minusDays(1)))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Merged("Elvestad", MERGER, ELVESTAD, fjellvik, fjellvikFound))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).contains("successorLookup.date"));
    assertThatThrownBy(() -> new Merged("Elvestad", after, ELVESTAD,
        Successor.of(MunicipalityNumber.of("1108"), "Sandnes", MERGER), fjellvikFound))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Ended("Elvestad", after, ELVESTAD)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new NotYetEstablished("Fjellvik", after, FJELLVIK.municipality()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new MunicipalityLookup.ExistedNoData("Fjellvik", LocalDate.of(1950, 1, 1),
        FJELLVIK.municipality())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Unknown(null, after)).isInstanceOf(NullPointerException.class).hasMessage("query");
    assertThatThrownBy(() -> new Found("x", null, ELVESTAD)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void onlyFoundGivesACatalogOrServicesAsCurrent() {
    Class<?>[] variants = MunicipalityLookup.class.getPermittedSubclasses();
    assertThat(variants).hasSizeGreaterThanOrEqualTo(6);
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> v : variants) {
      if (v.isInterface()) {
        all.addAll(List.of(v.getPermittedSubclasses())); // Existing: Found and NationalBaseline
      } else {
        all.add(v);
      }
    }
    assertThat(all).contains(Found.class, MunicipalityLookup.NationalBaseline.class);
    for (Class<?> v : all) {
      assertThat(v.isRecord()).as(v + " is a record").isTrue();
      assertThat(Modifier.isFinal(v.getModifiers())).isTrue();
      assertThat(declares(v, "toString")).as(v + " writes its own toString").isTrue();
      if (MunicipalityLookup.Existing.class.isAssignableFrom(v)) {
        continue; // the two answers that give services as current
      }
      for (Method m : v.getMethods()) {
        boolean catalogOrServices = m.getReturnType() == Catalog.class || m.getReturnType() == Service.class
            || m.getGenericReturnType().getTypeName().contains(Service.class.getName());
        if (catalogOrServices) {
          assertThat(m.getName()).as(v.getSimpleName() + "." + m.getName() + " gives history, so says so")
              .startsWith("former");
        }
        assertThat(m.getName()).as(v.getSimpleName()).isNotIn("catalog", "services", "service");
      }
    }
  }

  @Test
  void toStringNamesTheMunicipalityAndDateButNeverATypedName() {
    LocalDate d = LocalDate.of(2026, 3, 12);
    assertThat(BOTH.lookup("fjellvik", d)).hasToString("Found[Fjellvik (1199) on 2026-03-12]");
    assertThat(BOTH.lookup("Elvestad", d).toString())
        .isEqualTo("Merged[Elvestad (1197) into Fjellvik (1199) from 2015-01-01, on 2026-03-12]");
    assertThat(BOTH.lookup("1198", LocalDate.of(1950, 1, 1)))
        .hasToString("NotYetEstablished[Fjellvik (1199) on 1950-01-01, from 1964-01-01]");
    assertThat(BOTH.lookup("0999", d)).hasToString("Unknown[0999 on 2026-03-12]");
    assertThat(BOTH.lookup("0301", d)).hasToString("NationalBaseline[Oslo - Oslove (0301) on 2026-03-12]");
    MunicipalityLookup typed = BOTH.lookup("Ola Nordmann", d);
    assertThat(typed).isEqualTo(new Unknown("Ola Nordmann", d));
    assertThat(typed.toString()).doesNotContain("Ola").isEqualTo("Unknown[a name of 12 characters on 2026-03-12]");
  }

  private static boolean declares(Class<?> type, String method) {
    try {
      return type.getDeclaredMethod(method).getDeclaringClass() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static MunicipalityProvider provider(String name, Catalog catalog) {
    return new MunicipalityProvider() {
      @Override
      public Catalog catalog() {
        return catalog;
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
