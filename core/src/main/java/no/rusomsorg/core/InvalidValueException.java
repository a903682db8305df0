package no.rusomsorg.core;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value was rejected: a builder, a factory method or the JSON reader found data that breaks a rule.
 *
 * <p>{@link #field()} names the offending field as a path ({@code "units[0].contactPoints[1].phone"}
 * when known, otherwise the attribute name), and {@link #rule()} says which rule was broken, so a
 * caller can react without parsing the message. The message never repeats the rejected value when
 * that value could be personal data.
 */
public class InvalidValueException extends RusomsorgException {
  private static final long serialVersionUID = 1L;

  /** The kinds of rule a value can break. */
  public enum Rule {
    /** A required value is missing or null. */
    REQUIRED,
    /** A text is empty or only white space. */
    NOT_BLANK,
    /** A text does not have the required format (pattern, digits, length). */
    FORMAT,
    /** A number or date is outside its allowed range. */
    RANGE,
    /** Two values are in the wrong order (an end before a start, a close before an open). */
    ORDER,
    /** Two periods or ranges overlap where they must not. */
    OVERLAP,
    /** A value occurs twice where it must be unique. */
    UNIQUE,
    /** A phone number that libphonenumber does not accept. */
    PHONE_NUMBER,
    /** An e-mail address that is not well formed. */
    EMAIL,
    /** A reference to something that does not exist. */
    REFERENCE,
    /** Values that contradict each other. */
    CONSISTENCY,
    /** A property that the format does not know. */
    UNKNOWN_PROPERTY,
    /** A document that cannot be parsed at all. */
    SYNTAX
  }

  private final String field;
  private final Rule rule;

  /**
   * Creates an exception for a field and a rule.
   *
   * @param field the path of the offending field
   * @param rule the rule that was broken
   * @param message a human-readable explanation, without personal data
   */
  public InvalidValueException(String field, Rule rule, String message) {
    super(field + ": " + message + " [" + rule + "]");
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param field the path of the offending field
   * @param rule the rule that was broken
   * @param message a human-readable explanation, without personal data
   * @param cause the underlying failure
   */
  public InvalidValueException(String field, Rule rule, String message, Throwable cause) {
    super(field + ": " + message + " [" + rule + "]", cause);
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * The path of the offending field.
   *
   * @return a field name or dotted path such as {@code "units[0].name"}
   */
  public String field() {
    return field;
  }

  /**
   * The rule that was broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns a copy of this exception whose field path is prefixed with {@code parent}, for
   * reporting a nested value's error with its full path.
   *
   * @param parent the path of the enclosing value, such as {@code "units[0]"}
   * @return a new exception with the longer path and this exception as its cause
   */
  public InvalidValueException under(String parent) {
    String path = parent.isEmpty() ? field : field.startsWith("[") ? parent + field : parent + "." + field;
    return new InvalidValueException(path, rule, bareMessage(), this);
  }

  private String bareMessage() {
    String msg = getMessage();
    int start = field.length() + 2;
    int end = msg.lastIndexOf(" [");
    return start <= end ? msg.substring(start, end) : msg;
  }

  /**
   * A required attribute was missing or null when a value was built.
   *
   * <p>Thrown by the generated builders in place of a bare {@link NullPointerException} or
   * {@link IllegalStateException}; {@link #field()} names the attribute.
   */
  public static final class MissingValue extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private static final Pattern REQUIRED_LIST = Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)]");

    /**
     * Creates the exception from the generated code's detail, which is either an attribute name or
     * the builder's "some of required attributes are not set [...]" sentence.
     *
     * @param detail the generated detail message
     */
    public MissingValue(String detail) {
      super(fieldOf(detail), Rule.REQUIRED, messageOf(detail));
    }

    private static String fieldOf(String detail) {
      if (detail == null) {
        return "?";
      }
      Matcher m = REQUIRED_LIST.matcher(detail);
      if (m.find()) {
        return m.group(2).split(",\\s*")[0];
      }
      return detail.matches("[A-Za-z_$][\\w$.\\[\\]]*") ? detail : "?";
    }

    private static String messageOf(String detail) {
      if (detail == null) {
        return "a required value is missing";
      }
      Matcher m = REQUIRED_LIST.matcher(detail);
      if (m.find()) {
        return "required value missing when building " + m.group(1) + " (missing: " + m.group(2) + ")";
      }
      return detail.matches("[A-Za-z_$][\\w$.\\[\\]]*") ? "required value is missing or null" : detail;
    }
  }
}
