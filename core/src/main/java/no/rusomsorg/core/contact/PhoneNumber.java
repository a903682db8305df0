package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.Objects;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/**
 * A telephone number, parsed and validated with libphonenumber, Norway being the default region.
 *
 * <p>{@code "468 95 582"}, {@code "+47 468 95 582"}, {@code "0047 46895582"} and {@code "46895582"} are
 * the same number. Numbers of other countries are accepted when written with their country code.
 * Norwegian short numbers that libphonenumber's short-number data knows, such as {@code 113} and
 * {@code 116 117}, are accepted as {@link #shortNumber() short numbers}; they have no E.164 form.
 * Anything else (letters, extensions, numbers that cannot exist) is rejected with an
 * {@link InvalidValueException} whose rule is {@link Rule#PHONE_NUMBER}; the message does not repeat
 * the rejected text.
 *
 * <p>JSON: a string, the E.164 form ({@code "+4746895582"}) or the short number's digits
 * ({@code "116117"}); reading accepts every form {@link #parse(String)} accepts.
 *
 * <p>Instances are immutable; equal numbers are {@link #equals(Object) equal} however they were written.
 */
public final class PhoneNumber {
  private static final String REGION = "NO";
  private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()./\\-\\u00a0]+");
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String value;
  private final boolean shortNumber;
  private final String national;

  private PhoneNumber(String value, boolean shortNumber, String national) {
    this.value = value;
    this.shortNumber = shortNumber;
    this.national = national;
  }

  /**
   * Parses a phone number, reporting an error on the field {@code "phone"}.
   *
   * @param text the number as written
   * @return the number
   * @throws InvalidValueException if it is not a valid number
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PhoneNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse("phone", text);
  }

  /**
   * Parses a phone number, reporting an error on a named field.
   *
   * @param field the field name for the error
   * @param text the number as written
   * @return the number
   * @throws InvalidValueException if it is not a valid number
   */
  public static PhoneNumber parse(String field, String text) {
    Objects.requireNonNull(text, "text");
    if (text == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "a phone number must be given");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, Rule.NOT_BLANK, "a phone number must not be blank");
    }
    if (!ALLOWED.matcher(trimmed).matches()) {
      throw new InvalidValueException(field, Rule.PHONE_NUMBER,
          "a phone number has digits, spaces and an optional leading '+' only");
    }
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(trimmed, REGION);
    } catch (NumberParseException e) {
      throw new InvalidValueException(field, Rule.PHONE_NUMBER, "not a phone number (" + e.getErrorType() + ")");
    }
    if (parsed.hasExtension()) {
      throw new InvalidValueException(field, Rule.PHONE_NUMBER, "extensions are not supported");
    }
    if (UTIL.isValidNumber(parsed)) {
      String e164 = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
      String national;
      if (parsed.getCountryCode() != 47) {
        national = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
      } else if (UTIL.getNumberType(parsed) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
        // Norwegian custom for mobile numbers is 3-2-3 ("468 95 582"); libphonenumber writes 2-2-2-2
        String n = Long.toString(parsed.getNationalNumber());
        national = n.length() == 8 ? n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5)
            : UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
      } else {
        national = UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
      }
      return new PhoneNumber(e164, false, national);
    }
    String digits = trimmed.replaceAll("[^0-9]", "");
    if (!trimmed.startsWith("+") && digits.length() >= 3 && digits.length() <= 6
        && ShortNumberInfo.getInstance().isValidShortNumberForRegion(parsed, REGION)) {
      return new PhoneNumber(digits, true, groupShort(digits));
    }
    throw new InvalidValueException(field, Rule.PHONE_NUMBER, "not a valid phone number for region " + REGION
        + " or with a country code");
  }

  private static String groupShort(String digits) {
    return digits.length() == 6 ? digits.substring(0, 3) + " " + digits.substring(3) : digits;
  }

  /**
   * The canonical form, written to JSON: E.164 for ordinary numbers, the digits for short numbers.
   *
   * @return {@code "+4746895582"} or {@code "116117"}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Whether this is a short number such as 113 or 116 117.
   *
   * @return true for short numbers
   */
  public boolean shortNumber() {
    return shortNumber;
  }

  /**
   * The E.164 form; for a short number, which has none, its digits.
   *
   * @return {@code "+4746895582"}
   */
  public String e164() {
    return value;
  }

  /**
   * The form for display in Norway: Norwegian mobile numbers grouped 3-2-3 as is customary
   * ({@code "468 95 582"}), other Norwegian numbers as libphonenumber groups them ({@code "38 05 55 55"}), short numbers grouped as customary ({@code "116 117"}), foreign numbers in
   * international format.
   *
   * @return the display form
   */
  public String national() {
    return national;
  }

  /**
   * A {@code tel:} address for links.
   *
   * @return {@code "tel:+4746895582"} or {@code "tel:113"}
   */
  public String telUri() {
    return "tel:" + value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber && ((PhoneNumber) o).value.equals(value);
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
