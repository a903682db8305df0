package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.IDN;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/**
 * An e-mail address of a service or unit, checked for form (not for existence).
 *
 * <p>Accepted: a local part of up to 64 characters in the common "dot-atom" form (letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~-}, with single dots between parts), an {@code @}, and a domain of at least two
 * labels whose last label (the top-level domain) has two or more letters; internationalised domain
 * names are accepted. The domain is lower-cased; the local part is kept as written. Quoted local
 * parts, IP-address domains and comments are rejected. Errors use {@link Rule#EMAIL} (or
 * {@link Rule#REQUIRED}/{@link Rule#NOT_BLANK}); messages do not repeat the address.
 *
 * <p>JSON: the address as a string, such as {@code "fact@sandnes.kommune.no"}.
 */
public final class EmailAddress {
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TLD = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

  private final String localPart;
  private final String domain;

  private EmailAddress(String localPart, String domain) {
    this.localPart = localPart;
    this.domain = domain;
  }

  /**
   * Parses an address, reporting an error on the field {@code "email"}.
   *
   * @param text the address
   * @return the address
   * @throws InvalidValueException if it is malformed
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EmailAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse("email", text);
  }

  /**
   * Parses an address, reporting an error on a named field.
   *
   * @param field the field name for the error
   * @param text the address
   * @return the address
   * @throws InvalidValueException if it is malformed
   */
  public static EmailAddress parse(String field, String text) {
    Objects.requireNonNull(text, "text");
    if (text == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "an e-mail address must be given");
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, Rule.NOT_BLANK, "an e-mail address must not be blank");
    }
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1 || trimmed.indexOf('@') != at) {
      throw new InvalidValueException(field, Rule.EMAIL, "an e-mail address has one '@' between a local part and a domain");
    }
    String local = trimmed.substring(0, at);
    String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
      throw new InvalidValueException(field, Rule.EMAIL, "the part before '@' is not a valid local part");
    }
    String ascii;
    if (isAscii(domain)) {
      // The label checks below are stricter than IDNA's rules for ASCII labels, and java.net.IDN would
      // cost a new JVM tens of milliseconds of Unicode tables for nothing.
      ascii = domain;
    } else {
      try {
        ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(field, Rule.EMAIL, "the domain is not a valid domain name");
      }
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 || ascii.length() > 253 || trimmed.length() > 254) {
      throw new InvalidValueException(field, Rule.EMAIL, "the domain needs at least two labels, such as kommune.no");
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw new InvalidValueException(field, Rule.EMAIL, "the domain has an empty or malformed label");
      }
    }
    if (!TLD.matcher(labels[labels.length - 1]).matches()) {
      throw new InvalidValueException(field, Rule.EMAIL, "the top-level domain must be letters");
    }
    return new EmailAddress(local, domain);
  }

  /**
   * The part before {@code @}, as written.
   *
   * @return the local part
   */
  public String localPart() {
    return localPart;
  }

  /**
   * The domain, lower-cased.
   *
   * @return the domain
   */
  public String domain() {
    return domain;
  }

  /**
   * The address, written to JSON.
   *
   * @return {@code local@domain}
   */
  @JsonValue
  public String value() {
    return localPart + "@" + domain;
  }

  /**
   * A {@code mailto:} address for links.
   *
   * @return the address
   */
  public String mailtoUri() {
    return "mailto:" + value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress && ((EmailAddress) o).value().equals(value());
  }

  @Override
  public int hashCode() {
    return value().hashCode();
  }

  @Override
  public String toString() {
    return value();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
