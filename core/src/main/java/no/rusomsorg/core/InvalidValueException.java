package no.rusomsorg.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A value was rejected: a builder, a factory method or the JSON reader found data that breaks a rule.
 *
 * <p>{@link #field()} names the offending field as a path ({@code "units[0].contactPoints[1].phone"}
 * when known, otherwise the attribute name), and {@link #rule()} says which rule was broken, so a
 * caller can react without parsing the message. The message never repeats the rejected value when
 * that value could be personal data.
 *
 * <p><b>Bounded messages.</b> A rejected value that a message does quote is cut to
 * {@value #MAX_QUOTED} characters and an ellipsis ({@link #quote(String)}); the field path in the
 * message is cut to {@value #MAX_FIELD} characters and the explanation to {@value #MAX_DETAIL}, and
 * control and bidirectional-formatting characters are written as {@code \}{@code uXXXX}. So a
 * message is never longer than about {@value #MAX_MESSAGE} characters, whatever the input was.
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

  /** The most characters of a rejected value that a message quotes. */
  public static final int MAX_QUOTED = 64;
  /** The most characters of the field path that the message repeats ({@link #field()} is whole). */
  public static final int MAX_FIELD = 200;
  /** The most characters of the explanation. */
  public static final int MAX_DETAIL = 500;
  /** An upper bound on the length of any message of this exception. */
  public static final int MAX_MESSAGE = MAX_FIELD + MAX_DETAIL + 40;

  private final String field;
  private final Rule rule;
  private final String detail;

  /**
   * Creates an exception for a field and a rule.
   *
   * @param field the path of the offending field
   * @param rule the rule that was broken
   * @param message a human-readable explanation, without personal data, or null
   */
  public InvalidValueException(String field, Rule rule, @Nullable String message) {
    super(compose(field, rule, message));
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.detail = bounded(String.valueOf(message), MAX_DETAIL);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param field the path of the offending field
   * @param rule the rule that was broken
   * @param message a human-readable explanation, without personal data, or null
   * @param cause the underlying failure, or null
   */
  public InvalidValueException(String field, Rule rule, @Nullable String message,
      @Nullable Throwable cause) {
    super(compose(field, rule, message), cause);
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.detail = bounded(String.valueOf(message), MAX_DETAIL);
  }

  private static String compose(String field, Rule rule, @Nullable String message) {
    return bounded(String.valueOf(field), MAX_FIELD) + ": " + bounded(String.valueOf(message), MAX_DETAIL)
        + " [" + rule + "]";
  }

  /**
   * Quotes a rejected value for a message: in single quotes, cut to {@value #MAX_QUOTED} characters
   * with an ellipsis, control and bidirectional-formatting characters escaped. Never use it for a
   * value that could be personal data: leave such a value out.
   *
   * @param value the value, or null
   * @return the quoted, bounded form, such as {@code 'a-a-a-a…'}
   */
  public static String quote(@Nullable String value) {
    if (value == null) {
      return "null";
    }
    return "'" + bounded(value, MAX_QUOTED) + "'";
  }

  /**
   * The text cut to at most {@code max} characters (never between the two halves of a surrogate
   * pair) with an ellipsis, and with every control, bidirectional-formatting and lone surrogate
   * character written as {@code \}{@code uXXXX}, so that a message prints as it reads.
   */
  static String bounded(String text, int max) {
    int end = text.length();
    boolean cut = false;
    if (end > max) {
      end = max;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      cut = true;
    }
    StringBuilder sb = null;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean escape = c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x200e && c <= 0x200f
          || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0xfffe || c == 0xffff
          || Character.isHighSurrogate(c) && (i + 1 >= end || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (escape && sb == null) {
        sb = new StringBuilder(end + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (escape) {
          sb.append("\\u").append(String.format("%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    String out = sb != null ? sb.toString() : end == text.length() ? text : text.substring(0, end);
    return cut ? out + "\u2026" : out;
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
    Objects.requireNonNull(parent, "parent");
    String path = parent.isEmpty() ? field : field.startsWith("[") ? parent + field : parent + "." + field;
    return new InvalidValueException(path, rule, detail, this);
  }

  /**
   * Every problem this exception reports: itself alone, or, for a {@link CatalogProblemsException},
   * each problem found in a catalog document.
   *
   * @return the problems, at least one, each with its own {@link #field()} and {@link #rule()}
   */
  public List<InvalidValueException> problems() {
    return List.of(this);
  }

  /**
   * The explanation alone, without the field path and the rule that {@link #getMessage()} adds.
   *
   * @return the bounded explanation
   */
  public String detail() {
    return detail;
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
    public MissingValue(@Nullable String detail) {
      super(fieldOf(detail), Rule.REQUIRED, messageOf(detail));
    }

    private static String fieldOf(@Nullable String detail) {
      if (detail == null) {
        return "?";
      }
      Matcher m = REQUIRED_LIST.matcher(detail);
      if (m.find()) {
        return m.group(2).split(",\\s*")[0];
      }
      return detail.matches("[A-Za-z_$][\\w$.\\[\\]]*") ? detail : "?";
    }

    private static String messageOf(@Nullable String detail) {
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
