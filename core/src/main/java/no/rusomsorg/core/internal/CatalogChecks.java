package no.rusomsorg.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/** Validation helpers for the catalog model (services, contacts, municipalities). Not API. */
public final class CatalogChecks {
  private CatalogChecks() {}

  /**
   * Rejects a null argument: a {@link NullPointerException} whose message is the parameter's name
   * (a programmer error, docs/adr/0022).
   *
   * @param field the argument's name for the error
   * @param value the value
   * @param <T> the type
   * @return the value
   */
  public static <T> T notNull(String field, T value) {
    return Objects.requireNonNull(value, field);
  }

  /**
   * Rejects a list in which two elements share a key, naming the second occurrence by index
   * ({@code "services[3].id"}).
   *
   * @param list the list's field name
   * @param keyField the key's field name inside an element
   * @param items the elements
   * @param key the key function
   * @param <T> the element type
   * @param <K> the key type
   */
  public static <T, K> void uniqueIn(String list, String keyField, List<T> items, Function<T, K> key) {
    List<InvalidValueException> problems = new java.util.ArrayList<>();
    uniqueIn(list, keyField, items, key, problems);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }

  /**
   * Like {@link #uniqueIn(String, String, List, Function)}, but adds every repeated key to a list of
   * problems instead of throwing at the first.
   *
   * @param list the list's field name
   * @param keyField the key's field name inside an element
   * @param items the elements
   * @param key the key function
   * @param problems where each problem is added, in list order
   * @param <T> the element type
   * @param <K> the key type
   */
  public static <T, K> void uniqueIn(String list, String keyField, List<T> items, Function<T, K> key,
      List<InvalidValueException> problems) {
    Map<K, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      Integer first = seen.putIfAbsent(k, i);
      if (first != null) {
        problems.add(new InvalidValueException(list + "[" + i + "]" + (keyField.isEmpty() ? "" : "." + keyField),
            Rule.UNIQUE, InvalidValueException.quote(String.valueOf(k)) + " is already used by " + list + "[" + first
            + "]"));
      }
    }
  }

  /**
   * Throws the problems found by the checks across a whole catalog: nothing when there are none, the
   * problem itself when there is one, and a {@link no.rusomsorg.core.CatalogProblemsException} with all
   * of them otherwise.
   *
   * @param problems the problems, in document order
   */
  public static void throwAll(List<InvalidValueException> problems) {
    if (problems.size() == 1) {
      throw problems.get(0);
    }
    if (!problems.isEmpty()) {
      throw new no.rusomsorg.core.CatalogProblemsException(problems, problems.size());
    }
  }
}
