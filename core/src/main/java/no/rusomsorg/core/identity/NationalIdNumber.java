package no.rusomsorg.core.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.identity.InvalidNationalIdException.Reason;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Norwegian national identity number: a fødselsnummer, a D-number or an H-number.
 *
 * <h2>Personal data</h2>
 * The number identifies a person. {@link #toString()} shows only the kind
 * ({@code NationalIdNumber[FODSELSNUMMER, ***********]}), exceptions never contain it, and the
 * library's JSON refuses to write or read it (see below). The digits are available only through
 * {@link #digits()}, whose caller takes responsibility for them.
 *
 * <h2>Structure</h2>
 * Eleven digits: the birth date as DDMMYY, a three-digit individual number, and two control digits
 * K1 and K2. A <b>D-number</b> (for people without a fødselsnummer) adds 4 to the first digit (day
 * 41-71); an <b>H-number</b> (a help number assigned in the health service) adds 4 to the third digit
 * (month 41-52). Numbers with both offsets, and the FH-numbers whose first digit is 8 or 9, are rejected.
 *
 * <h2>Control digits, before and from 2032</h2>
 * Let S1 be the sum of the first nine digits weighted 3, 7, 6, 1, 8, 9, 4, 5, 2, and r = (S1 + K1)
 * mod 11.
 * <ul>
 *   <li>Numbers issued before 2032 satisfy r = 0, that is K1 = 11 - (S1 mod 11), where 11 becomes 0
 *       and 10 means the individual number was never used ({@link ChecksumRule#PRE_2032}).</li>
 *   <li>Numbers issued from 1 January 2032 may have r = 0, 1, 2 or 3, so K1 = (11 + r - (S1 mod 11))
 *       mod 11 for one of those r; as before a K1 of 10 is impossible. There are thus up to four valid
 *       K1 digits for the same first nine digits. A number with r = 1, 2 or 3 is valid only under the
 *       new rule ({@link ChecksumRule#FROM_2032}).</li>
 *   <li>K2 is unchanged and has exactly one valid value: K2 = 11 - (S2 mod 11) (11 becomes 0, 10 is
 *       invalid), where S2 weights the first ten digits, K1 included, by 5, 4, 3, 2, 7, 6, 5, 4, 3, 2.</li>
 * </ul>
 * Both rules are accepted. Because K2 weights every one of the first ten digits by a factor that is
 * not a multiple of 11, changing any single digit of a valid number makes it invalid under either rule.
 * (Source: Skatteetaten, "Nytt fødselsnummer fra 2032", Folkeregisteret API documentation.)
 *
 * <h2>Birth date</h2>
 * {@link #birthDate()} reads the century from the individual number (digits 7-9) and the two-digit
 * year, with the series the population register allocated before 2032:
 * <table>
 *   <caption>Individual-number series (all kinds)</caption>
 *   <tr><th>Born</th><th>Individual numbers</th><th>so, by two-digit year</th></tr>
 *   <tr><td>1854-1899</td><td>500-749</td><td>500-749 with YY 54-99</td></tr>
 *   <tr><td>1900-1999</td><td>000-499</td><td>000-499 with any YY</td></tr>
 *   <tr><td>1940-1999</td><td>900-999</td><td>900-999 with YY 40-99</td></tr>
 *   <tr><td>2000-2039</td><td>500-999</td><td>500-999 with YY 00-39</td></tr>
 * </table>
 * The rows do not overlap: each individual number and year has at most one reading, and 500-749 with
 * YY 40-53 and 750-899 with YY 40-99 have none. (Sources: Skatteetaten, "Fødselsnummer", skatteetaten.no,
 * Person › Folkeregister › Fødsel og navnevalg › Barn født i Norge, undated web page; the same series are
 * listed by Direktoratet for e-helse, "Identifikatorer for personer", ehelse.no. The often-repeated form
 * "500-749 with YY &gt; 54 → 1855-1899" leaves out people born in 1854.)
 *
 * <p>An <b>H-number</b> is built and read like a fødselsnummer, with the same series (KITH report 11/98,
 * "Hjelpenummer for personer uten kjent fødselsnummer", 1998: individual numbers are allocated as for
 * fødselsnummer, century included).
 *
 * <p><b>D-numbers</b> issued from 16 November 2021 use an extended allocation (Skatteetaten,
 * "Utvidelse av D-nummerserien", news of 24 June 2021 in the Folkeregisteret API documentation,
 * skatteetaten.github.io/folkeregisteret-api-dokumentasjon; production date 16 November 2021 confirmed
 * in the news of 17 September 2021):
 * <table>
 *   <caption>D-number series from 16 November 2021</caption>
 *   <tr><th>Born</th><th>Individual numbers</th></tr>
 *   <tr><td>1858-1899</td><td>500-599</td></tr>
 *   <tr><td>1900-1939</td><td>000-199</td></tr>
 *   <tr><td>1940-1999</td><td>000-499 and 600-999</td></tr>
 *   <tr><td>2000-2039</td><td>200-999</td></tr>
 * </table>
 * (The notice's table says 1858-1899 and its text 1859-1899; the table is used here.) D-numbers issued
 * before then follow the first table, and the number does not say when it was issued, so a D-number is
 * read with both tables: where they agree, or only one of them gives a reading, that reading is used;
 * where they give different centuries (for example 200-499 with YY 00-39: 1900s or 2000s; 600-749 with
 * YY 54-99: 1800s or 1900s) the number alone cannot tell and the birth date is empty.
 *
 * <p>A reading whose day does not exist is discarded: a D-number 29 February 00 with individual number
 * 200-499 can only be from 2000, since 1900 was not a leap year. A number for which the tables give readings,
 * none of them a day that exists (29 February 00 with 000-499 as a fødselsnummer: 1900), cannot have been
 * issued before 2032; a number issued from 2032 may be like this (its individual number tells no century), so it
 * is accepted with an empty birth date. A number is rejected ({@link InvalidNationalIdException.Reason#DATE})
 * only when its day and month exist in no century (31 April, 29 February 91).
 *
 * <p>The birth date is <b>empty</b>:
 * <ul>
 *   <li>for a number valid only under the 2032 rule, whose individual number no longer tells the
 *       century: the birth date must come from the population register;</li>
 *   <li>for an individual number and year the tables do not cover (for example 750-899 with YY 40-99
 *       as a fødselsnummer), which a number issued from 2032 may have;</li>
 *   <li>for a D-number whose two readings differ, as above;</li>
 *   <li>for a number whose readings are all days that do not exist, as above.</li>
 * </ul>
 * A number issued from 2032 may by chance also satisfy the old rule (r = 0); its century is then read
 * from the tables above and may be wrong. Where the register's birth date is available, prefer it; use
 * {@link #matchesBirthDate(LocalDate)} to check that it agrees with the number.
 *
 * <p>Instances are immutable and thread-safe; equality is by the digits.
 */
@JsonSerialize(using = NationalIdNumber.RefuseToWrite.class)
@JsonDeserialize(using = NationalIdNumber.RefuseToRead.class)
public final class NationalIdNumber {
  private static final String FIELD = "nationalId";
  private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /** The three kinds of national identity number. */
  public enum Kind {
    /** An ordinary fødselsnummer, assigned at birth or on registration as resident. */
    FODSELSNUMMER,
    /** A D-number, for people who need an identity number without a fødselsnummer (day + 40). */
    D_NUMBER,
    /** An H-number, a help number assigned in the health service (month + 40). */
    H_NUMBER
  }

  /** The control-digit rule a number satisfies. */
  public enum ChecksumRule {
    /** K1 leaves remainder 0: valid before 2032, and still valid after (the rules overlap). */
    PRE_2032,
    /** K1 leaves remainder 1, 2 or 3: valid only for numbers issued from 1 January 2032. */
    FROM_2032
  }

  private final String digits;
  private final Kind kind;
  private final ChecksumRule rule;
  private final int day;
  private final int month;
  private final int twoDigitYear;
  private final LocalDate birthDate; // null when the number does not tell it

  private NationalIdNumber(String digits, Kind kind, ChecksumRule rule, int day, int month, int yy, LocalDate birthDate) {
    this.digits = digits;
    this.kind = kind;
    this.rule = rule;
    this.day = day;
    this.month = month;
    this.twoDigitYear = yy;
    this.birthDate = birthDate;
  }

  /**
   * Parses and validates a national identity number.
   *
   * <p>Accepts exactly eleven digits, or six digits, one space and five digits
   * ({@code "010190 12345"}); nothing else (no other separators, no surrounding space).
   *
   * @param text the number
   * @return the number
   * @throws InvalidNationalIdException with the reason, never with the number in its message
   */
  public static NationalIdNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text == null) {
      throw new InvalidNationalIdException(FIELD, Reason.MISSING);
    }
    int[] d = new int[11];
    Reason problem = readDigits(text, d);
    if (problem != null) {
      throw new InvalidNationalIdException(FIELD, problem);
    }
    return decode(d);
  }

  /**
   * Whether a text is a valid national identity number, by the same rules as {@link #parse}.
   *
   * @param text the text, may be null
   * @return true if {@link #parse} would accept it
   */
  public static boolean isValid(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      parse(text);
      return true;
    } catch (InvalidNationalIdException e) {
      return false;
    }
  }

  private static Reason readDigits(CharSequence text, int[] d) {
    int n = text.length();
    boolean spaced = n == 12 && text.charAt(6) == ' ';
    if (n != 11 && !spaced) {
      return Reason.LENGTH;
    }
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (spaced && i == 6) {
        continue;
      }
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Reason.NOT_DIGITS;
      }
      d[j++] = c - '0';
    }
    return null;
  }

  private static NationalIdNumber decode(int[] d) {
    int s1 = 0;
    for (int i = 0; i < 9; i++) {
      s1 += K1_WEIGHTS[i] * d[i];
    }
    int r = (s1 + d[9]) % 11;
    if (r > 3) {
      throw new InvalidNationalIdException(FIELD, Reason.CONTROL_DIGIT);
    }
    int s2 = 0;
    for (int i = 0; i < 10; i++) {
      s2 += K2_WEIGHTS[i] * d[i];
    }
    if ((s2 + d[10]) % 11 != 0) {
      throw new InvalidNationalIdException(FIELD, Reason.CONTROL_DIGIT);
    }
    ChecksumRule rule = r == 0 ? ChecksumRule.PRE_2032 : ChecksumRule.FROM_2032;

    boolean dOffset = d[0] >= 4;
    boolean hOffset = d[2] >= 4;
    if (dOffset && hOffset) {
      throw new InvalidNationalIdException(FIELD, Reason.DATE);
    }
    Kind kind = dOffset ? Kind.D_NUMBER : hOffset ? Kind.H_NUMBER : Kind.FODSELSNUMMER;
    int day = (dOffset ? d[0] - 4 : d[0]) * 10 + d[1];
    int month = (hOffset ? d[2] - 4 : d[2]) * 10 + d[3];
    int yy = d[4] * 10 + d[5];
    int individual = d[6] * 100 + d[7] * 10 + d[8];
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new InvalidNationalIdException(FIELD, Reason.DATE);
    }
    LocalDate birth = rule == ChecksumRule.PRE_2032 ? readBirthDate(kind, individual, yy, month, day) : null;
    if (birth == null && !existsInSomeCentury(day, month, yy)) {
      throw new InvalidNationalIdException(FIELD, Reason.DATE);
    }
    char[] chars = new char[11];
    for (int i = 0; i < 11; i++) {
      chars[i] = (char) ('0' + d[i]);
    }
    return new NationalIdNumber(new String(chars), kind, rule, day, month, yy, birth);
  }

  /**
   * The birth date the pre-2032 series give, or null if they give none, none that exists, or two different ones.
   */
  private static LocalDate readBirthDate(Kind kind, int individual, int yy, int month, int day) {
    int classic = classicCentury(individual, yy);
    int extended = kind == Kind.D_NUMBER ? extendedDNumberCentury(individual, yy) : -1;
    boolean ambiguous = false;
    LocalDate found = null;
    for (int century : new int[] {classic, extended}) {
      if (century < 0) {
        continue;
      }
      LocalDate reading = dateOrNull(century + yy, month, day);
      if (reading == null || reading.equals(found)) {
        continue;
      }
      if (found == null) {
        found = reading;
      } else {
        ambiguous = true;
      }
    }
    return ambiguous ? null : found;
  }

  /** The day, or null if it does not exist in that year (such a reading is discarded). */
  private static LocalDate dateOrNull(int year, int month, int day) {
    return YearMonth.of(year, month).isValidDay(day) ? LocalDate.of(year, month, day) : null;
  }

  /** The century (1800, 1900, 2000) of the series used for every kind, or -1 if they do not cover it. */
  private static int classicCentury(int individual, int yy) {
    if (individual <= 499) {
      return 1900; // 000-499: 1900-1999
    }
    if (individual <= 749 && yy >= 54) {
      return 1800; // 500-749: 1854-1899
    }
    if (yy <= 39) {
      return 2000; // 500-999: 2000-2039
    }
    if (individual >= 900) {
      return 1900; // 900-999: 1940-1999
    }
    return -1;
  }

  /** The century of the D-number series used from 16 November 2021, or -1 if they do not cover it. */
  private static int extendedDNumberCentury(int individual, int yy) {
    if (yy <= 39) {
      return individual >= 200 ? 2000 : 1900; // 200-999: 2000-2039; 000-199: 1900-1939
    }
    if (individual >= 500 && individual <= 599) {
      return yy >= 58 ? 1800 : -1; // 500-599: 1858-1899
    }
    return 1900; // 000-499 and 600-999: 1940-1999
  }

  private static boolean existsInSomeCentury(int day, int month, int yy) {
    if (month == 2 && day == 29) {
      return yy % 4 == 0; // 2000 was a leap year, so YY = 00 can be one
    }
    return day <= java.time.Month.of(month).length(false);
  }

  /**
   * The kind of number.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The control-digit rule the number satisfies.
   *
   * @return {@link ChecksumRule#PRE_2032} if it is valid under the old rule (and therefore also under
   *     the new one), {@link ChecksumRule#FROM_2032} if only under the new one
   */
  public ChecksumRule checksumRule() {
    return rule;
  }

  /**
   * The birth date the number encodes, when the number alone can tell it.
   *
   * <p>Empty for numbers valid only under the 2032 rule, for individual numbers and years the pre-2032
   * series do not cover, and for D-numbers the old and the 2021 D-number series read differently; see
   * the class documentation. A D-number's date may also differ from the person's real birth date, so the
   * population register's date takes precedence wherever it is known.
   *
   * @return the encoded birth date
   */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /**
   * Whether a birth date agrees with the day, month and two-digit year the number encodes.
   *
   * <p>The century is not compared: numbers issued from 2032 do not encode it.
   *
   * @param date a birth date, for example from the population register
   * @return true if day, month and year modulo 100 agree
   */
  public boolean matchesBirthDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getDayOfMonth() == day && date.getMonthValue() == month && Math.floorMod(date.getYear(), 100) == twoDigitYear;
  }

  /**
   * The eleven digits, without a space.
   *
   * <p><b>Personal data.</b> Do not log, print or store the result where personal data may not be.
   *
   * @return the digits
   */
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalIdNumber && ((NationalIdNumber) other).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * The kind, with the digits masked.
   *
   * @return for example {@code NationalIdNumber[D_NUMBER, ***********]}
   */
  @Override
  public String toString() {
    return "NationalIdNumber[" + kind + ", ***********]";
  }

  /** Refuses to write a national identity number: the wire format never carries one implicitly. */
  static final class RefuseToWrite extends ValueSerializer<NationalIdNumber> {
    RefuseToWrite() {}

    @Override
    public void serialize(NationalIdNumber value, JsonGenerator gen, SerializationContext ctxt) {
      throw DatabindException.from(gen,
          "a national identity number is personal data and is not written as JSON; pass digits() explicitly if you must");
    }
  }

  /** Refuses to read a national identity number from JSON, for the same reason. */
  static final class RefuseToRead extends ValueDeserializer<NationalIdNumber> {
    RefuseToRead() {}

    @Override
    public NationalIdNumber deserialize(JsonParser p, DeserializationContext ctxt) {
      throw DatabindException.from(p,
          "a national identity number is personal data and is not read from JSON; use NationalIdNumber.parse");
    }
  }
}
