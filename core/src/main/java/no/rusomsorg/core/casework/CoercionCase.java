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
 *   (own initiative: investigate directly)                               ├ interim decision ─▶ INTERIM_DECISION
 *                                                                        └ close ─▶ CLOSED
 *   INTERIM_DECISION ─ bring to tribunal within 2 weeks ─▶ BEFORE_TRIBUNAL   (later: the interim decision has
 *                    └ close ─▶ CLOSED                                          lapsed, INTERIM_DECISION_LAPSED)
 *   BEFORE_TRIBUNAL ─ tribunal decides ─┬ § 10-2 / § 10-3 ─▶ DETAINED ─ appeal to court ─▶ DETAINED_UNDER_APPEAL
 *                                       └ refused ─────────▶ CLOSED          court rules: upheld ▶ DETAINED,
 *                                                                                         overturned ▶ RELEASED
 *   DETAINED / DETAINED_UNDER_APPEAL under § 10-3 ─ review (at least every third month) ─▶ same state
 *   consent agreement (§ 10-4, at the latest on arrival) ─▶ HELD_ON_CONSENT ─ consent withdrawn ─▶ same state
 *   DETAINED, DETAINED_UNDER_APPEAL, HELD_ON_CONSENT ─ release ─▶ RELEASED
 * </pre>
 *
 * <p>Rules (hol §§ 10-1 to 10-5 and 10-7; see {@link DeadlineRule} for each period and whether it is
 * extended to a working day):
 * <ul>
 *   <li>a relative's report must be written; the relative must get feedback
 *       ({@link #giveRelativeFeedback}) before a case opened on their report is closed;</li>
 *   <li>the municipality may make an interim decision; its proposal must reach the tribunal within
 *       {@linkplain DeadlineRule#COERCION_INTERIM_PROPOSAL two weeks} (a deadline to act, extended to a
 *       working day), otherwise the interim decision lapses;</li>
 *   <li>a § 10-2 decision not carried out within {@linkplain DeadlineRule#COERCION_DECISION_LAPSE six weeks}
 *       lapses (not extended); the admission must fall within that time. The verified sources state this
 *       for § 10-2 only, so it is not applied to § 10-3;</li>
 *   <li>detention under § 10-2 lasts at most three months from admission, under § 10-3 until the
 *       pregnancy ends (the expected end is required), with a {@linkplain DeadlineRule#COERCION_REVIEW_10_3
 *       review at least every third month}; these are maximum durations, never extended;</li>
 *   <li>the tribunal's decision can be brought before the district court within
 *       {@linkplain DeadlineRule#COERCION_COURT_REVIEW two months} ({@link #courtDeadline()}); a later
 *       appeal is recorded and reported by {@link #broughtToCourtInTime()}, since restoration of a missed
 *       deadline is outside the library;</li>
 *   <li>§ 10-4 (own consent) is not decided by the tribunal: the institution may hold the person up to
 *       {@linkplain DeadlineRule#CONSENT_DETENTION_10_4 three weeks from intake}; for a stay agreed to last
 *       at least three months, up to {@linkplain DeadlineRule#CONSENT_WITHDRAWN_10_4 three weeks after consent
 *       is expressly withdrawn}, at most three times per stay. A withdrawal within the first three weeks
 *       falls under the first rule and is not counted (the library's reading, ADR 0010); a withdrawal with
 *       no hold left means the person must be let go that day.</li>
 * </ul>
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
    /** The municipality made an interim decision; its proposal must reach the tribunal within two weeks. */
    INTERIM_DECISION,
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
    /** The municipality made an interim decision (hol §§ 10-2, 10-3). */
    INTERIM_DECISION,
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
    /** The need for detention under § 10-3 was reviewed. */
    REVIEW,
    /** The person expressly withdrew their consent under § 10-4. */
    WITHDRAW_CONSENT,
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
  /** How many holds after a withdrawn consent one stay may have (hol § 10-4). */
  public static final int MAX_WITHDRAWAL_HOLDS = 3;
  private static final Set<State> FEEDBACK_STATES =
      EnumSet.of(State.REPORTED, State.INVESTIGATING, State.INTERIM_DECISION, State.BEFORE_TRIBUNAL, State.DETAINED,
          State.DETAINED_UNDER_APPEAL, State.CLOSED, State.RELEASED);
  private static final Set<State> RELEASABLE =
      EnumSet.of(State.DETAINED, State.DETAINED_UNDER_APPEAL, State.HELD_ON_CONSENT);
  private static final CoercionCase NEW = new CoercionCase(State.NEW, List.of(), null, false, null, Facts.NONE);

  /** What the case has recorded beyond state and history; package-private, immutable. */
  record Facts(LocalDate interimDecision, TribunalDecision decision, LocalDate decisionDate, LocalDate admission,
      LocalDate lastReview, Deadline courtDeadline, Boolean courtInTime, LocalDate arrival, boolean longStay,
      int withdrawalHolds, LocalDate releaseBy, LocalDate withdrawnOn) {
    static final Facts NONE = new Facts(null, null, null, null, null, null, null, null, false, 0, null, null);
  }

  private final State state;
  private final List<HistoryEntry<Event, State>> history;
  private final Reporter reporter;
  private final boolean relativeFeedbackGiven;
  private final Deadline detentionEnd;
  private final Facts facts;

  private CoercionCase(State state, List<HistoryEntry<Event, State>> history, Reporter reporter,
      boolean relativeFeedbackGiven, Deadline detentionEnd, Facts facts) {
    this.state = state;
    this.history = history;
    this.reporter = reporter;
    this.relativeFeedbackGiven = relativeFeedbackGiven;
    this.detentionEnd = detentionEnd;
    this.facts = facts;
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
        false, null, facts);
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
        true, detentionEnd, facts);
  }

  /**
   * Records the municipality's interim decision (hol §§ 10-2 and 10-3): its proposal for a final decision
   * must then reach the tribunal within two weeks ({@link #interimProposalDeadline()}).
   *
   * @param date the day of the interim decision
   * @return the case in {@link State#INTERIM_DECISION}
   * @throws IllegalTransitionException unless INVESTIGATING
   */
  public CoercionCase interimDecision(LocalDate date) {
    Guard.notBefore(history, state, Event.INTERIM_DECISION, date);
    if (state != State.INVESTIGATING) {
      throw Guard.notAllowed(state, Event.INTERIM_DECISION);
    }
    return new CoercionCase(State.INTERIM_DECISION,
        Guard.append(history, Event.INTERIM_DECISION, date, State.INTERIM_DECISION), reporter,
        relativeFeedbackGiven, detentionEnd, with(facts, f -> new Facts(date, f.decision, f.decisionDate, f.admission,
            f.lastReview, f.courtDeadline, f.courtInTime, f.arrival, f.longStay, f.withdrawalHolds, f.releaseBy, f.withdrawnOn)));
  }

  /**
   * Records that the municipality brought the case before the tribunal. After an interim decision this
   * must happen within two weeks of it (extended to a working day).
   *
   * @param date the day
   * @return the case in {@link State#BEFORE_TRIBUNAL}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless INVESTIGATING or INTERIM_DECISION;
   *     INTERIM_DECISION_LAPSED after the two weeks (close the case, or investigate anew in a new case)
   */
  public CoercionCase bringToTribunal(LocalDate date) {
    Guard.notBefore(history, state, Event.BRING_TO_TRIBUNAL, date);
    if (state != State.INVESTIGATING && state != State.INTERIM_DECISION) {
      throw Guard.notAllowed(state, Event.BRING_TO_TRIBUNAL);
    }
    if (state == State.INTERIM_DECISION && interimProposalDeadline().orElseThrow().hasPassedOn(date)) {
      throw new IllegalTransitionException(state, Event.BRING_TO_TRIBUNAL, Reason.INTERIM_DECISION_LAPSED,
          "the proposal did not reach the tribunal within two weeks of the interim decision, which has lapsed "
              + "(hol § 10-2)");
    }
    return next(Event.BRING_TO_TRIBUNAL, date, State.BEFORE_TRIBUNAL);
  }

  /**
   * Closes the case without a petition to the tribunal.
   *
   * @param date the day
   * @return the case in {@link State#CLOSED}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless REPORTED, INVESTIGATING or
   *     INTERIM_DECISION; RELATIVE_FEEDBACK_MISSING when a relative reported and has had no feedback
   */
  public CoercionCase close(LocalDate date) {
    Guard.notBefore(history, state, Event.CLOSE, date);
    if (state != State.REPORTED && state != State.INVESTIGATING && state != State.INTERIM_DECISION) {
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
   * @param expectedEndOfPregnancy the expected end of the pregnancy, for {@link TribunalDecision#DETAIN_10_3}
   * @return the case in {@link State#DETAINED} (with {@link #detentionEnd()}) or {@link State#CLOSED}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless BEFORE_TRIBUNAL; EXPECTED_END_MISSING
   *     for § 10-3 without the expected end; INCONSISTENT_DATES when admission is before the case's first
   *     event or the expected end is before admission; DECISION_LAPSED for a § 10-2 decision whose
   *     admission is more than six weeks after it (the decision lapsed before it was carried out)
   */
  public CoercionCase tribunalDecides(LocalDate date, TribunalDecision decision, LocalDate admission,
      LocalDate expectedEndOfPregnancy) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(admission, "admission");
    Objects.requireNonNull(expectedEndOfPregnancy, "expectedEndOfPregnancy");
    return decide(date, decision, admission, Optional.of(expectedEndOfPregnancy));
  }

  /**
   * Records the tribunal's decision when no pregnancy is involved: the same as
   * {@link #tribunalDecides(LocalDate, TribunalDecision, LocalDate, LocalDate)} without the expected end.
   *
   * @param date the day of the decision
   * @param decision the decision
   * @param admission the day of admission to the institution (may precede the decision when an interim
   *     decision was made); ignored for {@link TribunalDecision#REFUSED}
   * @return the case in {@link State#DETAINED} (with {@link #detentionEnd()}) or {@link State#CLOSED}
   * @throws IllegalTransitionException as for the four-argument form; EXPECTED_END_MISSING for § 10-3
   */
  public CoercionCase tribunalDecides(LocalDate date, TribunalDecision decision, LocalDate admission) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(admission, "admission");
    return decide(date, decision, admission, Optional.empty());
  }

  private CoercionCase decide(LocalDate date, TribunalDecision decision, LocalDate admission,
      Optional<LocalDate> expectedEndOfPregnancy) {
    Guard.notBefore(history, state, Event.TRIBUNAL_DECIDES, date);
    if (state != State.BEFORE_TRIBUNAL) {
      throw Guard.notAllowed(state, Event.TRIBUNAL_DECIDES);
    }
    Deadline court = CALCULATOR.compute(DeadlineRule.COERCION_COURT_REVIEW, date);
    if (decision == TribunalDecision.REFUSED) {
      return new CoercionCase(State.CLOSED, Guard.append(history, Event.TRIBUNAL_DECIDES, date, State.CLOSED),
          reporter, relativeFeedbackGiven, detentionEnd, with(facts, f -> new Facts(f.interimDecision, decision, date,
              f.admission, f.lastReview, court, f.courtInTime, f.arrival, f.longStay, f.withdrawalHolds, f.releaseBy, f.withdrawnOn)));
    }
    Guard.required("admission", admission);
    if (admission.isBefore(history.get(0).date())) {
      throw new IllegalTransitionException(state, Event.TRIBUNAL_DECIDES, Reason.INCONSISTENT_DATES,
          "admission cannot be before the case was opened");
    }
    Deadline end;
    if (decision == TribunalDecision.DETAIN_10_2) {
      if (CALCULATOR.compute(DeadlineRule.COERCION_DECISION_LAPSE, date).hasPassedOn(admission)) {
        throw new IllegalTransitionException(state, Event.TRIBUNAL_DECIDES, Reason.DECISION_LAPSED,
            "a decision under hol § 10-2 not carried out within six weeks lapses; admission is too late");
      }
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
        reporter, relativeFeedbackGiven, end, with(facts, f -> new Facts(f.interimDecision, decision, date, admission,
            null, court, f.courtInTime, f.arrival, f.longStay, f.withdrawalHolds, f.releaseBy, f.withdrawnOn)));
  }

  /**
   * Records that the tribunal's decision was brought before the district court.
   *
   * @param date the day
   * @return the case in {@link State#DETAINED_UNDER_APPEAL}, with {@link #broughtToCourtInTime()} recorded
   * @throws IllegalTransitionException unless DETAINED on a tribunal decision
   */
  public CoercionCase appealToCourt(LocalDate date) {
    Guard.notBefore(history, state, Event.APPEAL_TO_COURT, date);
    if (state != State.DETAINED) {
      throw Guard.notAllowed(state, Event.APPEAL_TO_COURT);
    }
    boolean inTime = facts.courtDeadline == null || facts.courtDeadline.isMetBy(date);
    return new CoercionCase(State.DETAINED_UNDER_APPEAL,
        Guard.append(history, Event.APPEAL_TO_COURT, date, State.DETAINED_UNDER_APPEAL), reporter,
        relativeFeedbackGiven, detentionEnd, with(facts, f -> new Facts(f.interimDecision, f.decision, f.decisionDate,
            f.admission, f.lastReview, f.courtDeadline, inTime, f.arrival, f.longStay, f.withdrawalHolds, f.releaseBy, f.withdrawnOn)));
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
   * Records a consent agreement under hol § 10-4 with the statutory hold of three weeks, for a stay not
   * agreed to last three months or more.
   *
   * @param date the day the agreement was made: at the latest the day of arrival
   * @param arrival the day of intake at the institution
   * @return the case in {@link State#HELD_ON_CONSENT} (with {@link #detentionEnd()})
   * @throws IllegalTransitionException as for {@link #consentAgreement(LocalDate, LocalDate, PeriodSpec, boolean)}
   */
  public CoercionCase consentAgreement(LocalDate date, LocalDate arrival) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(arrival, "arrival");
    return agree(date, arrival, Optional.empty(), false);
  }

  /**
   * Records a consent agreement under hol § 10-4 with an agreed hold, for a stay not agreed to last three
   * months or more.
   *
   * @param date the day the agreement was made: at the latest the day of arrival
   * @param arrival the day of intake at the institution
   * @param holdPeriod the agreed hold from intake, at most 3 weeks
   * @return the case in {@link State#HELD_ON_CONSENT} (with {@link #detentionEnd()})
   * @throws IllegalTransitionException as for {@link #consentAgreement(LocalDate, LocalDate, PeriodSpec, boolean)}
   */
  public CoercionCase consentAgreement(LocalDate date, LocalDate arrival, PeriodSpec holdPeriod) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(arrival, "arrival");
    Objects.requireNonNull(holdPeriod, "holdPeriod");
    return agree(date, arrival, Optional.of(holdPeriod), false);
  }

  /**
   * Records a consent agreement under hol § 10-4 with the statutory hold of three weeks.
   *
   * @param date the day the agreement was made: at the latest the day of arrival
   * @param arrival the day of intake at the institution
   * @param stayOfAtLeastThreeMonths whether the stay is agreed to last at least three months
   * @return the case in {@link State#HELD_ON_CONSENT} (with {@link #detentionEnd()})
   * @throws IllegalTransitionException as for {@link #consentAgreement(LocalDate, LocalDate, PeriodSpec, boolean)}
   */
  public CoercionCase consentAgreement(LocalDate date, LocalDate arrival, boolean stayOfAtLeastThreeMonths) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(arrival, "arrival");
    return agree(date, arrival, Optional.empty(), stayOfAtLeastThreeMonths);
  }

  /**
   * Records a consent agreement under hol § 10-4, made on {@code date} for intake on {@code arrival}.
   * No tribunal decides; the institution may hold the person back up to three weeks from intake.
   *
   * @param date the day the agreement was made: at the latest the day of arrival
   * @param arrival the day of intake at the institution
   * @param holdPeriod the agreed hold from intake, at most 3 weeks
   * @param stayOfAtLeastThreeMonths whether the stay is agreed to last at least three months, which allows
   *     up to {@value #MAX_WITHDRAWAL_HOLDS} holds of three weeks after consent is withdrawn
   * @return the case in {@link State#HELD_ON_CONSENT} (with {@link #detentionEnd()})
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless NEW, REPORTED or INVESTIGATING;
   *     AGREEMENT_AFTER_ARRIVAL when made after arrival; HOLD_TOO_LONG when the agreed hold ends later
   *     than three weeks from intake
   */
  public CoercionCase consentAgreement(LocalDate date, LocalDate arrival, PeriodSpec holdPeriod,
      boolean stayOfAtLeastThreeMonths) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(arrival, "arrival");
    Objects.requireNonNull(holdPeriod, "holdPeriod");
    return agree(date, arrival, Optional.of(holdPeriod), stayOfAtLeastThreeMonths);
  }

  private CoercionCase agree(LocalDate date, LocalDate arrival, Optional<PeriodSpec> holdPeriod,
      boolean stayOfAtLeastThreeMonths) {
    Guard.notBefore(history, state, Event.CONSENT_AGREEMENT, date);
    if (state != State.NEW && state != State.REPORTED && state != State.INVESTIGATING) {
      throw Guard.notAllowed(state, Event.CONSENT_AGREEMENT);
    }
    if (date.isAfter(arrival)) {
      throw new IllegalTransitionException(state, Event.CONSENT_AGREEMENT, Reason.AGREEMENT_AFTER_ARRIVAL,
          "the agreement must be made at the latest on arrival (hol § 10-4)");
    }
    Deadline statutory = CALCULATOR.compute(DeadlineRule.CONSENT_DETENTION_10_4, arrival);
    Deadline end = holdPeriod.isPresent()
        ? CALCULATOR.compute(DeadlineRule.CONSENT_DETENTION_10_4, arrival, holdPeriod.get())
        : statutory;
    if (end.due().isAfter(statutory.due())) {
      throw new IllegalTransitionException(state, Event.CONSENT_AGREEMENT, Reason.HOLD_TOO_LONG,
          "hol § 10-4 allows a hold of at most three weeks from intake");
    }
    return new CoercionCase(State.HELD_ON_CONSENT,
        Guard.append(history, Event.CONSENT_AGREEMENT, date, State.HELD_ON_CONSENT), reporter,
        relativeFeedbackGiven, end, with(facts, f -> new Facts(f.interimDecision, f.decision, f.decisionDate,
            f.admission, f.lastReview, f.courtDeadline, f.courtInTime, arrival, stayOfAtLeastThreeMonths, 0, null, null)));
  }

  /**
   * Records that the person expressly withdrew their consent to a § 10-4 hold. Within the hold from
   * intake nothing changes (the first three weeks still apply, and the withdrawal is not counted). After
   * it, a stay agreed to last at least three months allows a new hold of up to three weeks from the
   * withdrawal, at most {@value #MAX_WITHDRAWAL_HOLDS} times per stay; otherwise there is no hold left and
   * the person must be let go that day ({@link #isHeldBeyondMaximum(LocalDate)} is true from the next day).
   *
   * @param date the day consent was withdrawn
   * @return the case, still {@link State#HELD_ON_CONSENT} until {@link #release(LocalDate)}
   * @throws IllegalTransitionException NOT_ALLOWED_IN_STATE unless HELD_ON_CONSENT; INCONSISTENT_DATES
   *     before intake
   */
  public CoercionCase withdrawConsent(LocalDate date) {
    Guard.notBefore(history, state, Event.WITHDRAW_CONSENT, date);
    if (state != State.HELD_ON_CONSENT) {
      throw Guard.notAllowed(state, Event.WITHDRAW_CONSENT);
    }
    if (date.isBefore(facts.arrival)) {
      throw new IllegalTransitionException(state, Event.WITHDRAW_CONSENT, Reason.INCONSISTENT_DATES,
          "consent cannot be withdrawn before intake");
    }
    List<HistoryEntry<Event, State>> h = Guard.append(history, Event.WITHDRAW_CONSENT, date, state);
    if (facts.withdrawalHolds == 0 && facts.releaseBy == null && !detentionEnd.hasPassedOn(date)) {
      return new CoercionCase(state, h, reporter, relativeFeedbackGiven, detentionEnd, with(facts, f -> new Facts(
          f.interimDecision, f.decision, f.decisionDate, f.admission, f.lastReview, f.courtDeadline, f.courtInTime,
          f.arrival, f.longStay, f.withdrawalHolds, f.releaseBy, date)));
    }
    if (facts.longStay && facts.withdrawalHolds < MAX_WITHDRAWAL_HOLDS) {
      Deadline hold = CALCULATOR.compute(DeadlineRule.CONSENT_WITHDRAWN_10_4, date);
      return new CoercionCase(state, h, reporter, relativeFeedbackGiven, hold, with(facts, f -> new Facts(
          f.interimDecision, f.decision, f.decisionDate, f.admission, f.lastReview, f.courtDeadline, f.courtInTime,
          f.arrival, f.longStay, f.withdrawalHolds + 1, null, date)));
    }
    return new CoercionCase(state, h, reporter, relativeFeedbackGiven, detentionEnd, with(facts, f -> new Facts(
        f.interimDecision, f.decision, f.decisionDate, f.admission, f.lastReview, f.courtDeadline, f.courtInTime,
        f.arrival, f.longStay, f.withdrawalHolds, date, date)));
  }

  /**
   * Records a review of the need for detention under § 10-3 (at least every third month).
   *
   * @param date the day of the review
   * @return the case in the same state, with {@link #nextReviewDue()} counted from this review
   * @throws IllegalTransitionException unless DETAINED or DETAINED_UNDER_APPEAL on a § 10-3 decision
   */
  public CoercionCase review(LocalDate date) {
    Guard.notBefore(history, state, Event.REVIEW, date);
    if ((state != State.DETAINED && state != State.DETAINED_UNDER_APPEAL) || facts.decision != TribunalDecision.DETAIN_10_3) {
      throw Guard.notAllowed(state, Event.REVIEW);
    }
    return new CoercionCase(state, Guard.append(history, Event.REVIEW, date, state), reporter, relativeFeedbackGiven,
        detentionEnd, with(facts, f -> new Facts(f.interimDecision, f.decision, f.decisionDate, f.admission, date,
            f.courtDeadline, f.courtInTime, f.arrival, f.longStay, f.withdrawalHolds, f.releaseBy, f.withdrawnOn)));
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
        detentionEnd, facts);
  }

  private static Facts with(Facts facts, java.util.function.UnaryOperator<Facts> change) {
    return change.apply(facts);
  }

  /**
   * The last day the municipality's proposal can reach the tribunal after its interim decision (2 weeks,
   * extended to a working day; hol § 10-2).
   *
   * @return the deadline, once an interim decision is recorded
   */
  public Optional<Deadline> interimProposalDeadline() {
    return Optional.ofNullable(facts.interimDecision)
        .map(d -> CALCULATOR.compute(DeadlineRule.COERCION_INTERIM_PROPOSAL, d));
  }

  /**
   * Whether the interim decision has lapsed on a date: the case is still waiting for the proposal and the
   * two weeks have passed.
   *
   * @param date the date
   * @return true if lapsed
   */
  public boolean isInterimDecisionLapsed(LocalDate date) {
    Guard.required("date", date);
    return state == State.INTERIM_DECISION && interimProposalDeadline().orElseThrow().hasPassedOn(date);
  }

  /**
   * The two months to bring the tribunal's decision before the district court (hol § 10-7), counted from
   * the day of the decision (when notice reached the person later, the deadline is later: compute it with
   * {@link DeadlineRule#COERCION_COURT_REVIEW} from that day).
   *
   * @return the deadline, once the tribunal has decided
   */
  public Optional<Deadline> courtDeadline() {
    return Optional.ofNullable(facts.courtDeadline);
  }

  /**
   * Whether the decision was brought before the court within {@link #courtDeadline()}.
   *
   * @return the answer, once the decision was brought before the court
   */
  public Optional<Boolean> broughtToCourtInTime() {
    return Optional.ofNullable(facts.courtInTime);
  }

  /**
   * The tribunal's decision, once made.
   *
   * @return the decision
   */
  public Optional<TribunalDecision> tribunalDecision() {
    return Optional.ofNullable(facts.decision);
  }

  /**
   * When the need for detention under § 10-3 must next be reviewed: three months after admission or the
   * last review, never extended.
   *
   * @return the latest day of the next review, for a § 10-3 detention
   */
  public Optional<Deadline> nextReviewDue() {
    if (facts.decision != TribunalDecision.DETAIN_10_3 || facts.admission == null) {
      return Optional.empty();
    }
    LocalDate from = facts.lastReview != null && facts.lastReview.isAfter(facts.admission) ? facts.lastReview
        : facts.admission;
    return Optional.of(CALCULATOR.compute(DeadlineRule.COERCION_REVIEW_10_3, from));
  }

  /**
   * Whether a § 10-3 review is overdue on a date (still detained, and the date is after
   * {@link #nextReviewDue()}).
   *
   * @param date the date
   * @return true if overdue
   */
  public boolean isReviewOverdue(LocalDate date) {
    Guard.required("date", date);
    return (state == State.DETAINED || state == State.DETAINED_UNDER_APPEAL)
        && nextReviewDue().map(d -> d.hasPassedOn(date)).orElse(false);
  }

  /**
   * How many holds after a withdrawn consent this stay has used (at most {@value #MAX_WITHDRAWAL_HOLDS}).
   *
   * @return the count
   */
  public int withdrawalHoldsUsed() {
    return facts.withdrawalHolds;
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
   * the date is after {@link #detentionEnd()}, or after the day consent was withdrawn with no hold left
   * ({@link #withdrawConsent(LocalDate)}). A person held on consent who has not withdrawn it stays of their
   * own will, so the answer is false until consent is withdrawn.
   *
   * @param date the date
   * @return true if held beyond the maximum
   */
  public boolean isHeldBeyondMaximum(LocalDate date) {
    Guard.required("date", date);
    if (state == State.HELD_ON_CONSENT && facts.withdrawnOn == null) {
      return false; // consent stands: the person stays of their own will
    }
    boolean past = facts.releaseBy != null ? date.isAfter(facts.releaseBy)
        : detentionEnd != null && date.isAfter(detentionEnd.due());
    if (!past) {
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
        && relativeFeedbackGiven == other.relativeFeedbackGiven && Objects.equals(detentionEnd, other.detentionEnd)
        && facts.equals(other.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, history, reporter, relativeFeedbackGiven, detentionEnd, facts);
  }

  @Override
  public String toString() {
    return "CoercionCase{" + state + ", " + history + "}";
  }
}
