package no.rusomsorg.core.casework;

import java.util.Objects;
import no.rusomsorg.core.RusomsorgException;
import org.jspecify.annotations.Nullable;

/**
 * An event was not allowed in a case's current state, or its data broke a rule of the case. The case
 * the event was applied to is unchanged (cases are immutable).
 *
 * <p>{@link #state()} and {@link #event()} are the machine's own enums ({@link ApplicationCase.State}
 * and {@link ApplicationCase.Event}, and so on), {@link #reason()} says which rule was broken. The
 * message never contains personal data.
 */
public class IllegalTransitionException extends RusomsorgException {
  private static final long serialVersionUID = 1L;

  /** Why an event was refused. */
  public enum Reason {
    /** The event cannot happen in the current state. */
    NOT_ALLOWED_IN_STATE,
    /** The event is dated before the case's previous event. */
    DATE_BEFORE_PREVIOUS_EVENT,
    /** Someone applied on another person's behalf without a power of attorney. */
    POWER_OF_ATTORNEY_MISSING,
    /** A refusal was given without reasons (fvl § 24). */
    REASONS_REQUIRED,
    /** Dates within the event contradict each other or the case (such as notice before the decision). */
    INCONSISTENT_DATES,
    /** A late complaint cannot be taken up: more than one year has passed since the decision (fvl § 31). */
    LATE_COMPLAINT_BARRED,
    /** A report from a relative under hol § 10-1 must be written. */
    REPORT_NOT_WRITTEN,
    /** A case opened on a relative's report cannot be closed before the relative has had feedback (hol § 10-1). */
    RELATIVE_FEEDBACK_MISSING,
    /** Detention under hol § 10-3 needs the expected end of the pregnancy. */
    EXPECTED_END_MISSING,
    /** A consent agreement under hol § 10-4 must be made at the latest on arrival. */
    AGREEMENT_AFTER_ARRIVAL,
    /** The event needs data the case does not have, or was already recorded. */
    INVALID_EVENT_DATA,
    /**
     * The municipality's interim decision lapsed: its proposal did not reach the tribunal within two
     * weeks (hol §§ 10-2, 10-3).
     */
    INTERIM_DECISION_LAPSED,
    /** A detention decision under hol § 10-2 lapsed: it was not carried out within six weeks. */
    DECISION_LAPSED,
    /** An agreed hold under hol § 10-4 is longer than the three weeks from intake the act allows. */
    HOLD_TOO_LONG
  }

  private final Enum<?> state;
  private final Enum<?> event;
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param state the case's state when the event was refused
   * @param event the refused event
   * @param reason why
   * @param message an explanation without personal data, or null
   */
  public IllegalTransitionException(Enum<?> state, Enum<?> event, Reason reason, @Nullable String message) {
    super(event + " in state " + state + " refused (" + reason + "): " + message);
    this.state = Objects.requireNonNull(state, "state");
    this.event = Objects.requireNonNull(event, "event");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * The case's state when the event was refused.
   *
   * @return the state enum of the machine
   */
  public Enum<?> state() {
    return state;
  }

  /**
   * The refused event.
   *
   * @return the event enum of the machine
   */
  public Enum<?> event() {
    return event;
  }

  /**
   * Why the event was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
