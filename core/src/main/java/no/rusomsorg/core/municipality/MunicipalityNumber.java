package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/**
 * A Norwegian municipality number (kommunenummer): exactly four ASCII digits, the first two being the
 * county number ({@code 1108} Sandnes in Rogaland, 11; {@code 4204} Kristiansand in Agder, 42).
 *
 * <p>A number identifies a municipality only for a period: numbers change when counties or
 * municipalities merge (see {@link Municipality}). Anything other than four digits is rejected with
 * {@link Rule#FORMAT}; {@code 0000} is rejected with {@link Rule#RANGE} because no county 00 exists.
 *
 * <p>JSON: the four digits as a string, {@code "1108"}.
 */
public final class MunicipalityNumber implements Comparable<MunicipalityNumber> {
  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

  private final String value;

  private MunicipalityNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a municipality number, reporting errors on the field {@code "number"}.
   *
   * @param text four digits
   * @return the number
   * @throws InvalidValueException if it is not four digits
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MunicipalityNumber of(String text) {
    Objects.requireNonNull(text, "text");
    return of("number", text);
  }

  /**
   * Parses a municipality number, reporting errors on a named field.
   *
   * @param field the field name for the error
   * @param text four digits
   * @return the number
   * @throws InvalidValueException if it is not four digits
   */
  public static MunicipalityNumber of(String field, String text) {
    Objects.requireNonNull(text, "text");
    if (text == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "a municipality number must be given");
    }
    if (!FOUR_DIGITS.matcher(text).matches()) {
      throw new InvalidValueException(field, Rule.FORMAT, "a municipality number is exactly four digits (got '" + text + "')");
    }
    if (text.startsWith("00")) {
      throw new InvalidValueException(field, Rule.RANGE, "a municipality number starts with a county number from 01");
    }
    return new MunicipalityNumber(text);
  }

  /**
   * The four digits.
   *
   * @return the number as text, leading zero kept ({@code "0301"})
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The county part: the first two digits.
   *
   * @return such as {@code "11"}
   */
  public String countyNumber() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(MunicipalityNumber o) {
    Objects.requireNonNull(o, "o");
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MunicipalityNumber && ((MunicipalityNumber) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
