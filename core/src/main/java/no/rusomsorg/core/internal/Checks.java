package no.rusomsorg.core.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/** Small validation helpers shared by the value types' {@code @Value.Check} methods. Not API. */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

  private Checks() {}

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
    if (value.isBlank()) {
      throw new InvalidValueException(field, Rule.NOT_BLANK, "must not be blank");
    }
    return value;
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
    notBlank(field, value);
    if (!ID.matcher(value).matches() || value.length() > 120) {
      throw new InvalidValueException(field, Rule.FORMAT,
          "an id is 1-120 lower-case letters a-z and digits, in parts joined by '-' or '.' (got '" + value + "')");
    }
    return value;
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
        throw new InvalidValueException(field, Rule.UNIQUE, "'" + k + "' occurs more than once");
      }
    }
  }
}
