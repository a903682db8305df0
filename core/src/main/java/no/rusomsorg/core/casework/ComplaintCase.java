package no.rusomsorg.core.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.casework.IllegalTransitionException.Reason;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;

/**
 * A complaint against a decision (FVL or PBRL) or about a service, from filing to its end, as an
 * immutable value with a dated history.
 *
 * <pre>
 *   file ─┬─ in time ─────────────────────────────▶ FILED
 *         └─ late ─▶ LATE_PENDING ─ accept late ──▶ FILED      (fvl § 31; never when barred)
 *                                 └ dismiss late ─▶ DISMISSED
 *   FILED ─ first instance reassesses ─┬ changed ─▶ CLOSED_IN_FAVOUR
 *                                      └ upheld ──▶ FORWARDED
 *   FORWARDED ─ county governor decides ─┬ upheld ─────▶ UPHELD ─ complain to Ombud ─▶ AT_OMBUD ─▶ OMBUD_CONCLUDED
 *                                        ├ reversed ───▶ REVERSED
 *                                        └ sent back ──▶ SENT_BACK
 *   FILED, LATE_PENDING, FORWARDED ─ withdraw ─▶ WITHDRAWN
 * </pre>
 *
 * <p><b>Timeliness</b> is computed on filing from the regime's deadline rule, started on the day notice
 * reached the party (FVL) or the day the person got sufficient knowledge (PBRL): a complaint filed on
 * or before {@link Deadline#due()} is in time. A late complaint filed after the one-year bar of
 * fvl § 31 (counted from the decision, pbrl § 7-7 for PBRL) is {@link Timeliness#LATE_BARRED} and can
 * only be dismissed. Service complaints have no deadline. Coercion is not complained about this way
 * (see {@link CoercionCase}).
 */
public final class ComplaintCase {
  /** The states of a complaint. */
  public enum State {
    /** Filed in time, or late and accepted; waiting for the first instance. */
    FILED,
    /** Filed late; waiting for the assessment under fvl § 31. */
    LATE_PENDING,
    /** Late and not taken up. */
    DISMISSED,
    /** The first instance changed its decision in the person's favour. */
    CLOSED_IN_FAVOUR,
    /** The first instance upheld its decision and forwarded the complaint to the county governor. */
    FORWARDED,
    /** The county governor upheld the decision. */
    UPHELD,
    /** The county governor reversed the decision. */
    REVERSED,
    /** The county governor set the decision aside and sent the case back for a new decision. */
    SENT_BACK,
    /** The person has complained to the Parliamentary Ombud. */
    AT_OMBUD,
    /** The Ombud has concluded. */
    OMBUD_CONCLUDED,
    /** The person withdrew the complaint. */
    WITHDRAWN
  }

  /** The events of a complaint. */
  public enum Event {
    /** The complaint was filed (the first event). */
    FILE,
    /** A late complaint was taken up under fvl § 31. */
    ACCEPT_LATE,
    /** A late complaint was not taken up. */
    DISMISS_LATE,
    /** The first instance reassessed its decision. */
    REASSESS,
    /** The county governor decided. */
    GOVERNOR_DECIDES,
    /** The person complained to the Ombud. */
    COMPLAIN_TO_OMBUD,
    /** The Ombud concluded. */
    OMBUD_CONCLUDES,
    /** The person withdrew the complaint. */
    WITHDRAW
  }

  /** Whether a complaint was filed in time. */
  public enum Timeliness {
    /** On or before the deadline. */
    IN_TIME,
    /** After the deadline, within one year of the decision: may be taken up under fvl § 31. */
    LATE,
    /** After the deadline and more than one year after the decision: cannot be taken up (fvl § 31). */
    LATE_BARRED,
    /** The regime has no deadline (service complaints). */
    NO_DEADLINE
  }

  /** Grounds for taking up a late complaint (fvl § 31 first paragraph). */
  public enum LateGround {
    /** The party cannot be blamed for the delay (letter a). */
    EXCUSABLE_DELAY,
    /** There are special reasons to consider it (letter b). */
    SPECIAL_REASONS
  }

  /** The first instance's result. */
  public enum Reassessment {
    /** The decision was changed in the person's favour. */
    CHANGED,
    /** The decision was kept; the complaint goes on. */
    UPHELD
  }

  /** The county governor's result. */
  public enum GovernorDecision {
    /** The decision stands. */
    UPHELD,
    /** The decision was changed. */
    REVERSED,
    /** The decision was set aside and sent back. */
    SENT_BACK
  }

  private static final DeadlineCalculator CALCULATOR = DeadlineCalculator.standard();
  private static final Set<State> WITHDRAWABLE = EnumSet.of(State.FILED, State.LATE_PENDING, State.FORWARDED);

  private final ComplaintRegime regime;
  private final LocalDate decisionDate;
  private final LocalDate deadlineStart;
  private final Timeliness timeliness;
  private final State state;
  private final List<HistoryEntry<Event, State>> history;
  private final LateGround lateGround;

  private ComplaintCase(ComplaintRegime regime, LocalDate decisionDate, LocalDate deadlineStart,
      Timeliness timeliness, State state, List<HistoryEntry<Event, State>> history, LateGround lateGround) {
    this.regime = regime;
    this.decisionDate = decisionDate;
    this.deadlineStart = deadlineStart;
    this.timeliness = timeliness;
    this.state = state;
    this.history = history;
    this.lateGround = lateGround;
  }

  /**
   * Files a complaint.
   *
   * @param regime FVL_MUNICIPAL, FVL, PBRL or SERVICE_COMPLAINT
   * @param decisionDate the day the decision was made (for a service complaint: the day of the
   *     matter complained about)
   * @param deadlineStart the day that starts the deadline: notice received (FVL) or knowledge (PBRL);
   *     on or after {@code decisionDate}
   * @param filed the day the complaint was handed in or posted (fvl § 30); on or after {@code decisionDate}
   * @return the case in {@link State#FILED} or, when late, {@link State#LATE_PENDING}
   * @throws InvalidValueException when the regime is COERCION or CONSENT_DETENTION
   * @throws IllegalTransitionException (INCONSISTENT_DATES) when the dates are out of order
   */
  public static ComplaintCase file(ComplaintRegime regime, LocalDate decisionDate, LocalDate deadlineStart,
      LocalDate filed) {
    Guard.required("regime", regime);
    Guard.required("decisionDate", decisionDate);
    Guard.required("deadlineStart", deadlineStart);
    Guard.required("filed", filed);
    if (regime == ComplaintRegime.COERCION || regime == ComplaintRegime.CONSENT_DETENTION) {
      throw new InvalidValueException("regime", Rule.CONSISTENCY, regime == ComplaintRegime.COERCION
          ? "a coercion decision is brought before the district court; use CoercionCase"
          : "detention on own consent has no complaint route; use CoercionCase");
    }
    if (deadlineStart.isBefore(decisionDate) || filed.isBefore(decisionDate)) {
      throw new IllegalTransitionException(State.FILED, Event.FILE, Reason.INCONSISTENT_DATES,
          "the deadline start and the filing date cannot be before the decision");
    }
    Timeliness timeliness = timeliness(regime, decisionDate, deadlineStart, filed);
    State state = timeliness == Timeliness.IN_TIME || timeliness == Timeliness.NO_DEADLINE
        ? State.FILED : State.LATE_PENDING;
    return new ComplaintCase(regime, decisionDate, deadlineStart, timeliness, state,
        List.of(new HistoryEntry<>(Event.FILE, filed, state)), null);
  }

  private static Timeliness timeliness(ComplaintRegime regime, LocalDate decisionDate, LocalDate start,
      LocalDate filed) {
    Optional<DeadlineRule> rule = regime.deadlineRule();
    if (rule.isEmpty()) {
      return Timeliness.NO_DEADLINE;
    }
    if (CALCULATOR.compute(rule.get(), start).isMetBy(filed)) {
      return Timeliness.IN_TIME;
    }
    return CALCULATOR.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, decisionDate).isMetBy(filed)
        ? Timeliness.LATE : Timeliness.LATE_BARRED;
  }

  /**
   * Takes up a late complaint under fvl § 31.
   *
   * @param date the day
   * @param ground the ground
   * @return the case in {@link State#FILED}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless {@link State#LATE_PENDING};
   *     LATE_COMPLAINT_BARRED when more than one year has passed since the decision
   */
  public ComplaintCase acceptLate(LocalDate date, LateGround ground) {
    Objects.requireNonNull(ground, "ground");
    Guard.notBefore(history, state, Event.ACCEPT_LATE, date);
    Guard.required("ground", ground);
    if (state != State.LATE_PENDING) {
      throw Guard.notAllowed(state, Event.ACCEPT_LATE);
    }
    if (timeliness == Timeliness.LATE_BARRED) {
      throw new IllegalTransitionException(state, Event.ACCEPT_LATE, Reason.LATE_COMPLAINT_BARRED,
          "more than one year had passed since the decision when the complaint was filed (fvl § 31)");
    }
    return next(Event.ACCEPT_LATE, date, State.FILED, ground);
  }

  /**
   * Dismisses a late complaint.
   *
   * @param date the day
   * @return the case in {@link State#DISMISSED}
   * @throws IllegalTransitionException unless {@link State#LATE_PENDING}
   */
  public ComplaintCase dismissLate(LocalDate date) {
    Guard.notBefore(history, state, Event.DISMISS_LATE, date);
    if (state != State.LATE_PENDING) {
      throw Guard.notAllowed(state, Event.DISMISS_LATE);
    }
    return next(Event.DISMISS_LATE, date, State.DISMISSED, null);
  }

  /**
   * Records the first instance's reassessment.
   *
   * @param date the day
   * @param result changed (closed in favour) or upheld (forwarded to the county governor)
   * @return the case in {@link State#CLOSED_IN_FAVOUR} or {@link State#FORWARDED}
   * @throws IllegalTransitionException unless {@link State#FILED}
   */
  public ComplaintCase reassess(LocalDate date, Reassessment result) {
    Objects.requireNonNull(result, "result");
    Guard.notBefore(history, state, Event.REASSESS, date);
    Guard.required("result", result);
    if (state != State.FILED) {
      throw Guard.notAllowed(state, Event.REASSESS);
    }
    return next(Event.REASSESS, date, result == Reassessment.CHANGED ? State.CLOSED_IN_FAVOUR : State.FORWARDED, null);
  }

  /**
   * Records the county governor's decision.
   *
   * @param date the day
   * @param result the result
   * @return the case in {@link State#UPHELD}, {@link State#REVERSED} or {@link State#SENT_BACK}
   * @throws IllegalTransitionException unless {@link State#FORWARDED}
   */
  public ComplaintCase governorDecides(LocalDate date, GovernorDecision result) {
    Objects.requireNonNull(result, "result");
    Guard.notBefore(history, state, Event.GOVERNOR_DECIDES, date);
    Guard.required("result", result);
    if (state != State.FORWARDED) {
      throw Guard.notAllowed(state, Event.GOVERNOR_DECIDES);
    }
    State to = result == GovernorDecision.UPHELD ? State.UPHELD
        : result == GovernorDecision.REVERSED ? State.REVERSED : State.SENT_BACK;
    return next(Event.GOVERNOR_DECIDES, date, to, null);
  }

  /**
   * Records a complaint to the Parliamentary Ombud after the county governor upheld the decision.
   *
   * @param date the day
   * @return the case in {@link State#AT_OMBUD}
   * @throws IllegalTransitionException unless {@link State#UPHELD}
   */
  public ComplaintCase complainToOmbud(LocalDate date) {
    Guard.notBefore(history, state, Event.COMPLAIN_TO_OMBUD, date);
    if (state != State.UPHELD) {
      throw Guard.notAllowed(state, Event.COMPLAIN_TO_OMBUD);
    }
    return next(Event.COMPLAIN_TO_OMBUD, date, State.AT_OMBUD, null);
  }

  /**
   * Records the Ombud's conclusion.
   *
   * @param date the day
   * @return the case in {@link State#OMBUD_CONCLUDED}
   * @throws IllegalTransitionException unless {@link State#AT_OMBUD}
   */
  public ComplaintCase ombudConcludes(LocalDate date) {
    Guard.notBefore(history, state, Event.OMBUD_CONCLUDES, date);
    if (state != State.AT_OMBUD) {
      throw Guard.notAllowed(state, Event.OMBUD_CONCLUDES);
    }
    return next(Event.OMBUD_CONCLUDES, date, State.OMBUD_CONCLUDED, null);
  }

  /**
   * Records that the person withdrew the complaint.
   *
   * @param date the day
   * @return the case in {@link State#WITHDRAWN}
   * @throws IllegalTransitionException unless FILED, LATE_PENDING or FORWARDED
   */
  public ComplaintCase withdraw(LocalDate date) {
    Guard.notBefore(history, state, Event.WITHDRAW, date);
    if (!WITHDRAWABLE.contains(state)) {
      throw Guard.notAllowed(state, Event.WITHDRAW);
    }
    return next(Event.WITHDRAW, date, State.WITHDRAWN, null);
  }

  private ComplaintCase next(Event event, LocalDate date, State to, LateGround ground) {
    return new ComplaintCase(regime, decisionDate, deadlineStart, timeliness, to,
        Guard.append(history, event, date, to), ground != null ? ground : lateGround);
  }

  /**
   * The complaint deadline, for regimes that have one.
   *
   * @return the deadline counted from {@link #deadlineStart()}
   */
  public Optional<Deadline> deadline() {
    return regime.deadlineRule().map(rule -> CALCULATOR.compute(rule, deadlineStart));
  }

  /**
   * The last day a late complaint could still be taken up (fvl § 31), for regimes with a deadline.
   *
   * @return the bar counted from the decision
   */
  public Optional<Deadline> lateComplaintBar() {
    return regime.deadlineRule().map(rule -> CALCULATOR.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, decisionDate));
  }

  /**
   * The regime.
   *
   * @return the regime
   */
  public ComplaintRegime regime() {
    return regime;
  }

  /**
   * The day the decision was made.
   *
   * @return the date
   */
  public LocalDate decisionDate() {
    return decisionDate;
  }

  /**
   * The day that started the deadline.
   *
   * @return the date
   */
  public LocalDate deadlineStart() {
    return deadlineStart;
  }

  /**
   * The day the complaint was filed.
   *
   * @return the date
   */
  public LocalDate filed() {
    return history.get(0).date();
  }

  /**
   * Whether the complaint was filed in time, computed on filing.
   *
   * @return the timeliness
   */
  public Timeliness timeliness() {
    return timeliness;
  }

  /**
   * The ground on which a late complaint was taken up.
   *
   * @return the ground
   */
  public Optional<LateGround> lateGround() {
    return Optional.ofNullable(lateGround);
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

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ComplaintCase)) {
      return false;
    }
    ComplaintCase other = (ComplaintCase) o;
    return regime == other.regime && decisionDate.equals(other.decisionDate)
        && deadlineStart.equals(other.deadlineStart) && timeliness == other.timeliness && state == other.state
        && history.equals(other.history) && Objects.equals(lateGround, other.lateGround);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regime, decisionDate, deadlineStart, timeliness, state, history, lateGround);
  }

  @Override
  public String toString() {
    return "ComplaintCase{" + state + ", " + regime + ", " + timeliness + ", " + history + "}";
  }
}
