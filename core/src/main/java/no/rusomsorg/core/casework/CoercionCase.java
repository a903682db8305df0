package no.rusomsorg.core.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.casework.IllegalTransitionException.Reason;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;

/**
 * A coercion case under chapter 10 of the Health and Care Services Act (hol), as an immutable value
 * with a dated history.
 *
 * <pre>
 *   report (§ 10-1, written) ─▶ REPORTED ─ investigate ─▶ INVESTIGATING ─┬ bring to tribunal ─▶ BEFORE_TRIBUNAL
 *   (own initiative: investigate directly)                               └ close ─▶ CLOSED
 *   BEFORE_TRIBUNAL ─ tribunal decides ─┬ § 10-2 / § 10-3 ─▶ DETAINED ─ appeal to court ─▶ DETAINED_UNDER_APPEAL
 *                                       └ refused ─────────▶ CLOSED          court rules: upheld ▶ DETAINED,
 *                                                                                         overturned ▶ RELEASED
 *   consent agreement (§ 10-4, at the latest on arrival) ─▶ HELD_ON_CONSENT
 *   DETAINED, DETAINED_UNDER_APPEAL, HELD_ON_CONSENT ─ release ─▶ RELEASED
 * </pre>
 *
 * <p>Rules: a relative's report must be written; the relative must get feedback
 * ({@link #giveRelativeFeedback}) before a case opened on their report is closed. Detention under
 * § 10-2 lasts at most three months from admission, § 10-3 until the pregnancy ends (the expected end
 * is required), § 10-4 for a hold period that is a parameter (default from
 * {@link DeadlineRule#CONSENT_DETENTION_10_4}; <b>unverified</b>). These ends are maximum durations,
 * never extended to a working day. The tribunal's decision is brought before the district court, not
 * the county governor.
 */
public final class CoercionCase {
  /** The states of a coercion case. */
  public enum State {
    /** No event yet. */
    NEW,
    /** A report has been received. */
    REPORTED,
    /** The municipality is investigating. */
    INVESTIGATING,
    /** The case has been brought before the tribunal. */
    BEFORE_TRIBUNAL,
    /** The person is detained on the tribunal's decision. */
    DETAINED,
    /** Detained, and the decision has been brought before the district court. */
    DETAINED_UNDER_APPEAL,
    /** Held on own consent under § 10-4. */
    HELD_ON_CONSENT,
    /** Closed without detention. */
    CLOSED,
    /** Released. */
    RELEASED
  }

  /** The events of a coercion case. */
  public enum Event {
    /** A report was received (hol § 10-1 for a relative's report). */
    REPORT,
    /** The municipality started investigating. */
    INVESTIGATE,
    /** The relative who reported was given feedback. */
    GIVE_RELATIVE_FEEDBACK,
    /** The municipality brought the case before the tribunal. */
    BRING_TO_TRIBUNAL,
    /** The case was closed without a petition. */
    CLOSE,
    /** The tribunal decided. */
    TRIBUNAL_DECIDES,
    /** The decision was brought before the district court. */
    APPEAL_TO_COURT,
    /** The district court ruled. */
    COURT_RULES,
    /** A consent agreement under § 10-4 was made. */
    CONSENT_AGREEMENT,
    /** The person was released. */
    RELEASE
  }

  /** Who reported. */
  public enum Reporter {
    /** A relative (hol § 10-1): the report must be written and the relative gets feedback. */
    RELATIVE,
    /** Someone else, such as health personnel. */
    OTHER
  }

  /** The tribunal's decision. */
  public enum TribunalDecision {
    /** Detention without consent, at most three months (hol § 10-2). */
    DETAIN_10_2,
    /** Detention of a pregnant woman until the pregnancy ends (hol § 10-3). */
    DETAIN_10_3,
    /** No detention. */
    REFUSED
  }

  private static final DeadlineCalculator CALCULATOR = DeadlineCalculator.standard();
  private static final Set<State> FEEDBACK_STATES =
      EnumSet.of(State.REPORTED, State.INVESTIGATING, State.BEFORE_TRIBUNAL, State.DETAINED,
          State.DETAINED_UNDER_APPEAL, State.CLOSED, State.RELEASED);
  private static final Set<State> RELEASABLE =
      EnumSet.of(State.DETAINED, State.DETAINED_UNDER_APPEAL, State.HELD_ON_CONSENT);
  private static final CoercionCase NEW = new CoercionCase(State.NEW, List.of(), null, false, null);

  private final State state;
  private final List<HistoryEntry<Event, State>> history;
  private final Reporter reporter;
  private final boolean relativeFeedbackGiven;
  private final Deadline detentionEnd;

  private CoercionCase(State state, List<HistoryEntry<Event, State>> history, Reporter reporter,
      boolean relativeFeedbackGiven, Deadline detentionEnd) {
    this.state = state;
    this.history = history;
    this.reporter = reporter;
    this.relativeFeedbackGiven = relativeFeedbackGiven;
    this.detentionEnd = detentionEnd;
  }

  /**
   * A case with no events yet.
   *
   * @return the case in {@link State#NEW}
   */
  public static CoercionCase open() {
    return NEW;
  }

  /**
   * Records a report of extensive substance abuse.
   *
   * @param date the day it was received
   * @param reporter who reported
   * @param written whether the report is written (required from a relative)
   * @return the case in {@link State#REPORTED}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless NEW; REPORT_NOT_WRITTEN for an oral
   *     report from a relative
   */
  public CoercionCase report(LocalDate date, Reporter reporter, boolean written) {
    Guard.notBefore(history, state, Event.REPORT, date);
    Guard.required("reporter", reporter);
    if (state != State.NEW) {
      throw Guard.notAllowed(state, Event.REPORT);
    }
    if (reporter == Reporter.RELATIVE && !written) {
      throw new IllegalTransitionException(state, Event.REPORT, Reason.REPORT_NOT_WRITTEN,
          "a relative's report under hol § 10-1 must be written");
    }
    return new CoercionCase(State.REPORTED, Guard.append(history, Event.REPORT, date, State.REPORTED), reporter,
        false, null);
  }

  /**
   * Records that the municipality started investigating, on a report or on its own initiative.
   *
   * @param date the day
   * @return the case in {@link State#INVESTIGATING}
   * @throws IllegalTransitionException unless NEW or REPORTED
   */
  public CoercionCase investigate(LocalDate date) {
    Guard.notBefore(history, state, Event.INVESTIGATE, date);
    if (state != State.NEW && state != State.REPORTED) {
      throw Guard.notAllowed(state, Event.INVESTIGATE);
    }
    return next(Event.INVESTIGATE, date, State.INVESTIGATING);
  }

  /**
   * Records that the relative who reported was given feedback (hol § 10-1).
   *
   * @param date the day
   * @return the case in the same state, with the feedback recorded
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE when the case was not opened on a relative's
   *     report; INVALID_EVENT_DATA when feedback was already recorded
   */
  public CoercionCase giveRelativeFeedback(LocalDate date) {
    Guard.notBefore(history, state, Event.GIVE_RELATIVE_FEEDBACK, date);
    if (reporter != Reporter.RELATIVE || !FEEDBACK_STATES.contains(state)) {
      throw Guard.notAllowed(state, Event.GIVE_RELATIVE_FEEDBACK);
    }
    if (relativeFeedbackGiven) {
      throw new IllegalTransitionException(state, Event.GIVE_RELATIVE_FEEDBACK, Reason.INVALID_EVENT_DATA,
          "feedback was already recorded");
    }
    return new CoercionCase(state, Guard.append(history, Event.GIVE_RELATIVE_FEEDBACK, date, state), reporter,
        true, detentionEnd);
  }

  /**
   * Records that the municipality brought the case before the tribunal.
   *
   * @param date the day
   * @return the case in {@link State#BEFORE_TRIBUNAL}
   * @throws IllegalTransitionException unless INVESTIGATING
   */
  public CoercionCase bringToTribunal(LocalDate date) {
    Guard.notBefore(history, state, Event.BRING_TO_TRIBUNAL, date);
    if (state != State.INVESTIGATING) {
      throw Guard.notAllowed(state, Event.BRING_TO_TRIBUNAL);
    }
    return next(Event.BRING_TO_TRIBUNAL, date, State.BEFORE_TRIBUNAL);
  }

  /**
   * Closes the case without a petition to the tribunal.
   *
   * @param date the day
   * @return the case in {@link State#CLOSED}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless REPORTED or INVESTIGATING;
   *     RELATIVE_FEEDBACK_MISSING when a relative reported and has had no feedback
   */
  public CoercionCase close(LocalDate date) {
    Guard.notBefore(history, state, Event.CLOSE, date);
    if (state != State.REPORTED && state != State.INVESTIGATING) {
      throw Guard.notAllowed(state, Event.CLOSE);
    }
    if (reporter == Reporter.RELATIVE && !relativeFeedbackGiven) {
      throw new IllegalTransitionException(state, Event.CLOSE, Reason.RELATIVE_FEEDBACK_MISSING,
          "the relative who reported must be given feedback before the case is closed (hol § 10-1)");
    }
    return next(Event.CLOSE, date, State.CLOSED);
  }

  /**
   * Records the tribunal's decision.
   *
   * @param date the day of the decision
   * @param decision the decision
   * @param admission the day of admission to the institution (may precede the decision when an interim
   *     decision was made); ignored for {@link TribunalDecision#REFUSED}
   * @param expectedEndOfPregnancy required for {@link TribunalDecision#DETAIN_10_3}
   * @return the case in {@link State#DETAINED} (with {@link #detentionEnd()}) or {@link State#CLOSED}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless BEFORE_TRIBUNAL; EXPECTED_END_MISSING
   *     for § 10-3 without the expected end; INCONSISTENT_DATES when admission is before the case's first
   *     event or the expected end is before admission
   */
  public CoercionCase tribunalDecides(LocalDate date, TribunalDecision decision, LocalDate admission,
      Optional<LocalDate> expectedEndOfPregnancy) {
    Guard.notBefore(history, state, Event.TRIBUNAL_DECIDES, date);
    Guard.required("decision", decision);
    Guard.required("expectedEndOfPregnancy", expectedEndOfPregnancy);
    if (state != State.BEFORE_TRIBUNAL) {
      throw Guard.notAllowed(state, Event.TRIBUNAL_DECIDES);
    }
    if (decision == TribunalDecision.REFUSED) {
      return next(Event.TRIBUNAL_DECIDES, date, State.CLOSED);
    }
    Guard.required("admission", admission);
    if (admission.isBefore(history.get(0).date())) {
      throw new IllegalTransitionException(state, Event.TRIBUNAL_DECIDES, Reason.INCONSISTENT_DATES,
          "admission cannot be before the case was opened");
    }
    Deadline end;
    if (decision == TribunalDecision.DETAIN_10_2) {
      end = CALCULATOR.compute(DeadlineRule.COERCION_DETENTION_10_2, admission);
    } else {
      LocalDate expected = expectedEndOfPregnancy.orElseThrow(() -> new IllegalTransitionException(state,
          Event.TRIBUNAL_DECIDES, Reason.EXPECTED_END_MISSING, "detention under § 10-3 needs the expected end"));
      if (expected.isBefore(admission)) {
        throw new IllegalTransitionException(state, Event.TRIBUNAL_DECIDES, Reason.INCONSISTENT_DATES,
            "the expected end of the pregnancy is before admission");
      }
      end = CALCULATOR.compute(DeadlineRule.COERCION_PREGNANCY_10_3, admission, expected);
    }
    return new CoercionCase(State.DETAINED, Guard.append(history, Event.TRIBUNAL_DECIDES, date, State.DETAINED),
        reporter, relativeFeedbackGiven, end);
  }

  /**
   * Records that the tribunal's decision was brought before the district court.
   *
   * @param date the day
   * @return the case in {@link State#DETAINED_UNDER_APPEAL}
   * @throws IllegalTransitionException unless DETAINED on a tribunal decision
   */
  public CoercionCase appealToCourt(LocalDate date) {
    Guard.notBefore(history, state, Event.APPEAL_TO_COURT, date);
    if (state != State.DETAINED) {
      throw Guard.notAllowed(state, Event.APPEAL_TO_COURT);
    }
    return next(Event.APPEAL_TO_COURT, date, State.DETAINED_UNDER_APPEAL);
  }

  /**
   * Records the district court's ruling.
   *
   * @param date the day
   * @param upheld whether the court upheld the detention
   * @return the case in {@link State#DETAINED} or {@link State#RELEASED}
   * @throws IllegalTransitionException unless DETAINED_UNDER_APPEAL
   */
  public CoercionCase courtRules(LocalDate date, boolean upheld) {
    Guard.notBefore(history, state, Event.COURT_RULES, date);
    if (state != State.DETAINED_UNDER_APPEAL) {
      throw Guard.notAllowed(state, Event.COURT_RULES);
    }
    return next(Event.COURT_RULES, date, upheld ? State.DETAINED : State.RELEASED);
  }

  /**
   * Records a consent agreement under hol § 10-4, made on {@code date} for admission on {@code arrival}.
   *
   * @param date the day the agreement was made: at the latest the day of arrival
   * @param arrival the day of arrival at the institution
   * @param holdPeriod the agreed hold period; empty for the rule's default (unverified, see
   *     {@link DeadlineRule#CONSENT_DETENTION_10_4})
   * @return the case in {@link State#HELD_ON_CONSENT} (with {@link #detentionEnd()})
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless NEW, REPORTED or INVESTIGATING;
   *     AGREEMENT_AFTER_ARRIVAL when made after arrival
   */
  public CoercionCase consentAgreement(LocalDate date, LocalDate arrival, Optional<PeriodSpec> holdPeriod) {
    Guard.notBefore(history, state, Event.CONSENT_AGREEMENT, date);
    Guard.required("arrival", arrival);
    Guard.required("holdPeriod", holdPeriod);
    if (state != State.NEW && state != State.REPORTED && state != State.INVESTIGATING) {
      throw Guard.notAllowed(state, Event.CONSENT_AGREEMENT);
    }
    if (date.isAfter(arrival)) {
      throw new IllegalTransitionException(state, Event.CONSENT_AGREEMENT, Reason.AGREEMENT_AFTER_ARRIVAL,
          "the agreement must be made at the latest on arrival (hol § 10-4)");
    }
    Deadline end = holdPeriod.isPresent()
        ? CALCULATOR.compute(DeadlineRule.CONSENT_DETENTION_10_4, arrival, holdPeriod.get())
        : CALCULATOR.compute(DeadlineRule.CONSENT_DETENTION_10_4, arrival);
    return new CoercionCase(State.HELD_ON_CONSENT,
        Guard.append(history, Event.CONSENT_AGREEMENT, date, State.HELD_ON_CONSENT), reporter,
        relativeFeedbackGiven, end);
  }

  /**
   * Records the person's release.
   *
   * @param date the day
   * @return the case in {@link State#RELEASED}
   * @throws IllegalTransitionException unless DETAINED, DETAINED_UNDER_APPEAL or HELD_ON_CONSENT
   */
  public CoercionCase release(LocalDate date) {
    Guard.notBefore(history, state, Event.RELEASE, date);
    if (!RELEASABLE.contains(state)) {
      throw Guard.notAllowed(state, Event.RELEASE);
    }
    return next(Event.RELEASE, date, State.RELEASED);
  }

  private CoercionCase next(Event event, LocalDate date, State to) {
    return new CoercionCase(to, Guard.append(history, event, date, to), reporter, relativeFeedbackGiven,
        detentionEnd);
  }

  /**
   * The latest end of the detention or hold: a maximum duration, never extended to a working day.
   *
   * @return the end, once the person is detained or held on consent
   */
  public Optional<Deadline> detentionEnd() {
    return Optional.ofNullable(detentionEnd);
  }

  /**
   * Whether the person is still held after the maximum on a date: held (not released by that date) and
   * the date is after {@link #detentionEnd()}.
   *
   * @param date the date
   * @return true if held beyond the maximum
   */
  public boolean isHeldBeyondMaximum(LocalDate date) {
    Guard.required("date", date);
    if (detentionEnd == null || !date.isAfter(detentionEnd.due())) {
      return false;
    }
    return history.stream().noneMatch(e -> e.stateAfter() == State.RELEASED && !e.date().isAfter(date));
  }

  /**
   * Who reported, when the case began with a report.
   *
   * @return the reporter
   */
  public Optional<Reporter> reporter() {
    return Optional.ofNullable(reporter);
  }

  /**
   * Whether the relative who reported has been given feedback.
   *
   * @return true once recorded
   */
  public boolean relativeFeedbackGiven() {
    return relativeFeedbackGiven;
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
    if (!(o instanceof CoercionCase)) {
      return false;
    }
    CoercionCase other = (CoercionCase) o;
    return state == other.state && history.equals(other.history) && reporter == other.reporter
        && relativeFeedbackGiven == other.relativeFeedbackGiven && Objects.equals(detentionEnd, other.detentionEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, history, reporter, relativeFeedbackGiven, detentionEnd);
  }

  @Override
  public String toString() {
    return "CoercionCase{" + state + ", " + history + "}";
  }
}
