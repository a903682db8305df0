package no.rusomsorg.core.identity;

import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;

/**
 * A text was not a valid Norwegian national identity number.
 *
 * <p>{@link #reason()} says what was wrong so callers can branch on it. The rejected text is personal
 * data and is never part of the message, the field path or any other property of this exception.
 */
public final class InvalidNationalIdException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Why a text was rejected. */
  public enum Reason {
    /** No text was given. */
    MISSING(Rule.REQUIRED, "no national identity number was given"),
    /** Not eleven digits (optionally with a single space after the sixth). */
    LENGTH(Rule.FORMAT, "a national identity number has 11 digits, optionally with one space after the sixth"),
    /** Something other than the digits 0-9 (and the one allowed space). */
    NOT_DIGITS(Rule.FORMAT, "a national identity number contains only the digits 0-9"),
    /** A control digit does not match the other digits. */
    CONTROL_DIGIT(Rule.FORMAT, "a control digit does not match the other digits"),
    /** The first six digits do not encode a date that exists. */
    DATE(Rule.RANGE, "the first six digits do not encode a valid date");

    private final Rule rule;
    private final String message;

    Reason(Rule rule, String message) {
      this.rule = rule;
      this.message = message;
    }

    /**
     * The general rule this reason belongs to.
     *
     * @return the rule reported by {@link InvalidValueException#rule()}
     */
    public Rule rule() {
      return rule;
    }
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param field the name or path of the field that held the number
   * @param reason why the number was rejected
   */
  public InvalidNationalIdException(String field, Reason reason) {
    super(field, Objects.requireNonNull(reason, "reason").rule, reason.message);
    this.reason = reason;
  }

  /**
   * Why the number was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
