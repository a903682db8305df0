package no.rusomsorg.core.eligibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Facts about a person contradict each other, or contradict the date they are evaluated on.
 *
 * <p>Examples: a fødselsnummer whose encoded date differs from the given birth date; a birth date
 * after the evaluation date. {@link #facts()} names the facts involved; the message never contains
 * their values.
 */
public final class ContradictoryFactsException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final Set<Fact> facts;

  /**
   * Creates the exception.
   *
   * @param field the field reported by {@link #field()}
   * @param facts the facts in conflict
   * @param message an explanation without personal data, or null
   */
  public ContradictoryFactsException(String field, Set<Fact> facts, @Nullable String message) {
    super(field, Rule.CONSISTENCY, message);
    Objects.requireNonNull(facts, "facts");
    this.facts = Collections.unmodifiableSet(facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts));
  }

  /**
   * The facts that contradict each other.
   *
   * @return the facts
   */
  public Set<Fact> facts() {
    return facts;
  }
}
