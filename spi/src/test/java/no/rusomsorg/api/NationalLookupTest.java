package no.rusomsorg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.rusomsorg.api.MunicipalityLookup.Ambiguous;
import no.rusomsorg.api.MunicipalityLookup.Ended;
import no.rusomsorg.api.MunicipalityLookup.ExistedNoData;
import no.rusomsorg.api.MunicipalityLookup.Existing;
import no.rusomsorg.api.MunicipalityLookup.Found;
import no.rusomsorg.api.MunicipalityLookup.Merged;
import no.rusomsorg.api.MunicipalityLookup.NationalBaseline;
import no.rusomsorg.api.MunicipalityLookup.NotYetEstablished;
import no.rusomsorg.api.MunicipalityLookup.Unknown;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;
import no.rusomsorg.register.baseline.BaselineCatalogs;
import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The directory with the national register (docs/adr/0023): every municipality from 2018-01-01. */
class NationalLookupTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  /** A plugin for a real municipality: Songdalen (1017), merged into Kristiansand (4204) on 2020-01-01. */
  static final class SongdalenProvider implements MunicipalityProvider {
    @Override
    public String name() {
      return "test.songdalen";
    }

    @Override
    public Catalog catalog() {
      return Catalog.builder().dataVersion("t").verifiedOn(LocalDate.of(2026, 1, 1))
          .municipality(Municipality.builder().id("songdalen").name("Songdalen")
              .validity(Validity.of(LocalDate.of(1964, 1, 1), LocalDate.of(2019, 12, 31)))
              .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1017"), County.ofNumberOn("10", LocalDate.of(2019, 1, 1)).orElseThrow(),
                  Validity.of(LocalDate.of(1964, 1, 1), LocalDate.of(2019, 12, 31))))
              .successor(Successor.of(MunicipalityNumber.of("4204"), "Kristiansand", LocalDate.of(2020, 1, 1)))
              .build())
          .addSources(Source.builder().id("t").title("t").publisher("t").verifiedOn(LocalDate.of(2026, 1, 1)).build())
          .build();
    }
  }

  /** A plugin for Bergen from 2020 (4601): it replaces the baseline. */
  static final class BergenProvider implements MunicipalityProvider {
    @Override
    public String name() {
      return "test.bergen";
    }

    @Override
    public Catalog catalog() {
      return Catalog.builder().dataVersion("t").verifiedOn(LocalDate.of(2026, 1, 1))
          .municipality(Municipality.builder().id("bergen").name("Bergen")
              .validity(Validity.starting(LocalDate.of(2020, 1, 1)))
              .addNumbers(NumberPeriod.of(MunicipalityNumber.of("4601"), County.ofNumberOn("46", TODAY).orElseThrow(),
                  Validity.starting(LocalDate.of(2020, 1, 1))))
              .build())
          .addSources(Source.builder().id("t").title("t").publisher("t").verifiedOn(LocalDate.of(2026, 1, 1)).build())
          .build();
    }
  }

  private static final MunicipalityDirectory NATIONAL = MunicipalityRegistry.builder()
      .add(new FjellvikProvider()).add(new ElvestadProvider()).build().directory();

  @ParameterizedTest
  @CsvSource({"Bergen, 4601", "bergen, 4601", "1201, 4601", "4601, 4601", "tromso, 5501", "Tromsø, 5501",
      "kautokeino, 5612", "Guovdageaidnu, 5612", "Guovdageaidnu - Kautokeino, 5612", "2011, 5612",
      "0101, 3101", "Halden, 3101", "Kristiansand, 4204", "Oslove, 0301", "bergen-4601, 4601",
      "guovdageaidnu-kautokeino-5612, 5612"})
  void everyNameFormAndOldNumberAnswersWithTheBaselineToday(String query, String number) {
    MunicipalityLookup answer = NATIONAL.lookup(query, TODAY);
    assertThat(answer).isInstanceOfSatisfying(NationalBaseline.class, b -> {
      assertThat(b.number()).isEqualTo(MunicipalityNumber.of(number));
      assertThat(b.status()).isEqualTo("NATIONAL_BASELINE");
      assertThat(b.isBaseline()).isTrue();
      assertThat(b.services()).isNotEmpty().allSatisfy(s -> assertThat(s.id()).startsWith("baseline."));
      assertThat(b.catalog().sources()).extracting(Source::id).contains(NationalRegister.SOURCE_ID);
      assertThat(b.notice().nb()).contains("ikke bekreftet");
    });
  }

  @Test
  void bergenIsInVestlandWithItsGovernorOfficeAndTheComplaintBodyOfThePatientRightsAct() {
    NationalBaseline bergen = (NationalBaseline) NATIONAL.lookup("Bergen", TODAY);
    assertThat(bergen.county().name()).isEqualTo("Vestland");
    assertThat(bergen.governorOffice().kind()).isEqualTo(AuthorityKind.COUNTY_GOVERNOR);
    assertThat(bergen.governorOffice().name().nb()).contains("Vestland");
    ComplaintRoute route = NATIONAL.complaintRoute(bergen, bergen.services().get(0), ComplaintSubject.DECISION);
    assertThat(route.toString()).contains("Vestland");
  }

  @Test
  void aSamiNameGivesEveryOfficialForm() {
    NationalBaseline k = (NationalBaseline) NATIONAL.lookup("Guovdageaidnu", TODAY);
    assertThat(k.nameForms()).contains("Guovdageaidnu - Kautokeino", "Guovdageaidnu", "Kautokeino");
    assertThat(k.municipality().name()).isEqualTo("Guovdageaidnu - Kautokeino");
    assertThat(k.county().number()).isEqualTo("56");
  }

  @Test
  void aPluginReplacesTheBaselineForItsMunicipalityByAnyNameFormOrNumber() {
    MunicipalityDirectory dir = MunicipalityRegistry.builder().add(new BergenProvider()).build().directory();
    assertThat(dir.lookup("Bergen", TODAY)).isInstanceOf(Found.class);
    assertThat(dir.lookup("4601", TODAY)).isInstanceOf(Found.class);
    assertThat(dir.lookup("1201", TODAY)).isInstanceOf(Found.class);
    assertThat(dir.lookup("bergen", TODAY)).isInstanceOf(Found.class);
    // before the plugin's data, the baseline answers for Bergen (1201 in 2019)
    assertThat(dir.lookup("1201", LocalDate.of(2019, 6, 1))).isInstanceOf(NationalBaseline.class);
    assertThat(dir.municipalitiesOn(TODAY)).filteredOn(e -> e.number().value().equals("4601"))
        .singleElement().isInstanceOf(Found.class);
  }

  @Test
  void aMergedPluginMunicipalityLeadsToItsSuccessorsBaseline() {
    MunicipalityDirectory dir = MunicipalityRegistry.builder().add(new SongdalenProvider()).build().directory();
    MunicipalityLookup answer = dir.lookup("Songdalen", TODAY);
    assertThat(answer).isInstanceOfSatisfying(Merged.class, m -> {
      assertThat(m.successor().number().value()).isEqualTo("4204");
      assertThat(m.successorLookup()).isInstanceOfSatisfying(NationalBaseline.class,
          k -> assertThat(k.municipality().name()).isEqualTo("Kristiansand"));
    });
  }

  @Test
  void aMergedRegisterMunicipalityNamesItsSuccessorWithTheDate() {
    MunicipalityLookup answer = NATIONAL.lookup("Søgne", TODAY);
    assertThat(answer).isInstanceOfSatisfying(Merged.class, m -> {
      assertThat(m.former().latestNumber().value()).isEqualTo("1018");
      assertThat(m.successor()).isEqualTo(Successor.of(MunicipalityNumber.of("4204"), "Kristiansand",
          LocalDate.of(2020, 1, 1)));
      assertThat(m.successorLookup()).isInstanceOf(NationalBaseline.class);
      assertThat(m.formerCatalog().services()).isEmpty();
    });
  }

  @Test
  void aSplitNamesEverySuccessor() {
    MunicipalityLookup answer = NATIONAL.lookup("Snillfjord", TODAY);
    assertThat(answer).isInstanceOfSatisfying(Ended.class, e -> {
      assertThat(e.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
      assertThat(e.successors()).hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(s -> assertThat(s.from()).isEqualTo(LocalDate.of(2020, 1, 1)));
      assertThat(e.status()).isEqualTo("ENDED");
    });
  }

  @Test
  void notYetEstablishedAmbiguousBeforeTheRegisterAndUnknown() {
    assertThat(NATIONAL.lookup("3101", LocalDate.of(2019, 6, 1))).isInstanceOfSatisfying(NationalBaseline.class,
        h -> assertThat(h.number().value()).isEqualTo("0101"));
    assertThat(NATIONAL.lookup("1580", LocalDate.of(2023, 6, 1))).isInstanceOfSatisfying(NotYetEstablished.class,
        n -> assertThat(n.establishedOn()).isEqualTo(LocalDate.of(2024, 1, 1)));
    assertThat(NATIONAL.lookup("Våler", TODAY)).isInstanceOfSatisfying(Ambiguous.class,
        a -> assertThat(a.candidates()).extracting(MunicipalityLookup::status).containsOnly("NATIONAL_BASELINE"));
    assertThat(NATIONAL.lookup("Bergen", LocalDate.of(2010, 1, 1))).isInstanceOf(ExistedNoData.class);
    assertThat(NATIONAL.lookup("Ola Nordmann", TODAY)).isInstanceOf(Unknown.class);
    assertThat(NATIONAL.lookup("oslo-4601", TODAY)).isInstanceOf(Unknown.class); // an id must be the municipality's
    MunicipalityDirectory plain = MunicipalityRegistry.builder().nationalRegister(false).build().directory();
    assertThat(plain.lookup("Bergen", TODAY)).isInstanceOf(Unknown.class);
    assertThat(plain.municipalitiesOn(TODAY)).isEmpty();
  }

  @Test
  void everyMunicipalityTodayIsListedOnceWithOneGovernorOffice() {
    List<Existing> all = NATIONAL.municipalitiesOn(TODAY);
    assertThat(all).hasSize(357 + 1); // the register's 357 and the fictional Fjellvik (1199)
    Set<String> numbers = new HashSet<>();
    for (Existing e : all) {
      assertThat(numbers.add(e.number().value())).as(e.toString()).isTrue();
      if (e instanceof NationalBaseline) {
        assertThat(((NationalBaseline) e).governorOffice()).isNotNull();
      }
    }
  }

  @Test
  void baselineCatalogsAreSharedNotCopied() {
    NationalBaseline a = (NationalBaseline) NATIONAL.lookup("Bergen", TODAY);
    NationalBaseline b = (NationalBaseline) NATIONAL.lookup("1201", LocalDate.of(2019, 1, 1));
    NationalBaseline c = (NationalBaseline) NATIONAL.lookup("Oslo", TODAY);
    assertThat(a.catalog()).isSameAs(b.catalog());
    assertThat(a.services().get(0)).isSameAs(c.services().get(0));
  }

  @Test
  void aBaselineAnswerCannotBeBuiltFromAPluginCatalogOrForAnotherDay() {
    NationalBaseline bergen = (NationalBaseline) NATIONAL.lookup("Bergen", TODAY);
    Catalog fjellvik = ((Found) NATIONAL.lookup("Fjellvik", TODAY)).catalog();
    assertThatThrownBy(() -> new NationalBaseline("x", TODAY, fjellvik, bergen.registered()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a national baseline");
    assertThatThrownBy(() -> new NationalBaseline("x", LocalDate.of(2019, 1, 1), bergen.catalog(), bergen.registered()))
        .isInstanceOf(InvalidValueException.class);
  }

  private static final List<RegisteredMunicipality> PERIODS = NationalRegister.standard().all();

  /** Dates from the register's first day to 2026-12-31, with year ends and leap days often. */
  private static Gen<LocalDate> dates() {
    Gen<LocalDate> any = Generate.longRange(NationalRegister.FIRST_DAY.toEpochDay(),
        LocalDate.of(2026, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<LocalDate> edges = Generate.pick(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31),
        LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 29), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 2, 29), LocalDate.of(2025, 5, 17)));
    return any.mix(edges, 30);
  }

  @Test
  void everyPeriodByNumberOnADateInItIsAnExistingAnswerWithThatNumber() {
    qt().withExamples(2000).forAll(Generate.range(0, PERIODS.size() - 1), dates()).checkAssert((i, date) -> {
      RegisteredMunicipality p = PERIODS.get(i);
      if (p.isValidOn(date)) {
        MunicipalityLookup answer = NATIONAL.lookup(p.number(), date);
        assertThat(answer).isInstanceOf(Existing.class);
        assertThat(((Existing) answer).number().value()).isEqualTo(p.number());
        assertThat(((Existing) answer).county()).isEqualTo(p.county());
        if (answer instanceof NationalBaseline) {
          assertThat(((NationalBaseline) answer).governorOffice()).isNotNull();
        }
      } else {
        assertThat(NATIONAL.lookup(p.number(), date).status()).isIn(MunicipalityLookup.statuses());
      }
    });
  }

  @Test
  void theStatusNamesAreOnePerVariant() {
    assertThat(MunicipalityLookup.statuses()).doesNotHaveDuplicates().hasSize(8);
    assertThat(BaselineCatalogs.standard().services()).hasSize(10);
  }
}
