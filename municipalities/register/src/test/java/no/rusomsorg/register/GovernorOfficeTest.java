package no.rusomsorg.register;

import no.rusomsorg.register.internal.RegisterAnswer;
import no.rusomsorg.register.internal.RegisterLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.municipality.County;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GovernorOfficeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final LocalDate HORIZON = LocalDate.of(2030, 12, 31);
  private final NationalRegister register = NationalRegister.standard();
  private final RegisterLookup lookup = RegisterLookup.standard();

  /** Days around the changes of names, counties and offices, leap days and year ends. */
  private static final List<LocalDate> EDGES = List.of(
      LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 1),
      LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 29),
      LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31),
      LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 2, 29), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
      LocalDate.of(2026, 5, 17), LocalDate.of(2026, 12, 2), LocalDate.of(2028, 2, 29));

  /**
   * A period of the register and a day in it: its first or last day (k = 0 or 1000), a day between,
   * or one of the edge days (and its neighbours) moved into the period.
   */
  private Gen<Object[]> municipalityAndDay() {
    List<RegisteredMunicipality> periods = register.all().stream().filter(m -> m.validFrom().isPresent()).toList();
    Gen<Object[]> spread = Generate.pick(periods).zip(Generate.range(0, 1000), (m, k) -> {
      LocalDate from = m.validFrom().get();
      LocalDate to = m.validTo().orElse(HORIZON);
      long days = to.toEpochDay() - from.toEpochDay();
      return new Object[] {m, from.plusDays(days * k / 1000)};
    });
    Gen<Object[]> edges = Generate.pick(periods).zip(Generate.pick(EDGES), Generate.range(-1, 1), (m, edge, n) -> {
      LocalDate day = edge.plusDays(n);
      LocalDate from = m.validFrom().get();
      LocalDate to = m.validTo().orElse(HORIZON);
      return new Object[] {m, day.isBefore(from) ? from : day.isAfter(to) ? to : day};
    });
    return Generate.frequency(org.quicktheories.api.Pair.of(3, spread), org.quicktheories.api.Pair.of(2, edges));
  }

  @Test
  void everyMunicipalityOnEveryDayOfItsValidityHasExactlyOneGovernorOffice() {
    qt().withExamples(5000).forAll(municipalityAndDay()).checkAssert(pair -> {
      RegisteredMunicipality m = (RegisteredMunicipality) pair[0];
      LocalDate day = (LocalDate) pair[1];
      assertThat(m.isValidOn(day)).isTrue();
      assertThat(lookup.lookup(m.number(), day)).isEqualTo(new RegisterAnswer.Found(m));
      Optional<Authority> office = register.governorOffice(m, day);
      assertThat(office).as(m + " on " + day).isPresent();
      assertThat(office.get().isValidOn(day)).isTrue();
      assertThat(office.get().name().nb()).startsWith(day.isBefore(LocalDate.of(2021, 1, 1))
          ? "Fylkesmannen i " : "Statsforvalteren i ");
    });
  }

  @Test
  void everyMunicipalityToday() {
    List<RegisteredMunicipality> today = register.municipalitiesOn(TODAY);
    assertThat(today).hasSize(357);
    for (RegisteredMunicipality m : today) {
      RegisterAnswer byName = lookup.lookup(m.name(), TODAY);
      assertThat(byName).as(m.toString()).isInstanceOfAny(RegisterAnswer.Found.class, RegisterAnswer.Ambiguous.class);
      assertThat(register.governorOffice(m, TODAY)).as(m.toString())
          .hasValueSatisfying(o -> assertThat(o.name().nb()).startsWith("Statsforvalteren i "));
    }
    assertThat(today.stream().map(m -> register.governorOffice(m, TODAY).orElseThrow().id()).distinct().count())
        .isBetween(10L, 15L);
  }

  @Test
  void officeFollowsTheCountyAndDate() {
    RegisteredMunicipality halden2019 = ((RegisterAnswer.Found) lookup.lookup("0101", LocalDate.of(2019, 6, 1)))
        .municipality();
    assertThat(halden2019.county()).isEqualTo(County.OSTFOLD);
    assertThat(register.governorOffice(halden2019, LocalDate.of(2019, 6, 1)).orElseThrow().name().nb())
        .isEqualTo("Fylkesmannen i Oslo og Viken");
    assertThat(register.governorOffice(halden2019, LocalDate.of(2020, 1, 1))).isEmpty();
    RegisteredMunicipality sandnes = ((RegisterAnswer.Found) lookup.lookup("1108", TODAY)).municipality();
    assertThat(register.governorOffice(sandnes, TODAY).orElseThrow().name().nb())
        .isEqualTo("Statsforvalteren i Rogaland");
  }
}
