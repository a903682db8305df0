package no.rusomsorg.conformance.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.conformance.FictionalProvider;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Scenario files name every kind of lookup answer: one example per permitted variant of the sealed
 * {@link MunicipalityLookup}. A new variant fails this test until it has an example and a status (MunicipalityLookup.status(), one name per variant).
 */
class LookupStatusTest {
  private static final LocalDate DAY = LocalDate.of(2020, 5, 5);

  private static Map<Class<?>, MunicipalityLookup> examples() {
    Catalog fjellvik = new FictionalProvider().catalog();
    MunicipalityDirectory dir = MunicipalityRegistry.builder().add(new FictionalProvider()).build().directory();
    Municipality m = fjellvik.municipality();
    LocalDate end = LocalDate.of(2019, 12, 31);
    NumberPeriod last = m.numbers().get(m.numbers().size() - 1);
    Municipality ended = Municipality.builder().id(m.id()).name(m.name())
        .validity(Validity.of(m.validity().from(), end)).addNumbers(m.numbers().get(0))
        .addNumbers(NumberPeriod.of(last.number(), last.county(), Validity.of(last.validity().from(), end))).build();
    Successor successor = Successor.of(MunicipalityNumber.of("1101"), "Havby", end.plusDays(1));
    Catalog merged = ImmutableCatalog.copyOf(fjellvik).withMunicipality(
        ImmutableMunicipality.copyOf(ended).withSuccessor(successor));
    Municipality town = ImmutableMunicipality.copyOf(m).withExistedBefore(EarlierExistence.builder()
        .description(LocalizedText.of("En kilde sier at Fjellvik fantes før 1964.")).sourceId("example").build());
    Map<Class<?>, MunicipalityLookup> out = new LinkedHashMap<>();
    out.put(MunicipalityLookup.Found.class, dir.lookup("1199", DAY));
    out.put(MunicipalityLookup.Merged.class, new MunicipalityLookup.Merged("Fjellvik", DAY, merged, successor,
        new MunicipalityLookup.Unknown("1101", DAY)));
    out.put(MunicipalityLookup.Ended.class,
        new MunicipalityLookup.Ended("Fjellvik", DAY, ImmutableCatalog.copyOf(fjellvik).withMunicipality(ended)));
    out.put(MunicipalityLookup.ExistedNoData.class,
        new MunicipalityLookup.ExistedNoData("Fjellvik", LocalDate.of(1950, 1, 1), town));
    out.put(MunicipalityLookup.NotYetEstablished.class, dir.lookup("Fjellvik", LocalDate.of(1950, 1, 1)));
    out.put(MunicipalityLookup.NationalBaseline.class, dir.lookup("0301", DAY));
    out.put(MunicipalityLookup.Ambiguous.class, dir.lookup("Herøy", DAY));
    out.put(MunicipalityLookup.Unknown.class, dir.lookup("0999", DAY));
    return out;
  }

  private static List<Class<?>> variants() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> v : MunicipalityLookup.class.getPermittedSubclasses()) {
      out.addAll(v.isInterface() ? List.of(v.getPermittedSubclasses()) : List.of(v));
    }
    return out;
  }

  @Test
  void everyVariantHasAStatusAndTheMunicipalityItIsAbout() {
    Map<Class<?>, MunicipalityLookup> examples = examples();
    for (Class<?> variant : variants()) {
      assertThat(examples).as("a new kind of lookup answer, " + variant.getSimpleName()
          + ": add an example here").containsKey(variant);
      MunicipalityLookup answer = examples.get(variant);
      assertThat(answer).isInstanceOf(variant);
      assertThat(MunicipalityLookup.statuses()).contains(answer.status());
      Optional<String> id = ScenarioRunner.municipalityId(answer);
      if (answer instanceof MunicipalityLookup.Unknown || answer instanceof MunicipalityLookup.Ambiguous) {
        assertThat(id).as(variant.getSimpleName()).isEmpty();
      } else if (answer instanceof MunicipalityLookup.NationalBaseline) {
        assertThat(id).as(variant.getSimpleName()).contains("oslo-oslove-0301");
      } else {
        assertThat(id).as(variant.getSimpleName()).contains("fjellvik");
      }
    }
    assertThat(examples.values().stream().map(MunicipalityLookup::status).distinct())
        .containsExactlyInAnyOrderElementsOf(MunicipalityLookup.statuses());
  }
}
