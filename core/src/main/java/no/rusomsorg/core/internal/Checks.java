package no.rusomsorg.core.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.deadline.PeriodSpec;

/** Small validation helpers shared by the value types' {@code @Value.Check} methods. Not API. */
public final class Checks {
  /** The longest identifier. */
  public static final int MAX_ID_LENGTH = 120;
  /** The longest text of any kind in the model (a name, a description, an address line). */
  public static final int MAX_TEXT_LENGTH = 10_000;

  private Checks() {}

  /**
   * Rejects a period whose (upper) amount is 0, where a place needs at least 1 (a published complaint
   * deadline, a call-back time).
   *
   * @param field the field name for the error; the error names its {@code amount}
   * @param period the period, if any
   */
  public static void atLeastOne(String field, Optional<PeriodSpec> period) {
    if (period.isPresent() && period.get().amount() < 1) {
      throw new InvalidValueException(field + ".amount", Rule.RANGE, "must be from 1 to " + PeriodSpec.MAX_AMOUNT
          + " (got " + period.get().amount() + ")");
    }
  }

  /**
   * Rejects null, empty and white-space-only text.
   *
   * @param field the field name for the error
   * @param value the value
   * @return the value
   */
  public static String notBlank(String field, String value) {
    if (value == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "must be given");
    }
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(field, Rule.RANGE, "a text is at most " + MAX_TEXT_LENGTH
          + " characters long (got " + value.length() + ")");
    }
    if (value.isBlank()) {
      throw new InvalidValueException(field, Rule.NOT_BLANK, "must not be blank");
    }
    cleanText(field, value);
    return value;
  }

  /**
   * Rejects characters that have no place in a text shown to people: control characters other than
   * tab and line feed, bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069),
   * which can make a text display other than it reads, lone surrogates (not Unicode at all) and the
   * non-characters U+FFFE and U+FFFF. The message gives the position, never the text.
   *
   * @param field the field name for the error
   * @param value the text
   */
  public static void cleanText(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String problem = null;
      if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f) {
        problem = "a control character";
      } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
        problem = "a bidirectional embedding, override or isolate";
      } else if (c == 0xfffe || c == 0xffff) {
        problem = "a non-character";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        problem = "a lone surrogate (not Unicode)";
      } else if (Character.isLowSurrogate(c)) {
        problem = "a lone surrogate (not Unicode)";
      }
      if (problem != null) {
        throw new InvalidValueException(field, Rule.FORMAT, "contains " + problem + ", U+"
            + String.format("%04X", (int) c) + ", at position " + i);
      }
    }
  }

  /**
   * Rejects empty and white-space-only text when a value is present.
   *
   * @param field the field name for the error
   * @param value the optional value
   */
  public static void notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(field, value.get());
    }
  }

  /**
   * Checks an optional identifier like {@link #id(String, String)} when it is present.
   *
   * @param field the field name for the error
   * @param value the optional identifier
   */
  public static void id(String field, Optional<String> value) {
    if (value.isPresent()) {
      id(field, value.get());
    }
  }

  /**
   * Rejects an identifier that is not lower-case letters and digits separated by single dashes or dots.
   *
   * @param field the field name for the error
   * @param value the identifier
   * @return the identifier
   */
  public static String id(String field, String value) {
    if (value == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "must be given");
    }
    if (value.length() <= MAX_ID_LENGTH) {
      notBlank(field, value);
    }
    // The length first, then a loop: no regular expression, so no input can make the check recurse.
    if (value.length() > MAX_ID_LENGTH || !isId(value)) {
      throw new InvalidValueException(field, Rule.FORMAT,
          "an id is 1-" + MAX_ID_LENGTH + " lower-case letters a-z and digits, in parts joined by '-' or '.' (got "
              + InvalidValueException.quote(value) + ")");
    }
    return value;
  }

  /**
   * Whether a text is an identifier: lower-case letters a-z and digits, in parts joined by single
   * {@code '-'} or {@code '.'}, neither first nor last. Runs in one pass without recursion.
   *
   * @param value the text
   * @return true for an identifier of any length
   */
  public static boolean isId(String value) {
    if (value.isEmpty()) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        afterSeparator = false;
      } else if ((c == '-' || c == '.') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /**
   * Rejects a range whose end lies before its start.
   *
   * @param field the field name for the error
   * @param from the start
   * @param to the end, if any
   */
  public static void order(String field, LocalDate from, Optional<LocalDate> to) {
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new InvalidValueException(field, Rule.ORDER,
          "ends (" + to.get() + ") before it starts (" + from + ")");
    }
  }

  /**
   * Rejects a collection in which two elements share a key.
   *
   * @param field the field name for the error
   * @param items the elements
   * @param key the key function
   * @param <T> the element type
   * @param <K> the key type
   */
  public static <T, K> void unique(String field, Collection<T> items, Function<T, K> key) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k)) {
        throw new InvalidValueException(field, Rule.UNIQUE, InvalidValueException.quote(String.valueOf(k)) + " occurs more than once");
      }
    }
  }
}
