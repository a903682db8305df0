package no.rusomsorg.core.identity;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import no.rusomsorg.core.identity.InvalidNationalIdException.Reason;
import no.rusomsorg.core.identity.NationalIdNumber.ChecksumRule;
import no.rusomsorg.core.identity.NationalIdNumber.Kind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The century a national identity number encodes, checked against the allocation tables as the sources
 * state them, transcribed here separately from the code.
 *
 * <p>Sources:
 * <ul>
 *   <li>All kinds: Skatteetaten, "Fødselsnummer" (skatteetaten.no, Person › Folkeregister › Fødsel og
 *       navnevalg › Barn født i Norge; undated web page): people born 1854-1899 get 749-500, 1900-1999
 *       get 499-000, 1940-1999 also 999-900, 2000-2039 get 999-500. Direktoratet for e-helse,
 *       "Identifikatorer for personer" (ehelse.no), lists the same series. H-numbers: KITH report 11/98,
 *       "Hjelpenummer for personer uten kjent fødselsnummer" (1998): allocated as for fødselsnummer,
 *       century included.</li>
 *   <li>D-numbers from 16 November 2021: Skatteetaten, "Utvidelse av D-nummerserien", news of
 *       24 June 2021 in the Folkeregisteret API documentation
 *       (skatteetaten.github.io/folkeregisteret-api-dokumentasjon); born 1858-1899: 500-599;
 *       1900-1939: 000-199; 1940-1999: 000-499 and 600-999; 2000-2039: 200-999.</li>
 * </ul>
 * A D-number may have been issued under either table, so its readings are the union of both; the number
 * tells the birth date only when exactly one reading is a day that exists.
 */
class NationalIdCenturyTableTest {

  /** One row of a source's table: individual numbers {@code from}-{@code to} for people born in the years. */
  record Row(int from, int to, int firstYear, int lastYear) {}

  /** Skatteetaten, "Fødselsnummer": every kind. */
  static final List<Row> SERIES = List.of(
      new Row(500, 749, 1854, 1899),
      new Row(0, 499, 1900, 1999),
      new Row(900, 999, 1940, 1999),
      new Row(500, 999, 2000, 2039));

  /** Skatteetaten, "Utvidelse av D-nummerserien" (2021): D-numbers issued from 16 November 2021. */
  static final List<Row> D_SERIES_2021 = List.of(
      new Row(500, 599, 1858, 1899),
      new Row(0, 199, 1900, 1939),
      new Row(0, 499, 1940, 1999),
      new Row(600, 999, 1940, 1999),
      new Row(200, 999, 2000, 2039));

  private static final List<Row> SERIES_AND_D_SERIES_2021 =
      java.util.stream.Stream.concat(SERIES.stream(), D_SERIES_2021.stream()).toList();

  /** The full birth years the tables allow for an individual number and two-digit year. */
  static Set<Integer> readings(Kind kind, int individual, int yy) {
    Set<Integer> years = new TreeSet<>();
    List<Row> rows = kind == Kind.D_NUMBER ? SERIES_AND_D_SERIES_2021 : SERIES;
    for (Row row : rows) {
      if (individual < row.from() || individual > row.to()) {
        continue;
      }
      // The one year of the row, if any, that ends in the two digits (no row spans more than 100 years).
      int year = row.firstYear() - row.firstYear() % 100 + yy;
      if (year < row.firstYear()) {
        year += 100;
      }
      if (year <= row.lastYear()) {
        years.add(year);
      }
    }
    return years;
  }

  /** What parsing a pre-2032 number must give: rejected (null), or the birth date it tells (maybe empty). */
  static Optional<Optional<LocalDate>> expected(Kind kind, int individual, int yy, int month, int day) {
    Set<Integer> years = readings(kind, individual, yy);
    Set<LocalDate> days = new TreeSet<>();
    for (int year : years) {
      exists(year, month, day).ifPresent(days::add);
    }
    if (days.isEmpty()) {
      // The tables are silent, or every reading is a day that does not exist: only a number issued from 2032
      // (whose individual number tells no century) can be like this, so the day must exist in some century.
      boolean somewhere = IntStream.of(1800, 1900, 2000).anyMatch(c -> exists(c + yy, month, day).isPresent());
      return somewhere ? Optional.of(Optional.empty()) : Optional.empty();
    }
    return Optional.of(days.size() == 1 ? Optional.of(days.iterator().next()) : Optional.empty());
  }

  private static Optional<LocalDate> exists(int year, int month, int day) {
    return YearMonth.of(year, month).isValidDay(day) ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  private static void assertAgreesWithTheTables(Kind kind, int individual, int yy, int month, int day, String digits) {
    String problem = disagreement(kind, individual, yy, month, day, digits);
    if (problem != null) {
      throw new AssertionError(kind + " with individual number " + individual + ", year " + yy + ", day " + day + "."
          + month + ": " + problem);
    }
  }

  /** Null if parsing agrees with the tables, otherwise what went wrong (without AssertJ: this runs 400,000 times). */
  private static String disagreement(Kind kind, int individual, int yy, int month, int day, String digits) {
    Optional<Optional<LocalDate>> want = expected(kind, individual, yy, month, day);
    NationalIdNumber id;
    try {
      id = NationalIdNumber.parse(digits);
    } catch (InvalidNationalIdException e) {
      return want.isEmpty() && e.reason() == Reason.DATE ? null : "rejected as " + e.reason() + ", expected " + want;
    }
    if (want.isEmpty()) {
      return "accepted with birth date " + id.birthDate() + ", expected rejection as DATE";
    }
    if (id.kind() != kind || id.checksumRule() != ChecksumRule.PRE_2032) {
      return "read as " + id.kind() + " " + id.checksumRule();
    }
    return id.birthDate().equals(want.get()) ? null : "birth date " + id.birthDate() + ", expected " + want.get();
  }

  /** A day and month, often an edge: 29 February, 28 February, month ends, 1 January, an impossible day. */
  private static final Gen<int[]> DAY_MONTH = in -> {
    int pick = (int) in.next(Constraint.between(0, 9));
    switch (pick) {
      case 0: case 1: return new int[] {29, 2};
      case 2: return new int[] {28, 2};
      case 3: return new int[] {(int) in.next(Constraint.between(29, 31)), (int) in.next(Constraint.between(1, 12))};
      case 4: return new int[] {1, 1};
      default: return new int[] {(int) in.next(Constraint.between(1, 31)), (int) in.next(Constraint.between(1, 12))};
    }
  };

  /** Two-digit years, often at the table's edges (00, 39, 40, 53, 54, 57, 58, 99). */
  private static final Gen<Integer> YY = in -> {
    int[] edges = {0, 39, 40, 53, 54, 57, 58, 99};
    return in.next(Constraint.between(0, 1)) == 0
        ? edges[(int) in.next(Constraint.between(0, edges.length - 1))]
        : (int) in.next(Constraint.between(0, 99));
  };

  /** Individual numbers, often at the series' edges. */
  private static final Gen<Integer> INDIVIDUAL = in -> {
    int[] edges = {0, 199, 200, 499, 500, 599, 600, 749, 750, 899, 900, 999};
    return in.next(Constraint.between(0, 1)) == 0
        ? edges[(int) in.next(Constraint.between(0, edges.length - 1))]
        : (int) in.next(Constraint.between(0, 999));
  };

  private static final Gen<Kind> KIND = in -> Kind.values()[(int) in.next(Constraint.between(0, 2))];

  @Test
  void generatedNumbersOfEveryKindReadTheCenturyTheTablesGive() {
    qt().withExamples(Examples.of(20000)).forAll(KIND, INDIVIDUAL, YY, DAY_MONTH)
        .assuming((kind, individual, yy, dm) -> NationalIds.make(dm[0], dm[1], yy, kind, individual, 0) != null)
        .checkAssert((kind, individual, yy, dm) -> assertAgreesWithTheTables(kind, individual, yy, dm[1], dm[0],
            NationalIds.make(dm[0], dm[1], yy, kind, individual, 0)));
  }

  @Test
  void generatedNumbersValidOnlyUnderThe2032RuleNeverTellABirthDate() {
    Gen<Integer> remainder = in -> (int) in.next(Constraint.between(1, 3));
    qt().withExamples(Examples.of(5000)).forAll(KIND, INDIVIDUAL, YY, DAY_MONTH.zip(remainder, (dm, r) -> new int[] {dm[0], dm[1], r}))
        .assuming((kind, individual, yy, dmr) -> NationalIds.make(dmr[0], dmr[1], yy, kind, individual, dmr[2]) != null)
        .checkAssert((kind, individual, yy, dmr) -> {
          String digits = NationalIds.make(dmr[0], dmr[1], yy, kind, individual, dmr[2]);
          boolean somewhere = IntStream.of(1800, 1900, 2000).anyMatch(c -> exists(c + yy, dmr[1], dmr[0]).isPresent());
          if (!somewhere) {
            assertThatThrownBy(() -> NationalIdNumber.parse(digits)).isInstanceOf(InvalidNationalIdException.class);
            return;
          }
          NationalIdNumber id = NationalIdNumber.parse(digits);
          assertThat(id.checksumRule()).isEqualTo(ChecksumRule.FROM_2032);
          assertThat(id.birthDate()).isEmpty();
        });
  }

  /**
   * Every individual number 000-999 with every two-digit year 00-99, for each kind: on 29 February,
   * 28 February, 31 December and 1 January where those give valid control digits, and otherwise on
   * the first day of the year that does.
   */
  @Test
  void everyIndividualNumberAndYearOfEveryKindReadsTheCenturyTheTablesGive() {
    int[][] edgeDays = {{29, 2}, {28, 2}, {31, 12}, {1, 1}};
    int numbers = 0;
    // under the mutation run: the individual numbers at and beside every edge of the tables, and every 23rd
    int[] edges = {0, 1, 198, 199, 200, 201, 498, 499, 500, 501, 598, 599, 600, 601, 748, 749, 750, 751, 898, 899, 900, 901, 998,
        999};
    for (Kind kind : Kind.values()) {
      for (int individual = 0; individual <= 999; individual++) {
        int i = individual;
        if (!Examples.exhaustive() && individual % 23 != 0 && java.util.Arrays.stream(edges).noneMatch(e -> e == i)) {
          continue;
        }
        for (int yy = 0; yy <= 99; yy++) {
          int checked = 0;
          for (int[] dm : edgeDays) {
            String digits = NationalIds.make(dm[0], dm[1], yy, kind, individual, 0);
            if (digits != null) {
              assertAgreesWithTheTables(kind, individual, yy, dm[1], dm[0], digits);
              checked++;
            }
          }
          for (int day = 2; checked == 0 && day <= 31; day++) {
            String digits = NationalIds.make(day, 1, yy, kind, individual, 0);
            if (digits != null) {
              assertAgreesWithTheTables(kind, individual, yy, 1, day, digits);
              checked++;
            }
          }
          assertThat(checked).as("%s %d %d has a valid number", kind, individual, yy).isPositive();
          numbers += checked;
        }
      }
    }
    assertThat(numbers).isGreaterThan(Examples.exhaustive() ? 3 * 1000 * 100 : 3 * 60 * 100);
  }

  @Test
  void theIndependentTablesSayWhatTheSourcesSay() {
    // Spot checks of the transcription itself, so that a typo in a row cannot hide a bug in the code.
    assertThat(readings(Kind.FODSELSNUMMER, 522, 54)).containsExactly(1854);
    assertThat(readings(Kind.FODSELSNUMMER, 749, 99)).containsExactly(1899);
    assertThat(readings(Kind.FODSELSNUMMER, 750, 99)).isEmpty();
    assertThat(readings(Kind.FODSELSNUMMER, 600, 53)).isEmpty();
    assertThat(readings(Kind.FODSELSNUMMER, 999, 39)).containsExactly(2039);
    assertThat(readings(Kind.FODSELSNUMMER, 900, 40)).containsExactly(1940);
    assertThat(readings(Kind.H_NUMBER, 499, 0)).containsExactly(1900);
    assertThat(readings(Kind.D_NUMBER, 300, 10)).containsExactly(1910, 2010);
    assertThat(readings(Kind.D_NUMBER, 650, 54)).containsExactly(1854, 1954);
    assertThat(readings(Kind.D_NUMBER, 550, 56)).containsExactly(1856);
    assertThat(readings(Kind.D_NUMBER, 800, 70)).containsExactly(1970);
    assertThat(readings(Kind.D_NUMBER, 550, 45)).isEmpty();
    assertThat(Year.isLeap(1900)).isFalse();
  }
}
