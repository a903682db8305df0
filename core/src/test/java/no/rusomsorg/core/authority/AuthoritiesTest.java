package no.rusomsorg.core.authority;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.core.authority.internal.AuthorityTable;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class AuthoritiesTest {
  private static final LocalDate STATSFORVALTER = LocalDate.of(2021, 1, 1);
  private final Authorities authorities = Authorities.standard();

  private String governor(County county, String date) {
    return authorities.countyGovernor(county, LocalDate.parse(date)).orElseThrow().name().nb();
  }

  @Test
  void rogalandGovernorIsRenamedExactlyOnNewYear2021() {
    assertThat(governor(County.ROGALAND, "2020-12-31")).isEqualTo("Fylkesmannen i Rogaland");
    assertThat(governor(County.ROGALAND, "2021-01-01")).isEqualTo("Statsforvalteren i Rogaland");
    Authority now = authorities.countyGovernor(County.ROGALAND, LocalDate.of(2026, 1, 1)).orElseThrow();
    assertThat(now.validFrom()).contains(STATSFORVALTER);
    assertThat(now.validTo()).isEmpty();
    assertThat(now.name().in(Language.EN)).isEqualTo("the County Governor of Rogaland");
    assertThat(now.id()).isEqualTo(authorities.countyGovernor(County.ROGALAND, LocalDate.of(1995, 1, 1))
        .orElseThrow().id());
  }

  @Test
  void agderGovernorFollowsTheOfficeMergersNotTheCountyMergers() {
    assertThat(governor(County.VEST_AGDER, "2015-12-31")).isEqualTo("Fylkesmannen i Vest-Agder");
    assertThat(governor(County.AUST_AGDER, "2015-12-31")).isEqualTo("Fylkesmannen i Aust-Agder");
    assertThat(governor(County.VEST_AGDER, "2016-01-01")).isEqualTo("Fylkesmannen i Aust- og Vest-Agder");
    // the offices were merged and renamed a year before the counties merged
    assertThat(governor(County.VEST_AGDER, "2019-06-01")).isEqualTo("Fylkesmannen i Agder");
    assertThat(governor(County.AGDER, "2020-06-01")).isEqualTo("Fylkesmannen i Agder");
    assertThat(governor(County.AGDER, "2021-01-01")).isEqualTo("Statsforvalteren i Agder");
    assertThat(authorities.countyGovernor(County.VEST_AGDER, LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(authorities.countyGovernor(County.AGDER, LocalDate.of(2019, 12, 31))).isEmpty();
  }

  @Test
  void osloAndVikenSharedOneOfficeThroughTheCountySplit() {
    assertThat(governor(County.AKERSHUS, "2018-12-31")).isEqualTo("Fylkesmannen i Oslo og Akershus");
    assertThat(governor(County.OSTFOLD, "2018-12-31")).isEqualTo("Fylkesmannen i Østfold");
    assertThat(governor(County.OSTFOLD, "2019-01-01")).isEqualTo("Fylkesmannen i Oslo og Viken");
    assertThat(governor(County.VIKEN, "2023-12-31")).isEqualTo("Statsforvalteren i Oslo og Viken");
    assertThat(governor(County.AKERSHUS_2024, "2024-01-01")).isEqualTo("Statsforvalteren i Oslo og Viken");
    Authority renamed = authorities.countyGovernor(County.OSLO, LocalDate.of(2025, 1, 1)).orElseThrow();
    assertThat(renamed.name().nb()).isEqualTo("Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
    assertThat(renamed.unverified()).isTrue();
  }

  @Test
  void ombudIsRenamedOnFirstJuly2021() {
    assertThat(authorities.parliamentaryOmbud(LocalDate.of(2021, 6, 30)).orElseThrow().name().nb())
        .isEqualTo("Sivilombudsmannen");
    assertThat(authorities.parliamentaryOmbud(LocalDate.of(2021, 7, 1)).orElseThrow().name().nb())
        .isEqualTo("Sivilombudet");
    assertThat(authorities.parliamentaryOmbud(LocalDate.of(1962, 12, 31))).isEmpty();
  }

  @Test
  void tribunalIsRenamedOnNewYear2023AndMarksUncertainNames() {
    Authority old = authorities.coercionTribunal(County.ROGALAND, LocalDate.of(2022, 12, 31)).orElseThrow();
    assertThat(old.name().nb()).startsWith("Fylkesnemnda for barnevern og sosiale saker");
    assertThat(old.unverified()).isTrue();
    Authority now = authorities.coercionTribunal(County.ROGALAND, LocalDate.of(2023, 1, 1)).orElseThrow();
    assertThat(now.name().nb()).isEqualTo("Barneverns- og helsenemnda i Rogaland");
    assertThat(now.unverified()).isFalse();
    assertThat(authorities.coercionTribunal(County.VIKEN, LocalDate.of(2023, 6, 1)).orElseThrow().unverified())
        .isTrue();
    assertThat(authorities.coercionTribunal(County.ROGALAND, LocalDate.of(1992, 12, 31))).isEmpty();
  }

  @Test
  void municipalityIsNamedAndBoundedByItsValidity() {
    MunicipalityRef sogne = MunicipalityRef.builder().name("Søgne").county(County.VEST_AGDER)
        .validTo(LocalDate.of(2019, 12, 31)).build();
    Authority body = authorities.municipality(sogne, LocalDate.of(2019, 12, 31)).orElseThrow();
    assertThat(body.name().nb()).isEqualTo("Søgne kommune");
    assertThat(body.id()).isEqualTo("municipality.sogne");
    assertThat(authorities.municipality(sogne, LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(authorities.municipality(MunicipalityRef.of("Kvam herad", County.VESTLAND), LocalDate.of(2024, 1, 1))
        .orElseThrow().name().nb()).isEqualTo("Kvam herad");
  }

  @Test
  void countyNumbersDependOnTheDate() {
    assertThat(County.ofNumberOn("10", LocalDate.of(2019, 12, 31))).contains(County.VEST_AGDER);
    assertThat(County.ofNumberOn("10", LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(County.ofNumberOn("42", LocalDate.of(2020, 1, 1))).contains(County.AGDER);
    assertThat(County.existingOn(LocalDate.of(2019, 6, 1))).hasSize(18);
    assertThat(County.existingOn(LocalDate.of(2017, 6, 1))).hasSize(19);
    assertThat(County.existingOn(LocalDate.of(2022, 6, 1))).hasSize(11);
    assertThat(County.existingOn(LocalDate.of(2024, 6, 1))).hasSize(15);
    assertThat(County.ROGALAND.number()).isEqualTo("11");
  }

  @Test
  void everyExistingCountyHasExactlyOneGovernorNamedForTheDate() {
    qt().withExamples(Examples.of(3000))
        .forAll(Generate.pick(County.values()), DateGens.dates())
        .checkAssert((county, date) -> {
          List<AuthorityTable.Office> covering = AuthorityTable.governors().stream()
              .filter(o -> o.covers(county, date)).collect(Collectors.toList());
          if (!county.existsOn(date)) {
            assertThat(covering).isEmpty();
            assertThat(authorities.countyGovernor(county, date)).isEmpty();
            return;
          }
          assertThat(covering).hasSize(1);
          Authority gov = authorities.countyGovernor(county, date).orElseThrow();
          assertThat(gov.isValidOn(date)).isTrue();
          assertThat(gov.kind()).isEqualTo(AuthorityKind.COUNTY_GOVERNOR);
          String prefix = date.isBefore(STATSFORVALTER) ? "Fylkesmannen i " : "Statsforvalteren i ";
          assertThat(gov.name().nb()).startsWith(prefix);
          assertThat(gov.shortName().nb()).isEqualTo(prefix.substring(0, prefix.length() - 3));
        });
  }

  @Test
  void everyOfficeHasOneNameAtATime() {
    for (AuthorityTable.Office office : AuthorityTable.governors()) {
      qt().withExamples(Examples.of(200)).forAll(DateGens.dates()).checkAssert(date ->
          assertThat(office.names().stream().filter(n -> n.isValidOn(date)).count()).isLessThanOrEqualTo(1));
    }
  }

  @Test
  void ombudTribunalCourtAndPatientOmbudNamesFollowTheirDates() {
    qt().withExamples(Examples.of(3000))
        .forAll(Generate.pick(County.values()), DateGens.dates())
        .checkAssert((county, date) -> {
          Authority ombud = authorities.parliamentaryOmbud(date).orElseThrow();
          assertThat(ombud.name().nb())
              .isEqualTo(date.isBefore(LocalDate.of(2021, 7, 1)) ? "Sivilombudsmannen" : "Sivilombudet");
          assertThat(ombud.isValidOn(date)).isTrue();
          assertThat(authorities.districtCourt(date).orElseThrow().isValidOn(date)).isTrue();
          authorities.patientAndUserOmbud(date).ifPresent(p -> assertThat(p.isValidOn(date)).isTrue());
          if (county.existsOn(date) && !date.isBefore(LocalDate.of(1993, 1, 1))) {
            Authority tribunal = authorities.coercionTribunal(county, date).orElseThrow();
            assertThat(tribunal.isValidOn(date)).isTrue();
            assertThat(tribunal.name().nb()).startsWith(date.isBefore(LocalDate.of(2023, 1, 1))
                ? "Fylkesnemnda for barnevern og sosiale saker" : "Barneverns- og helsenemnda");
          } else {
            assertThat(authorities.coercionTribunal(county, date)).isEmpty();
          }
        });
  }
}
