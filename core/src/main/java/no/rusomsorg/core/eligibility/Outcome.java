package no.rusomsorg.core.eligibility;

import java.util.Objects;

/**
 * The three-valued answer to "does this person meet the criterion?".
 *
 * <p>{@link #and}, {@link #or} and {@link #not} follow Kleene's strong three-valued logic, reading
 * {@link #ELIGIBLE} as true, {@link #NOT_ELIGIBLE} as false and {@link #UNKNOWN} as "could be
 * either": {@code NOT_ELIGIBLE.and(UNKNOWN)} is {@code NOT_ELIGIBLE} and {@code ELIGIBLE.or(UNKNOWN)}
 * is {@code ELIGIBLE}, because the unknown part cannot change the result; otherwise an unknown
 * operand makes the result unknown.
 */
public enum Outcome {
  /** The criterion is met. */
  ELIGIBLE,
  /** The criterion is not met. */
  NOT_ELIGIBLE,
  /** What is known does not decide it; more facts are needed. */
  UNKNOWN;

  /**
   * Kleene conjunction.
   *
   * @param other the other operand
   * @return {@code NOT_ELIGIBLE} if either is, else {@code UNKNOWN} if either is, else {@code ELIGIBLE}
   */
  public Outcome and(Outcome other) {
    Objects.requireNonNull(other, "other");
    if (this == NOT_ELIGIBLE || other == NOT_ELIGIBLE) {
      return NOT_ELIGIBLE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : ELIGIBLE;
  }

  /**
   * Kleene disjunction.
   *
   * @param other the other operand
   * @return {@code ELIGIBLE} if either is, else {@code UNKNOWN} if either is, else {@code NOT_ELIGIBLE}
   */
  public Outcome or(Outcome other) {
    Objects.requireNonNull(other, "other");
    if (this == ELIGIBLE || other == ELIGIBLE) {
      return ELIGIBLE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NOT_ELIGIBLE;
  }

  /**
   * Kleene negation: swaps the two known outcomes and keeps {@code UNKNOWN}.
   *
   * @return the negated outcome
   */
  public Outcome not() {
    return switch (this) {
      case ELIGIBLE -> NOT_ELIGIBLE;
      case NOT_ELIGIBLE -> ELIGIBLE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /**
   * Whether the outcome is decided.
   *
   * @return true for {@code ELIGIBLE} and {@code NOT_ELIGIBLE}
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
