package no.rusomsorg.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.municipality.County;
import org.junit.jupiter.api.Test;

/**
 * One test per year 2018–2026: the register's total on 1 January against the total the sources state
 * (register.properties), and a sample of that year's changes against the classification.
 */
class RegisterTotalsTest {
  private final NationalRegister register = NationalRegister.standard();

  private List<RegisteredMunicipality> on(String date) {
    return register.municipalitiesOn(LocalDate.parse(date));
  }

  private Set<String> numbersOn(String date) {
    return on(date).stream().map(RegisteredMunicipality::number).collect(Collectors.toSet());
  }

  private RegisteredMunicipality period(String number, String date) {
    return on(date).stream().filter(m -> m.number().equals(number)).findFirst().orElseThrow(
        () -> new AssertionError(number + " not valid on " + date));
  }

  private void totalIs(String date, int expected) {
    assertThat(on(date)).hasSize(expected);
    assertThat(register.source().declaredTotals()).containsEntry(LocalDate.parse(date), expected);
  }

  private static void endsWith(RegisteredMunicipality m, ChangeKind kind, String date, String... to) {
    Change change = m.end().orElseThrow();
    assertThat(change.kind()).as(m.toString()).isEqualTo(kind);
    assertThat(change.date()).isEqualTo(LocalDate.parse(date));
    assertThat(change.to()).containsExactly(to);
  }

  @Test
  void year2018TrondelagAndTheVestfoldMergers() {
    totalIs("2018-01-01", 422);
    assertThat(register.countiesOn(LocalDate.parse("2018-01-01"))).hasSize(18)
        .contains(County.TRONDELAG).doesNotContain(County.SOR_TRONDELAG, County.NORD_TRONDELAG);
    RegisteredMunicipality indreFosen = period("5054", "2018-01-01");
    assertThat(indreFosen.origin()).extracting(Change::from).containsExactlyInAnyOrder("1624", "1718");
    assertThat(indreFosen.origin()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.MERGED));
    assertThat(period("5001", "2018-01-01").origin()).singleElement()
        .satisfies(c -> assertThat(c.from()).isEqualTo("1601"))
        .satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.RENUMBERED));
    assertThat(period("0729", "2018-01-01").origin()).extracting(Change::from).containsExactlyInAnyOrder("0722", "0723");
    assertThat(period("1567", "2018-06-30").county()).isEqualTo(County.MORE_OG_ROMSDAL);
  }

  @Test
  void year2019RindalMovesToTrondelag() {
    totalIs("2019-01-01", 422);
    endsWith(period("1567", "2018-12-31"), ChangeKind.RENUMBERED, "2019-01-01", "5061");
    RegisteredMunicipality rindal = period("5061", "2019-01-01");
    assertThat(rindal.county()).isEqualTo(County.TRONDELAG);
    assertThat(rindal.validFrom()).contains(LocalDate.of(2019, 1, 1));
    assertThat(numbersOn("2019-01-01")).doesNotContain("1567");
  }

  @Test
  void year2020TheReform() {
    totalIs("2020-01-01", 356);
    assertThat(register.countiesOn(LocalDate.parse("2020-01-01"))).hasSize(11)
        .contains(County.VIKEN, County.VESTLAND, County.TROMS_OG_FINNMARK);
    endsWith(period("0101", "2019-12-31"), ChangeKind.RENUMBERED, "2020-01-01", "3001");
    endsWith(period("1102", "2019-12-31"), ChangeKind.MERGED, "2020-01-01", "1108");
    endsWith(period("1129", "2019-12-31"), ChangeKind.MERGED, "2020-01-01", "1108");
    endsWith(period("1018", "2019-12-31"), ChangeKind.MERGED, "2020-01-01", "4204");
    endsWith(period("1534", "2019-12-31"), ChangeKind.MERGED, "2020-01-01", "1507");
    endsWith(period("5012", "2019-12-31"), ChangeKind.SPLIT, "2020-01-01", "5055", "5056", "5059");
    endsWith(period("1850", "2019-12-31"), ChangeKind.SPLIT, "2020-01-01", "1806", "1875");
    endsWith(period("1444", "2019-12-31"), ChangeKind.MERGED, "2020-01-01", "1577");
    assertThat(period("1108", "2020-01-01").origin()).extracting(Change::from).containsExactlyInAnyOrder("1102", "1129");
    // Stavanger kept its number when Finnøy and Rennesøy joined it: one unbroken period
    assertThat(period("1103", "2019-12-31")).isSameAs(period("1103", "2020-01-01"));
    assertThat(period("1103", "2020-01-01").predecessors()).extracting(Change::from).containsExactly("1141", "1142");
    assertThat(period("1103", "2020-01-01").origin()).isEmpty();
  }

  @Test
  void year2021NoChangesSince2020() {
    totalIs("2021-01-01", 356);
    assertThat(numbersOn("2021-01-01")).isEqualTo(numbersOn("2020-01-01"));
  }

  @Test
  void year2022NoChangesSince2020() {
    totalIs("2022-01-01", 356);
    assertThat(numbersOn("2022-01-01")).isEqualTo(numbersOn("2020-01-01"));
  }

  @Test
  void year2023NoChangesSince2020() {
    totalIs("2023-01-01", 356);
    assertThat(numbersOn("2023-12-31")).isEqualTo(numbersOn("2020-01-01"));
  }

  @Test
  void year2024CountySplitsAndHaram() {
    totalIs("2024-01-01", 357);
    assertThat(register.countiesOn(LocalDate.parse("2024-01-01"))).hasSize(15)
        .contains(County.OSTFOLD_2024, County.AKERSHUS_2024, County.BUSKERUD_2024, County.VESTFOLD_2024,
            County.TELEMARK_2024, County.TROMS_2024, County.FINNMARK_2024)
        .doesNotContain(County.VIKEN, County.VESTFOLD_OG_TELEMARK, County.TROMS_OG_FINNMARK);
    endsWith(period("3001", "2023-12-31"), ChangeKind.RENUMBERED, "2024-01-01", "3101");
    endsWith(period("1507", "2023-12-31"), ChangeKind.SPLIT, "2024-01-01", "1508", "1580");
    endsWith(period("3005", "2023-12-31"), ChangeKind.RENUMBERED, "2024-01-01", "3301");
    endsWith(period("5444", "2023-12-31"), ChangeKind.RENUMBERED, "2024-01-01", "5605");
    assertThat(period("1580", "2024-01-01").name()).isEqualTo("Haram");
    assertThat(period("1580", "2024-01-01").origin()).singleElement()
        .satisfies(c -> assertThat(c.from()).isEqualTo("1507"));
    // Trøndelag was not split: Trondheim keeps 5001 from 2018 on
    RegisteredMunicipality trondheim = period("5001", "2024-01-01");
    assertThat(trondheim.validFrom()).contains(NationalRegister.FIRST_DAY);
    assertThat(trondheim.validTo()).isEmpty();
  }

  @Test
  void year2025SameAs2024() {
    totalIs("2025-01-01", 357);
    assertThat(numbersOn("2025-01-01")).isEqualTo(numbersOn("2024-01-01"));
  }

  @Test
  void year2026SameAs2024AndToday() {
    totalIs("2026-01-01", 357);
    assertThat(on("2026-12-02")).hasSize(357);
    assertThat(numbersOn("2026-12-02")).isEqualTo(numbersOn("2024-01-01")).contains("3101", "1508", "1580", "5501");
    assertThat(period("5612", "2026-12-02").name()).isEqualTo("Guovdageaidnu - Kautokeino");
  }

  @Test
  void everyDeclaredTotalMatchesTheData() {
    assertThat(register.source().declaredTotals()).hasSize(9);
    register.source().declaredTotals().forEach((date, total) ->
        assertThat(register.municipalitiesOn(date)).as(date.toString()).hasSize(total));
  }

  @Test
  void sourceIsRecordedWithTheData() {
    RegisterSource source = register.source();
    assertThat(source.publisher()).contains("Statistics Norway");
    assertThat(source.classifications()).contains("131").contains("104");
    assertThat(source.licence()).contains("NLOD 2.0");
    assertThat(source.version()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(source.retrieved()).isEqualTo(LocalDate.of(2026, 12, 2));
  }
}
