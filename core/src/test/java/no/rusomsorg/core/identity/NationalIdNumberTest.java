package no.rusomsorg.core.identity;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.identity.InvalidNationalIdException.Reason;
import no.rusomsorg.core.identity.NationalIdNumber.ChecksumRule;
import no.rusomsorg.core.identity.NationalIdNumber.Kind;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class NationalIdNumberTest {

  @Test
  void generatedPre2032NumbersOfEveryKindDecodeToTheirBirthDate() {
    qt().withExamples(Examples.of(2000)).forAll(NationalIds.classic()).checkAssert(s -> {
      NationalIdNumber id = NationalIdNumber.parse(s.digits);
      assertThat(id.kind()).isEqualTo(s.kind);
      assertThat(id.checksumRule()).isEqualTo(ChecksumRule.PRE_2032);
      assertThat(id.birthDate()).contains(s.birthDate);
      assertThat(id.matchesBirthDate(s.birthDate)).isTrue();
      assertThat(id.digits()).isEqualTo(s.digits);
    });
  }

  @Test
  void numbersValidOnlyUnderThe2032RuleAreAcceptedButTellNoBirthDate() {
    qt().withExamples(Examples.of(2000)).forAll(NationalIds.from2032Only()).checkAssert(s -> {
      NationalIdNumber id = NationalIdNumber.parse(s.digits);
      assertThat(id.kind()).isEqualTo(s.kind);
      assertThat(id.checksumRule()).isEqualTo(ChecksumRule.FROM_2032);
      assertThat(id.birthDate()).isEmpty();
      assertThat(id.matchesBirthDate(s.birthDate)).isTrue();
      assertThat(id.matchesBirthDate(s.birthDate.plusDays(1))).isFalse();
    });
  }

  @Test
  void everyK1VariantOfThe2032RuleIsAcceptedAndNoOther() {
    // For the same first nine digits, K1 may leave remainder 0, 1, 2 or 3; K2 then follows from K1.
    qt().withExamples(Examples.of(1000)).forAll(NationalIds.classic()).checkAssert(s -> {
      String nine = s.digits.substring(0, 9);
      int accepted = 0;
      for (int k1 = 0; k1 <= 9; k1++) {
        for (int k2 = 0; k2 <= 9; k2++) {
          String candidate = nine + k1 + k2;
          if (NationalIdNumber.isValid(candidate)) {
            accepted++;
            int remainder = (weighted(candidate, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2, 1}, 10)) % 11;
            assertThat(remainder).isBetween(0, 3);
            assertThat(NationalIdNumber.parse(candidate).checksumRule())
                .isEqualTo(remainder == 0 ? ChecksumRule.PRE_2032 : ChecksumRule.FROM_2032);
          }
        }
      }
      // Four remainders, minus those whose K1 or K2 would be 10.
      int expected = 0;
      for (int r = 0; r <= 3; r++) {
        expected += NationalIds.make(dayOf(s), s.birthDate.getMonthValue(), s.birthDate.getYear() % 100, s.kind,
            Integer.parseInt(s.digits.substring(6, 9)), r) != null ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(expected).isBetween(1, 4);
    });
  }

  private static int dayOf(NationalIds.Sample s) {
    return s.birthDate.getDayOfMonth();
  }

  private static int weighted(String digits, int[] weights, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += weights[i] * (digits.charAt(i) - '0');
    }
    return sum;
  }

  @Test
  void everySingleDigitChangeOfAValidPre2032NumberIsRejected() {
    qt().withExamples(Examples.of(1000)).forAll(NationalIds.classic()).checkAssert(s -> {
      for (int pos = 0; pos < 11; pos++) {
        for (char c = '0'; c <= '9'; c++) {
          if (s.digits.charAt(pos) == c) {
            continue;
          }
          String changed = s.digits.substring(0, pos) + c + s.digits.substring(pos + 1);
          assertThat(NationalIdNumber.isValid(changed)).as("changed position %d", pos).isFalse();
        }
      }
    });
  }

  @Test
  void errorsAndToStringNeverContainTheDigits() {
    Gen<String> elevenDigits = in -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 11; i++) {
        sb.append((char) ('0' + in.next(Constraint.between(0, 9))));
      }
      return sb.toString();
    };
    qt().withExamples(Examples.of(2000)).forAll(elevenDigits).checkAssert(text -> {
      try {
        NationalIdNumber id = NationalIdNumber.parse(text);
        assertThat(id.toString()).doesNotContainPattern("[0-9]");
      } catch (InvalidNationalIdException e) {
        assertThat(e.getMessage()).doesNotContain(text).doesNotContain(text.substring(0, 6)).doesNotContain(text.substring(6));
        assertThat(e.field()).isEqualTo("nationalId");
        assertThat(e.reason()).isIn(Reason.CONTROL_DIGIT, Reason.DATE);
      }
    });
    qt().withExamples(Examples.of(500)).forAll(NationalIds.classic()).checkAssert(s -> {
      NationalIdNumber id = NationalIdNumber.parse(s.digits);
      assertThat(id.toString()).doesNotContainPattern("[0-9]").contains(s.kind.name());
    });
  }

  @Test
  void acceptsOneSpaceAfterTheSixthDigitAndNothingElse() {
    String digits = valid(1, 1, 90, Kind.FODSELSNUMMER, 123);
    assertThat(digits).isNotNull();
    String spaced = digits.substring(0, 6) + " " + digits.substring(6);
    assertThat(NationalIdNumber.parse(spaced)).isEqualTo(NationalIdNumber.parse(digits));
    assertThat(NationalIdNumber.parse(spaced).birthDate()).contains(LocalDate.of(1990, 1, 1));
    assertRejected(digits.substring(0, 5) + " " + digits.substring(5), Reason.LENGTH);
    assertRejected(" " + digits, Reason.LENGTH);
    assertRejected(digits + " ", Reason.LENGTH);
    assertRejected(digits.substring(0, 10), Reason.LENGTH);
    assertRejected("", Reason.LENGTH);
    assertRejected(digits.substring(0, 6) + "-" + digits.substring(6), Reason.LENGTH);
    assertRejected(digits.substring(0, 10) + "x", Reason.NOT_DIGITS);
    assertRejected(digits.substring(0, 6) + "  " + digits.substring(7), Reason.NOT_DIGITS);
    assertRejected("١٢٣٤٥٦٧٨٩٠١", Reason.NOT_DIGITS); // Arabic-Indic digits are not 0-9
    // null is a programmer error, not a rejected number (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> NationalIdNumber.parse(null)).withMessage("text");
  }

  @Test
  void impossibleDatesAreRejectedAsDate() {
    // 000-499 with YY 00 is 1900 by the pre-2032 series, and 1900 was not a leap year; but a number issued from
    // 2032 tells no century, so 29 February 00 is accepted without a birth date (born 2000, say).
    assertThat(NationalIdNumber.parse(valid(29, 2, 0, Kind.FODSELSNUMMER, 100)).birthDate()).isEmpty();
    assertThat(NationalIdNumber.parse(valid(29, 2, 0, Kind.FODSELSNUMMER, 600)).birthDate())
        .contains(LocalDate.of(2000, 2, 29)); // 2000 is
    assertRejected(firstValid(31, 4, 90, Kind.FODSELSNUMMER, 0), Reason.DATE);
    assertRejected(firstValid(0, 4, 90, Kind.FODSELSNUMMER, 0), Reason.DATE);
    assertRejected(firstValid(1, 13, 90, Kind.FODSELSNUMMER, 0), Reason.DATE);
    assertRejected(firstValid(1, 0, 90, Kind.FODSELSNUMMER, 0), Reason.DATE);
    assertRejected(firstValid(32, 1, 90, Kind.FODSELSNUMMER, 0), Reason.DATE);
    assertRejected(firstValid(29, 2, 91, Kind.FODSELSNUMMER, 2), Reason.DATE); // no century makes 91 a leap year
    // Both the D and the H offset at once, and FH-numbers (first digit 8 or 9), are not supported.
    String both = firstValid(45, 5, 90, Kind.H_NUMBER, 0);
    assertRejected(both, Reason.DATE);
    assertRejected(firstValid(81, 1, 90, Kind.FODSELSNUMMER, 0), Reason.DATE);
  }

  /** The first individual number that gives valid control digits for these six date digits. */
  private static String firstValid(int day, int month, int yy, Kind kind, int remainder) {
    for (int individual = 0; individual < 1000; individual++) {
      String digits = NationalIds.make(day, month, yy, kind, individual, remainder);
      if (digits != null) {
        return digits;
      }
    }
    throw new AssertionError("none");
  }

  @Test
  void dAndHNumbersDecodeTheirOffsets() {
    NationalIdNumber d = NationalIdNumber.parse(valid(17, 5, 85, Kind.D_NUMBER, 123));
    assertThat(d.kind()).isEqualTo(Kind.D_NUMBER);
    assertThat(d.birthDate()).contains(LocalDate.of(1985, 5, 17));
    NationalIdNumber h = NationalIdNumber.parse(valid(17, 12, 5, Kind.H_NUMBER, 987));
    assertThat(h.kind()).isEqualTo(Kind.H_NUMBER);
    assertThat(h.birthDate()).contains(LocalDate.of(2005, 12, 17));
  }

  @Test
  void peopleBornIn1854HaveTheirBirthDate() {
    // From the differential test against two public validators: 500-749 with YY 54 is 1854
    // (Skatteetaten, "Fødselsnummer": born 1854-1899 get 749-500).
    NationalIdNumber id = NationalIdNumber.parse("05015452287");
    assertThat(id.kind()).isEqualTo(Kind.FODSELSNUMMER);
    assertThat(id.checksumRule()).isEqualTo(ChecksumRule.PRE_2032);
    assertThat(id.birthDate()).contains(LocalDate.of(1854, 1, 5));
    assertThat(birth(31, 12, 54, Kind.FODSELSNUMMER, 749 - 49)).contains(LocalDate.of(1854, 12, 31));
    assertThat(birth(17, 5, 54, Kind.H_NUMBER, 500)).contains(LocalDate.of(1854, 5, 17));
    // 500-599 with YY 54-57: only the old series covers it (the 2021 D-number series starts at 1858).
    assertThat(birth(1, 3, 54, Kind.D_NUMBER, 550)).contains(LocalDate.of(1854, 3, 1));
    // 600-749 with YY 54 as a D-number: 1854 by the old series, 1954 by the 2021 one; not 1954 for sure.
    assertThat(birth(1, 3, 54, Kind.D_NUMBER, 650)).isEmpty();
    assertThat(birth(1, 3, 53, Kind.FODSELSNUMMER, 650)).isEmpty(); // 500-749 with YY 40-53: no series
  }

  @Test
  void aDNumberOn29February00IsFrom2000WhereTheSeriesReadEither1900Or2000() {
    // 200-499 with YY 00: 1900 by the old series, 2000 by the 2021 D-number series; 1900 was not a leap year.
    assertThat(birth(29, 2, 0, Kind.D_NUMBER, 300)).contains(LocalDate.of(2000, 2, 29));
    assertThat(birth(28, 2, 0, Kind.D_NUMBER, 300)).isEmpty();
    // 000-199: 1900 by both, so 29 February 00 cannot be a pre-2032 number; from 2032 it may be one, without a
    // birth date the number can tell.
    assertThat(birth(29, 2, 0, Kind.D_NUMBER, 100)).isEmpty();
    assertThat(birth(29, 2, 0, Kind.H_NUMBER, 100)).isEmpty();
    assertThat(birth(29, 2, 0, Kind.H_NUMBER, 600)).contains(LocalDate.of(2000, 2, 29));
  }

  @Test
  void centuryTableEdges() {
    assertThat(birth(1, 1, 55, Kind.FODSELSNUMMER, 500)).contains(LocalDate.of(1855, 1, 1));
    assertThat(birth(1, 1, 99, Kind.FODSELSNUMMER, 749)).contains(LocalDate.of(1899, 1, 1));
    assertThat(birth(1, 1, 39, Kind.FODSELSNUMMER, 999)).contains(LocalDate.of(2039, 1, 1));
    assertThat(birth(1, 1, 40, Kind.FODSELSNUMMER, 900)).contains(LocalDate.of(1940, 1, 1));
    assertThat(birth(1, 1, 0, Kind.FODSELSNUMMER, 499)).contains(LocalDate.of(1900, 1, 1));
    // Not covered by the pre-2032 table (and possible for numbers issued from 2032): no birth date.
    assertThat(birth(1, 1, 45, Kind.FODSELSNUMMER, 600)).isEmpty();
    assertThat(birth(1, 1, 80, Kind.FODSELSNUMMER, 800)).isEmpty();
  }

  @Test
  void dNumbersInTheAmbiguousPartOfThe2021SeriesTellNoBirthDate() {
    // 200-499 with YY < 40: 1900s by the old table, 2000s in the D-number series extended in 2021.
    assertThat(birth(1, 1, 10, Kind.D_NUMBER, 300)).isEmpty();
    assertThat(birth(1, 1, 10, Kind.FODSELSNUMMER, 300)).contains(LocalDate.of(1910, 1, 1));
    // 600-749 with YY 54-99: 1800s by the old table, 1900s in the extended series.
    assertThat(birth(1, 1, 70, Kind.D_NUMBER, 650)).isEmpty();
    assertThat(birth(1, 1, 54, Kind.D_NUMBER, 600)).isEmpty();
    // Only the extended series covers 750-899 with YY >= 40.
    assertThat(birth(1, 1, 70, Kind.D_NUMBER, 800)).contains(LocalDate.of(1970, 1, 1));
  }

  /** A valid pre-2032 number with the first usable individual number from {@code individual} on. */
  private static String valid(int day, int month, int yy, Kind kind, int individual) {
    for (int i = individual; i < individual + 50; i++) {
      String digits = NationalIds.make(day, month, yy, kind, i, 0);
      if (digits != null) {
        return digits;
      }
    }
    throw new AssertionError("none");
  }

  private static java.util.Optional<LocalDate> birth(int day, int month, int yy, Kind kind, int individual) {
    for (int i = individual; i < individual + 50; i++) {
      String digits = NationalIds.make(day, month, yy, kind, i, 0);
      if (digits != null) {
        return NationalIdNumber.parse(digits).birthDate();
      }
    }
    throw new AssertionError("none");
  }

  @Test
  void theSkatteetatenExamplesOf2032AreValid() {
    // Published examples for numbers issued in 2032 (Skatteetaten, "Nytt fødselsnummer fra 2032").
    NationalIdNumber first = NationalIdNumber.parse("02013299997");
    assertThat(first.checksumRule()).isEqualTo(ChecksumRule.PRE_2032);
    NationalIdNumber second = NationalIdNumber.parse("30108299939");
    assertThat(second.checksumRule()).isEqualTo(ChecksumRule.FROM_2032);
    assertThat(second.birthDate()).isEmpty();
    assertThat(second.matchesBirthDate(LocalDate.of(1982, 10, 30))).isTrue();
  }

  @Test
  void jsonNeitherWritesNorReadsANationalId() {
    NationalIdNumber id = NationalIdNumber.parse(valid(1, 1, 90, Kind.FODSELSNUMMER, 123));
    assertThatThrownBy(() -> RusomsorgJson.strict().write(id))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id.digits()));
    assertThatThrownBy(() -> RusomsorgJson.strict().read("\"" + id.digits() + "\"", NationalIdNumber.class))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id.digits()));
  }

  @Test
  void equalityIsByDigits() {
    String digits = valid(24, 12, 64, Kind.FODSELSNUMMER, 222);
    assertThat(NationalIdNumber.parse(digits)).isEqualTo(NationalIdNumber.parse(digits))
        .hasSameHashCodeAs(NationalIdNumber.parse(digits));
    assertThatNullPointerException().isThrownBy(() -> NationalIdNumber.parse(digits).matchesBirthDate(null))
        .withMessage("date");
  }

  private static void assertRejected(String text, Reason reason) {
    assertThat(text).isNotNull();
    assertThatThrownBy(() -> NationalIdNumber.parse(text))
        .isInstanceOfSatisfying(InvalidNationalIdException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.rule()).isEqualTo(reason.rule());
          if (!text.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(text.trim());
          }
        });
  }
}
