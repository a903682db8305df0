package no.rusomsorg.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A catalog document has several problems, all reported at once.
 *
 * <p>Reading a catalog ({@code RusomsorgJson.read(..., Catalog.class)}) does not stop at the first
 * invalid value: it records the problem, leaves the value out and reads on, so that a plugin author
 * sees every problem of a document in one run. When it found more than one, it throws this
 * exception; {@link #problems()} lists them in document order, each an {@link InvalidValueException}
 * with its own JSON path ({@code "$.services[2].contactPoints[0].phones[0]"}), rule and bounded
 * message. For a caller that handles one problem, the exception is that of the first problem:
 * {@link #field()} and {@link #rule()} are the first problem's.
 *
 * <p>What "all" means: every problem of a value is found whose enclosing values could be read. A
 * value whose parts have problems is left out without further checks of its own, since those would
 * only repeat the problem ("required field missing"); a syntax error ends the reading; and the checks
 * across the whole catalog (ids unique, references between ids) run only on a catalog without other
 * problems, and then report all of their problems together. At most {@value #MAX_PROBLEMS} problems
 * are kept; {@link #problemCount()} says how many were found.
 */
public final class CatalogProblemsException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The most problems kept and listed; more are counted in {@link #problemCount()}. */
  public static final int MAX_PROBLEMS = 100;

  private final List<InvalidValueException> problems;
  private final int problemCount;

  /**
   * Creates the exception.
   *
   * @param problems the problems in document order, at least one; the first {@value #MAX_PROBLEMS} are kept
   * @param problemCount how many problems were found, at least {@code problems.size()} (more when some
   *     were not kept)
   * @throws IllegalArgumentException if {@code problems} is empty or {@code problemCount} is smaller than its size
   */
  public CatalogProblemsException(List<InvalidValueException> problems, int problemCount) {
    super(first(problems).field(), first(problems).rule(), summary(problems, problemCount), first(problems));
    List<InvalidValueException> kept = new ArrayList<>(Math.min(problems.size(), MAX_PROBLEMS));
    for (int i = 0; i < problems.size() && i < MAX_PROBLEMS; i++) {
      kept.add(Objects.requireNonNull(problems.get(i), "problems[" + i + "]"));
    }
    this.problems = Collections.unmodifiableList(kept);
    this.problemCount = problemCount;
  }

  private static InvalidValueException first(List<InvalidValueException> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CatalogProblemsException needs at least one problem");
    }
    return Objects.requireNonNull(problems.get(0), "problems[0]");
  }

  private static String summary(List<InvalidValueException> problems, int problemCount) {
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException("problemCount " + problemCount + " is less than the " + problems.size()
          + " problems given");
    }
    int listed = Math.min(problems.size(), MAX_PROBLEMS);
    StringBuilder sb = new StringBuilder();
    sb.append(problemCount).append(" problems in the catalog");
    if (problemCount > listed) {
      sb.append(" (the first ").append(listed).append(" are listed; fix them and read again to see the rest)");
    }
    sb.append(": ");
    for (int i = 0; i < listed && sb.length() < MAX_DETAIL; i++) {
      sb.append(i == 0 ? "" : "; ").append(problems.get(i).getMessage());
    }
    return sb.toString();
  }

  /**
   * Every problem found, in document order, at most {@value #MAX_PROBLEMS}.
   *
   * @return the problems, unmodifiable; each with its JSON path, rule and bounded message
   */
  @Override
  public List<InvalidValueException> problems() {
    return problems;
  }

  /**
   * How many problems were found: the size of {@link #problems()}, or more when some were not kept.
   *
   * @return the number of problems found
   */
  public int problemCount() {
    return problemCount;
  }

  /**
   * The same problems with each path moved under a parent path.
   *
   * @param parent the parent path
   * @return a catalog-problems exception whose problems are each {@link InvalidValueException#under(String)}
   *     the parent
   */
  @Override
  public InvalidValueException under(String parent) {
    Objects.requireNonNull(parent, "parent");
    List<InvalidValueException> moved = new ArrayList<>(problems.size());
    for (InvalidValueException p : problems) {
      moved.add(p.under(parent));
    }
    return new CatalogProblemsException(moved, problemCount);
  }
}
