package no.rusomsorg.core.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.casework.IllegalTransitionException.Reason;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;

/**
 * An application for a service, from receipt to decision, as an immutable value with a dated history.
 *
 * <pre>
 *   RECEIVED ──send interim reply──▶ INTERIM_REPLY_SENT
 *      │                                   │
 *      ├──────────── decide ───────────────┴──▶ DECIDED ──▶ complaint route / complaint case
 *      └──────────── withdraw ─────────────────▶ WITHDRAWN
 * </pre>
 *
 * <p>Each transition returns a new case; a refused event throws {@link IllegalTransitionException} and
 * leaves the case as it was. Events must not be dated before the previous event. Someone applying on
 * another's behalf needs a power of attorney. If the case is not decided within one month of receipt,
 * an interim reply is owed (fvl § 11 a): {@link #interimReplyDue()} and
 * {@link #isInterimReplyOverdue(LocalDate)}. A refusal must give reasons (fvl § 24).
 */
public final class ApplicationCase {
  /** The states of an application. */
  public enum State {
    /** Received, not yet decided, no interim reply sent. */
    RECEIVED,
    /** An interim reply has been sent; not yet decided. */
    INTERIM_REPLY_SENT,
    /** Decided. */
    DECIDED,
    /** Withdrawn by the applicant. */
    WITHDRAWN
  }

  /** The events of an application. */
  public enum Event {
    /** The application was received (the first event). */
    RECEIVE,
    /** An interim reply was sent (fvl § 11 a). */
    SEND_INTERIM_REPLY,
    /** The application was decided. */
    DECIDE,
    /** The applicant withdrew the application. */
    WITHDRAW
  }

  /** Who applied. */
  public enum Applicant {
    /** The person the application is about. */
    SELF,
    /** Someone else on the person's behalf: needs a power of attorney. */
    ON_BEHALF
  }

  /** The outcome of a decision. */
  public enum Outcome {
    /** Granted in full. */
    GRANTED,
    /** Granted in part: counts as a refusal of the rest, and needs reasons. */
    PARTLY_GRANTED,
    /** Refused. */
    REFUSED
  }

  /**
   * A decision on the application.
   *
   * @param date the day it was made
   * @param outcome the outcome
   * @param withReasons whether reasons were given
   * @param noticeReceived the day notice of the decision reached the applicant
   */
  public record Decision(LocalDate date, Outcome outcome, boolean withReasons, LocalDate noticeReceived) {
    /**
     * Validates the decision.
     *
     * @param date the date
     * @param outcome the outcome
     * @param withReasons whether reasons were given
     * @param noticeReceived the notice date
     */
    public Decision {
      Guard.required("date", date);
      Guard.required("outcome", outcome);
      Guard.required("noticeReceived", noticeReceived);
    }
  }

  private static final DeadlineCalculator CALCULATOR = DeadlineCalculator.standard();

  private final ComplaintRegime regime;
  private final Applicant applicant;
  private final State state;
  private final List<HistoryEntry<Event, State>> history;
  private final Decision decision;

  private ApplicationCase(ComplaintRegime regime, Applicant applicant, State state,
      List<HistoryEntry<Event, State>> history, Decision decision) {
    this.regime = regime;
    this.applicant = applicant;
    this.state = state;
    this.history = history;
    this.decision = decision;
  }

  /**
   * Opens a case on receipt of an application.
   *
   * @param received the day the application was received
   * @param regime the complaint regime of the service applied for (see {@link ComplaintRegime#forLegalBasis})
   * @param applicant who applied
   * @param powerOfAttorney whether a power of attorney was given (needed for {@link Applicant#ON_BEHALF})
   * @return the case in state {@link State#RECEIVED}
   * @throws IllegalTransitionException with {@link Reason#POWER_OF_ATTORNEY_MISSING} when someone applied
   *     on the person's behalf without one
   * @throws no.rusomsorg.core.InvalidValueException if the regime is
   *     {@link ComplaintRegime#COERCION} (coercion is not applied for)
   */
  public static ApplicationCase receive(LocalDate received, ComplaintRegime regime, Applicant applicant,
      boolean powerOfAttorney) {
    Guard.required("received", received);
    Guard.required("regime", regime);
    Guard.required("applicant", applicant);
    if (regime == ComplaintRegime.COERCION) {
      throw new no.rusomsorg.core.InvalidValueException("regime",
          no.rusomsorg.core.InvalidValueException.Rule.CONSISTENCY, "coercion is not applied for; use CoercionCase");
    }
    if (applicant == Applicant.ON_BEHALF && !powerOfAttorney) {
      throw new IllegalTransitionException(State.RECEIVED, Event.RECEIVE, Reason.POWER_OF_ATTORNEY_MISSING,
          "an application made on someone else's behalf needs a power of attorney");
    }
    return new ApplicationCase(regime, applicant, State.RECEIVED,
        List.of(new HistoryEntry<>(Event.RECEIVE, received, State.RECEIVED)), null);
  }

  /**
   * Records that an interim reply was sent.
   *
   * @param date the day it was sent
   * @return the case in {@link State#INTERIM_REPLY_SENT}
   * @throws IllegalTransitionException unless the case is {@link State#RECEIVED}, or if dated before the previous event
   */
  public ApplicationCase sendInterimReply(LocalDate date) {
    Guard.notBefore(history, state, Event.SEND_INTERIM_REPLY, date);
    if (state != State.RECEIVED) {
      throw Guard.notAllowed(state, Event.SEND_INTERIM_REPLY);
    }
    return next(Event.SEND_INTERIM_REPLY, date, State.INTERIM_REPLY_SENT, null);
  }

  /**
   * Records the decision.
   *
   * @param decision the decision; dated on or after the previous event, with notice on or after it
   * @return the case in {@link State#DECIDED}
   * @throws IllegalTransitionException when already decided or withdrawn (NOT_ALLOWED_IN_STATE), dated
   *     before the previous event, notice before the decision (INCONSISTENT_DATES), or a refusal or
   *     partial grant without reasons (REASONS_REQUIRED)
   */
  public ApplicationCase decide(Decision decision) {
    Guard.required("decision", decision);
    Guard.notBefore(history, state, Event.DECIDE, decision.date());
    if (state != State.RECEIVED && state != State.INTERIM_REPLY_SENT) {
      throw Guard.notAllowed(state, Event.DECIDE);
    }
    if (decision.noticeReceived().isBefore(decision.date())) {
      throw new IllegalTransitionException(state, Event.DECIDE, Reason.INCONSISTENT_DATES,
          "notice cannot reach the applicant before the decision is made");
    }
    if (decision.outcome() != Outcome.GRANTED && !decision.withReasons()) {
      throw new IllegalTransitionException(state, Event.DECIDE, Reason.REASONS_REQUIRED,
          "a decision that does not grant the application in full must give reasons (fvl § 24)");
    }
    return next(Event.DECIDE, decision.date(), State.DECIDED, decision);
  }

  /**
   * Records that the applicant withdrew the application.
   *
   * @param date the day
   * @return the case in {@link State#WITHDRAWN}
   * @throws IllegalTransitionException when already decided or withdrawn, or dated before the previous event
   */
  public ApplicationCase withdraw(LocalDate date) {
    Guard.notBefore(history, state, Event.WITHDRAW, date);
    if (state != State.RECEIVED && state != State.INTERIM_REPLY_SENT) {
      throw Guard.notAllowed(state, Event.WITHDRAW);
    }
    return next(Event.WITHDRAW, date, State.WITHDRAWN, null);
  }

  private ApplicationCase next(Event event, LocalDate date, State to, Decision d) {
    return new ApplicationCase(regime, applicant, to, Guard.append(history, event, date, to),
        d != null ? d : decision);
  }

  /**
   * The day the application was received.
   *
   * @return the date
   */
  public LocalDate received() {
    return history.get(0).date();
  }

  /**
   * The complaint regime of the service applied for.
   *
   * @return the regime
   */
  public ComplaintRegime regime() {
    return regime;
  }

  /**
   * Who applied.
   *
   * @return the applicant
   */
  public Applicant applicant() {
    return applicant;
  }

  /**
   * The current state.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * The dated events so far, oldest first.
   *
   * @return the history
   */
  public List<HistoryEntry<Event, State>> history() {
    return history;
  }

  /**
   * The decision, once made.
   *
   * @return the decision
   */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * When an interim reply is due if the case is not decided by then: one month after receipt
   * (fvl § 11 a), extended to a working day.
   *
   * @return the deadline
   */
  public Deadline interimReplyDue() {
    return CALCULATOR.compute(DeadlineRule.FVL_INTERIM_REPLY, received());
  }

  /**
   * Whether an interim reply was owed and not sent by a date: true when the date is after
   * {@link #interimReplyDue()} and, on that date, the case had neither an interim reply nor a decision
   * nor a withdrawal recorded.
   *
   * @param date the date to ask about
   * @return true if overdue
   */
  public boolean isInterimReplyOverdue(LocalDate date) {
    Guard.required("date", date);
    if (!interimReplyDue().hasPassedOn(date)) {
      return false;
    }
    return history.stream().noneMatch(e -> e.event() != Event.RECEIVE && !e.date().isAfter(date));
  }

  /**
   * The complaint route for the decision, with the deadline counted from the day notice was received.
   *
   * @param municipality the municipality that decided, with its county on the decision date
   * @return the route, bodies named as on the decision date
   * @throws IllegalTransitionException (NOT_ALLOWED_IN_STATE, event DECIDE) before a decision
   */
  public ComplaintRoute complaintRoute(MunicipalityRef municipality) {
    Objects.requireNonNull(municipality, "municipality");
    Decision d = requireDecision();
    return ComplaintRoutes.standard().route(regime, municipality, d.date(), d.noticeReceived());
  }

  /**
   * Opens a complaint case against the decision.
   *
   * @param filed the day the complaint was handed in or posted
   * @return the complaint case, with its timeliness computed
   * @throws IllegalTransitionException (NOT_ALLOWED_IN_STATE, event DECIDE) before a decision, or as
   *     {@link ComplaintCase#file}
   */
  public ComplaintCase fileComplaint(LocalDate filed) {
    Objects.requireNonNull(filed, "filed");
    Decision d = requireDecision();
    return ComplaintCase.file(regime, d.date(), d.noticeReceived(), filed);
  }

  private Decision requireDecision() {
    if (decision == null) {
      throw new IllegalTransitionException(state, Event.DECIDE, Reason.NOT_ALLOWED_IN_STATE,
          "the application has not been decided");
    }
    return decision;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApplicationCase)) {
      return false;
    }
    ApplicationCase other = (ApplicationCase) o;
    return regime == other.regime && applicant == other.applicant && state == other.state
        && history.equals(other.history) && Objects.equals(decision, other.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, applicant, state, history, decision);
  }

  @Override
  public String toString() {
    return "ApplicationCase{" + state + ", " + regime + ", " + history + "}";
  }
}
