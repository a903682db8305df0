package no.rusomsorg.register;

import no.rusomsorg.register.internal.RegisterAnswer;
import no.rusomsorg.register.internal.RegisterLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookupTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private final NationalRegister register = NationalRegister.standard();
  private final RegisterLookup lookup = RegisterLookup.standard();

  private RegisteredMunicipality found(String query, LocalDate date) {
    RegisterAnswer result = lookup.lookup(query, date);
    assertThat(result).as(query + " on " + date).isInstanceOf(RegisterAnswer.Found.class);
    return ((RegisterAnswer.Found) result).municipality();
  }

  @ParameterizedTest
  @CsvSource({
      "tromso, 5501", "Tromsø, 5501", "TROMSØ, 5501", "kautokeino, 5612", "Guovdageaidnu, 5612",
      "Guovdageaidnu - Kautokeino, 5612", "guovdageaidnu kautokeino, 5612", "Kárášjohka, 5610",
      "karasjohka, 5610", "Karasjok, 5610", "Porsáŋgu, 5622", "porsangu, 5622", "Porsanki, 5622",
      "Omasvuotna, 5538", "Omasvuono, 5538", "Storfjord, 5538", "Gáivuotna, 5540", "Kåfjord, 5540",
      "kafjord, 5540", "Kaivuono, 5540", "Deatnu, 5628", "Tana, 5628", "Unjárga, 5636", "Nesseby, 5636",
      "Snåase, 5041", "snasa, 5041", "Raarvihke, 5043", "Røyrvik, 5043", "Hábmer, 1875", "Hamarøy, 1875",
      "Loabák, 5518", "Lavangen, 5518", "Aarborte, 1826", "Hattfjelldal, 1826", "Evenášši, 1853",
      "Evenes, 1853", "Hárstták, 5503", "Suortá, 1870", "Dielddanuorri, 5512", "Tjeldsund, 5512",
      "Tråante, 5001", "trondheim, 5001", "Oslove, 0301", "oslo, 0301", "Nord-Odal, 3414", "nord odal, 3414",
      "Våler (Østfold), 3114", "valer ostfold, 3114", "Herøy (Nordland), 1818", "Bærum, 3201", "baerum, 3201",
      "  Halden , 3101", "3101, 3101", "301, 0301", "0301, 0301"})
  void everyNameFormNumberAndSpellingFindsTheMunicipalityToday(String query, String number) {
    assertThat(found(query, TODAY).number()).isEqualTo(number);
  }

  @Test
  void everyOfficialNameFormOfEveryPeriodFindsThatPeriod() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (RegisteredMunicipality m : register.all()) {
      if (m.validFrom().isEmpty()) {
        continue;
      }
      LocalDate[] days = {m.validFrom().get(), m.validTo().orElse(TODAY)};
      for (LocalDate day : days) {
        for (String form : m.nameForms()) {
          for (String spelling : List.of(form, form.toUpperCase(java.util.Locale.ROOT),
              NationalRegister.nameKey(form))) {
            checked++;
            RegisterAnswer r = lookup.lookup(spelling, day);
            boolean ok = r instanceof RegisterAnswer.Found f && f.municipality() == m
                || r instanceof RegisterAnswer.Ambiguous a && a.candidates().contains(m);
            if (!ok) {
              failures.add(spelling + " on " + day + " -> " + r);
            }
          }
        }
        checked++;
        RegisterAnswer byNumber = lookup.lookup(m.number(), day);
        if (!(byNumber instanceof RegisterAnswer.Found f && f.municipality() == m)) {
          failures.add(m.number() + " on " + day + " -> " + byNumber);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(4000);
  }

  @Test
  void oldNumberOfHaldenLeadsThroughBothRenumberings() {
    RegisterAnswer r = lookup.lookup("0101", LocalDate.of(2025, 3, 1));
    assertThat(r).isInstanceOf(RegisterAnswer.Dissolved.class);
    RegisterAnswer.Dissolved d = (RegisterAnswer.Dissolved) r;
    assertThat(d.former().name()).isEqualTo("Halden");
    assertThat(d.changes()).extracting(Change::from, Change::date, Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("0101", LocalDate.of(2020, 1, 1), ChangeKind.RENUMBERED),
        org.assertj.core.groups.Tuple.tuple("3001", LocalDate.of(2024, 1, 1), ChangeKind.RENUMBERED));
    assertThat(d.successors()).extracting(RegisteredMunicipality::number).containsExactly("3101");
    // in 2021 the same old number leads to 3001 only
    RegisterAnswer.Dissolved in2021 = (RegisterAnswer.Dissolved) lookup.lookup("0101", LocalDate.of(2021, 5, 17));
    assertThat(in2021.successors()).extracting(RegisteredMunicipality::number).containsExactly("3001");
    assertThat(found("0101", LocalDate.of(2019, 12, 31)).name()).isEqualTo("Halden");
  }

  @Test
  void haramMergedIntoAlesundThenLeftIt() {
    assertThat(found("Haram", LocalDate.of(2019, 12, 31)).number()).isEqualTo("1534");
    RegisterAnswer.Dissolved merged = (RegisterAnswer.Dissolved) lookup.lookup("Haram", LocalDate.of(2022, 6, 1));
    assertThat(merged.former().number()).isEqualTo("1534");
    assertThat(merged.successors()).extracting(RegisteredMunicipality::number).containsExactly("1507");
    assertThat(found("Haram", LocalDate.of(2024, 1, 1)).number()).isEqualTo("1580");
    RegisterAnswer.Dissolved old = (RegisterAnswer.Dissolved) lookup.lookup("1534", LocalDate.of(2024, 1, 1));
    assertThat(old.successors()).extracting(RegisteredMunicipality::number).containsExactly("1508", "1580");
    assertThat(old.changes()).extracting(Change::kind).containsExactly(ChangeKind.MERGED, ChangeKind.SPLIT);
    assertThat(lookup.lookup("1580", LocalDate.of(2023, 12, 31)))
        .isInstanceOfSatisfying(RegisterAnswer.NotYetEstablished.class,
            n -> assertThat(n.first().validFrom()).contains(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void sogneAndSandnesAndTrondheimsOldNumber() {
    RegisterAnswer.Dissolved sogne = (RegisterAnswer.Dissolved) lookup.lookup("Søgne", LocalDate.of(2020, 1, 1));
    assertThat(sogne.successors()).extracting(RegisteredMunicipality::number, RegisteredMunicipality::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("4204", "Kristiansand"));
    assertThat(found("sogne", LocalDate.of(2019, 12, 31)).number()).isEqualTo("1018");
    assertThat(found("Sandnes", LocalDate.of(2019, 12, 31)).number()).isEqualTo("1102");
    assertThat(found("Sandnes", LocalDate.of(2020, 1, 1)).number()).isEqualTo("1108");
    RegisterAnswer.Dissolved forsand = (RegisterAnswer.Dissolved) lookup.lookup("1129", LocalDate.of(2020, 1, 1));
    assertThat(forsand.successors()).extracting(RegisteredMunicipality::number).containsExactly("1108");
    RegisterAnswer.Dissolved trondheim = (RegisterAnswer.Dissolved) lookup.lookup("1601", LocalDate.of(2018, 1, 1));
    assertThat(trondheim.successors()).extracting(RegisteredMunicipality::number).containsExactly("5001");
    assertThat(trondheim.former().validFrom()).isEmpty();
  }

  @Test
  void aNameTwoMunicipalitiesHadIsAmbiguous() {
    RegisterAnswer nes = lookup.lookup("Nes", LocalDate.of(2019, 6, 1));
    assertThat(nes).isInstanceOfSatisfying(RegisterAnswer.Ambiguous.class, a -> assertThat(a.candidates())
        .extracting(RegisteredMunicipality::number).containsExactly("0236", "0616"));
    assertThat(found("Nes (Buskerud)", LocalDate.of(2019, 6, 1)).number()).isEqualTo("0616");
    assertThat(found("Nes", LocalDate.of(2020, 6, 1)).number()).isEqualTo("3034");
  }

  @Test
  void unknownBeforeRegisterAndBadInput() {
    assertThat(lookup.lookup("Atlantis", TODAY)).isEqualTo(new RegisterAnswer.Unknown("Atlantis"));
    assertThat(lookup.lookup("9999", TODAY)).isEqualTo(new RegisterAnswer.Unknown("9999"));
    assertThat(lookup.lookup("Halden", LocalDate.of(2017, 12, 31)))
        .isEqualTo(new RegisterAnswer.BeforeRegister(NationalRegister.FIRST_DAY));
    assertThatThrownBy(() -> lookup.lookup("  ", TODAY)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.NOT_BLANK));
    // a null argument is a programmer error (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> lookup.lookup(null, TODAY)).withMessage("numberOrName");
    assertThatNullPointerException().isThrownBy(() -> lookup.lookup("Halden", null)).withMessage("date");
    assertThatThrownBy(() -> register.municipalitiesOn(LocalDate.of(2017, 12, 31)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.RANGE));
  }

  @Test
  void namesKeepTheirOfficialFormsAndHistory() {
    RegisteredMunicipality trondheim = found("5001", TODAY);
    assertThat(trondheim.name()).isEqualTo("Trondheim - Tråante");
    assertThat(trondheim.earlierNames()).containsExactly("Trondheim");
    assertThat(trondheim.nameForms()).containsExactly("Trondheim - Tråante", "Trondheim", "Tråante");
    assertThat(found("Nordreisa", LocalDate.of(2021, 1, 1)).name()).isEqualTo("Nordreisa - Ráisa - Raisi");
  }
}
