package no.rusomsorg.core.casework;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.rusomsorg.core.authority.DateGens;
import no.rusomsorg.core.casework.ApplicationCase.Applicant;
import no.rusomsorg.core.casework.ApplicationCase.Decision;
import no.rusomsorg.core.casework.ApplicationCase.Outcome;
import no.rusomsorg.core.casework.CoercionCase.Reporter;
import no.rusomsorg.core.casework.CoercionCase.TribunalDecision;
import no.rusomsorg.core.casework.ComplaintCase.GovernorDecision;
import no.rusomsorg.core.casework.ComplaintCase.LateGround;
import no.rusomsorg.core.casework.ComplaintCase.Reassessment;
import no.rusomsorg.core.casework.ComplaintCase.Timeliness;
import no.rusomsorg.core.casework.IllegalTransitionException.Reason;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Random event sequences against each machine, checked against an independent transition table: a legal
 * event gives the state the table says; a refused one gives the table's reason and leaves the case equal
 * to what it was.
 */
class CaseMachinePropertiesTest {
  private static final DeadlineCalculator CALC = DeadlineCalculator.standard();

  /** One random event: which, how many days after the previous event (may be negative), and a parameter. */
  record Op(int event, int days, int param) {}

  static Gen<List<Op>> ops(int events) {
    Gen<Op> op = Generate.range(0, events - 1).zip(
        Generate.frequency(org.quicktheories.api.Pair.of(1, Generate.range(-3, -1)),
            org.quicktheories.api.Pair.of(6, Generate.range(0, 40))),
        Generate.range(0, 5), Op::new);
    return SourceDSL.lists().of(op).ofSizeBetween(0, 12);
  }

  /**
   * Applies the ops; {@code expect} returns the expected state (an enum) or a {@link Reason}.
   */
  static <C> void run(C start, List<Op> ops, Function<C, LocalDate> lastDate,
      Function<C, Integer> historySize, BiFunction<C, Op, Object> expect, BiFunction<C, Op, C> apply,
      Function<C, Object> state) {
    C c = start;
    for (Op op : ops) {
      C before = c;
      int size = historySize.apply(before);
      Object beforeState = state.apply(before);
      String beforeText = before.toString();
      int beforeHash = before.hashCode();
      Object expected = expect.apply(before, op);
      try {
        C after = apply.apply(before, op);
        if (expected instanceof Reason) {
          fail("expected refusal " + expected + " for " + op + " in " + beforeState);
        }
        assertThat(state.apply(after)).as("state after %s in %s", op, beforeState).isEqualTo(expected);
        assertThat(historySize.apply(after)).isEqualTo(size + 1);
        assertThat(lastDate.apply(after)).isAfterOrEqualTo(lastDate.apply(before) == null
            ? LocalDate.MIN : lastDate.apply(before));
        c = after;
      } catch (IllegalTransitionException e) {
        assertThat(e.reason()).as("reason for %s in %s", op, beforeState).isEqualTo(expected);
        assertThat(e.state()).isEqualTo(beforeState);
        assertThat(e.getMessage()).doesNotContain("null");
      }
      // the case the event was applied to is unchanged
      assertThat(state.apply(before)).isEqualTo(beforeState);
      assertThat(historySize.apply(before)).isEqualTo(size);
      assertThat(before.toString()).isEqualTo(beforeText);
      assertThat(before.hashCode()).isEqualTo(beforeHash);
    }
  }

  private static LocalDate last(List<? extends HistoryEntry<?, ?>> history) {
    return history.isEmpty() ? null : history.get(history.size() - 1).date();
  }

  private static LocalDate dateOf(List<? extends HistoryEntry<?, ?>> history, Op op, LocalDate base) {
    LocalDate l = last(history);
    return (l == null ? base : l).plusDays(op.days());
  }

  // ---------------- application ----------------

  private static final ApplicationCase.Event[] APP_EVENTS = {
      ApplicationCase.Event.SEND_INTERIM_REPLY, ApplicationCase.Event.DECIDE, ApplicationCase.Event.WITHDRAW};

  private static Decision decisionFor(LocalDate date, Op op) {
    Outcome outcome = Outcome.values()[op.param() % 3];
    boolean reasons = op.param() >= 2;
    return new Decision(date, outcome, reasons, date.plusDays(op.param() - 1));
  }

  private static Object expectApp(ApplicationCase c, Op op) {
    LocalDate date = dateOf(c.history(), op, null);
    if (op.days() < 0) {
      return Reason.DATE_BEFORE_PREVIOUS_EVENT;
    }
    boolean open = c.state() == ApplicationCase.State.RECEIVED || c.state() == ApplicationCase.State.INTERIM_REPLY_SENT;
    switch (APP_EVENTS[op.event()]) {
      case SEND_INTERIM_REPLY:
        return c.state() == ApplicationCase.State.RECEIVED ? ApplicationCase.State.INTERIM_REPLY_SENT
            : Reason.NOT_ALLOWED_IN_STATE;
      case DECIDE: {
        if (!open) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        Decision d = decisionFor(date, op);
        if (d.noticeReceived().isBefore(d.date())) {
          return Reason.INCONSISTENT_DATES;
        }
        if (d.outcome() != Outcome.GRANTED && !d.withReasons()) {
          return Reason.REASONS_REQUIRED;
        }
        return ApplicationCase.State.DECIDED;
      }
      default:
        return open ? ApplicationCase.State.WITHDRAWN : Reason.NOT_ALLOWED_IN_STATE;
    }
  }

  private static ApplicationCase applyApp(ApplicationCase c, Op op) {
    LocalDate date = dateOf(c.history(), op, null);
    switch (APP_EVENTS[op.event()]) {
      case SEND_INTERIM_REPLY:
        return c.sendInterimReply(date);
      case DECIDE:
        return c.decide(decisionFor(date, op));
      default:
        return c.withdraw(date);
    }
  }

  @Test
  void applicationSequencesFollowTheTable() {
    qt().withExamples(Examples.of(2000))
        .forAll(DateGens.dates(), Generate.pick(List.of(ComplaintRegime.FVL, ComplaintRegime.PBRL,
            ComplaintRegime.SERVICE_COMPLAINT)), ops(APP_EVENTS.length))
        .checkAssert((received, regime, ops) -> {
          ApplicationCase start = ApplicationCase.receive(received, regime, Applicant.SELF, false);
          run(start, ops, c -> last(c.history()), c -> c.history().size(),
              CaseMachinePropertiesTest::expectApp, CaseMachinePropertiesTest::applyApp, ApplicationCase::state);
        });
  }

  @Test
  void interimReplyIsOverdueExactlyAfterTheDeadlineWhileNothingHappened() {
    qt().withExamples(Examples.of(1000))
        .forAll(DateGens.dates(), Generate.range(0, 70), Generate.range(0, 70))
        .checkAssert((received, replyAfter, askAfter) -> {
          ApplicationCase app = ApplicationCase.receive(received, ComplaintRegime.PBRL, Applicant.SELF, false);
          LocalDate due = CALC.compute(DeadlineRule.FVL_INTERIM_REPLY, received).due();
          LocalDate reply = received.plusDays(replyAfter);
          LocalDate ask = received.plusDays(askAfter);
          ApplicationCase replied = app.sendInterimReply(reply);
          assertThat(app.isInterimReplyOverdue(ask)).isEqualTo(ask.isAfter(due));
          assertThat(replied.isInterimReplyOverdue(ask)).isEqualTo(ask.isAfter(due) && ask.isBefore(reply));
        });
  }

  // ---------------- complaint ----------------

  private static final ComplaintCase.Event[] COMPLAINT_EVENTS = {
      ComplaintCase.Event.ACCEPT_LATE, ComplaintCase.Event.DISMISS_LATE, ComplaintCase.Event.REASSESS,
      ComplaintCase.Event.GOVERNOR_DECIDES, ComplaintCase.Event.COMPLAIN_TO_OMBUD,
      ComplaintCase.Event.OMBUD_CONCLUDES, ComplaintCase.Event.WITHDRAW};

  private static Object expectComplaint(ComplaintCase c, Op op) {
    if (op.days() < 0) {
      return Reason.DATE_BEFORE_PREVIOUS_EVENT;
    }
    ComplaintCase.State s = c.state();
    switch (COMPLAINT_EVENTS[op.event()]) {
      case ACCEPT_LATE:
        if (s != ComplaintCase.State.LATE_PENDING) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return c.timeliness() == Timeliness.LATE_BARRED ? Reason.LATE_COMPLAINT_BARRED : ComplaintCase.State.FILED;
      case DISMISS_LATE:
        return s == ComplaintCase.State.LATE_PENDING ? ComplaintCase.State.DISMISSED : Reason.NOT_ALLOWED_IN_STATE;
      case REASSESS:
        if (s != ComplaintCase.State.FILED) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return op.param() % 2 == 0 ? ComplaintCase.State.CLOSED_IN_FAVOUR : ComplaintCase.State.FORWARDED;
      case GOVERNOR_DECIDES:
        if (s != ComplaintCase.State.FORWARDED) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return List.of(ComplaintCase.State.UPHELD, ComplaintCase.State.REVERSED, ComplaintCase.State.SENT_BACK)
            .get(op.param() % 3);
      case COMPLAIN_TO_OMBUD:
        return s == ComplaintCase.State.UPHELD ? ComplaintCase.State.AT_OMBUD : Reason.NOT_ALLOWED_IN_STATE;
      case OMBUD_CONCLUDES:
        return s == ComplaintCase.State.AT_OMBUD ? ComplaintCase.State.OMBUD_CONCLUDED : Reason.NOT_ALLOWED_IN_STATE;
      default:
        return s == ComplaintCase.State.FILED || s == ComplaintCase.State.LATE_PENDING
            || s == ComplaintCase.State.FORWARDED ? ComplaintCase.State.WITHDRAWN : Reason.NOT_ALLOWED_IN_STATE;
    }
  }

  private static ComplaintCase applyComplaint(ComplaintCase c, Op op) {
    LocalDate date = dateOf(c.history(), op, null);
    switch (COMPLAINT_EVENTS[op.event()]) {
      case ACCEPT_LATE:
        return c.acceptLate(date, LateGround.values()[op.param() % 2]);
      case DISMISS_LATE:
        return c.dismissLate(date);
      case REASSESS:
        return c.reassess(date, op.param() % 2 == 0 ? Reassessment.CHANGED : Reassessment.UPHELD);
      case GOVERNOR_DECIDES:
        return c.governorDecides(date, GovernorDecision.values()[op.param() % 3]);
      case COMPLAIN_TO_OMBUD:
        return c.complainToOmbud(date);
      case OMBUD_CONCLUDES:
        return c.ombudConcludes(date);
      default:
        return c.withdraw(date);
    }
  }

  private static Gen<Integer> filingDelay() {
    return Generate.frequency(org.quicktheories.api.Pair.of(3, Generate.range(0, 40)),
        org.quicktheories.api.Pair.of(1, Generate.range(355, 375)), org.quicktheories.api.Pair.of(1, Generate.range(0, 800)));
  }

  @Test
  void complaintSequencesFollowTheTable() {
    qt().withExamples(Examples.of(2000))
        .forAll(DateGens.dates(), Generate.pick(List.of(ComplaintRegime.FVL, ComplaintRegime.PBRL,
            ComplaintRegime.SERVICE_COMPLAINT)), filingDelay(), ops(COMPLAINT_EVENTS.length))
        .checkAssert((decision, regime, delay, ops) -> {
          ComplaintCase start = ComplaintCase.file(regime, decision, decision.plusDays(2), decision.plusDays(2 + delay));
          run(start, ops, c -> last(c.history()), c -> c.history().size(),
              CaseMachinePropertiesTest::expectComplaint, CaseMachinePropertiesTest::applyComplaint,
              ComplaintCase::state);
        });
  }

  @Test
  void timelinessAlwaysAgreesWithTheDeadlineRules() {
    qt().withExamples(Examples.of(3000))
        .forAll(DateGens.dates(), Generate.range(0, 20), filingDelay(),
            Generate.pick(List.of(ComplaintRegime.FVL, ComplaintRegime.PBRL)))
        .checkAssert((decision, noticeDelay, filingDelay, regime) -> {
          LocalDate notice = decision.plusDays(noticeDelay);
          LocalDate filed = notice.plusDays(filingDelay);
          ComplaintCase c = ComplaintCase.file(regime, decision, notice, filed);
          LocalDate due = CALC.compute(regime.deadlineRule().orElseThrow(), notice).due();
          LocalDate bar = CALC.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, decision).due();
          boolean inTime = !filed.isAfter(due);
          assertThat(c.timeliness() == Timeliness.IN_TIME).isEqualTo(inTime);
          assertThat(c.timeliness() == Timeliness.LATE_BARRED).isEqualTo(!inTime && filed.isAfter(bar));
          assertThat(c.state()).isEqualTo(inTime ? ComplaintCase.State.FILED : ComplaintCase.State.LATE_PENDING);
          assertThat(c.deadline().orElseThrow().due()).isEqualTo(due);
          assertThat(c.deadline().orElseThrow().isMetBy(filed)).isEqualTo(inTime);
        });
  }

  // ---------------- coercion ----------------

  private static final CoercionCase.Event[] COERCION_EVENTS = CoercionCase.Event.values();

  private static Object expectCoercion(CoercionCase c, Op op) {
    if (op.days() < 0 && !c.history().isEmpty()) {
      return Reason.DATE_BEFORE_PREVIOUS_EVENT;
    }
    CoercionCase.State s = c.state();
    boolean relative = c.reporter().map(r -> r == Reporter.RELATIVE).orElse(false);
    switch (COERCION_EVENTS[op.event()]) {
      case REPORT:
        if (s != CoercionCase.State.NEW) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return op.param() % 2 == 0 && op.param() >= 2 ? Reason.REPORT_NOT_WRITTEN : CoercionCase.State.REPORTED;
      case INVESTIGATE:
        return s == CoercionCase.State.NEW || s == CoercionCase.State.REPORTED
            ? CoercionCase.State.INVESTIGATING : Reason.NOT_ALLOWED_IN_STATE;
      case GIVE_RELATIVE_FEEDBACK:
        if (!relative || s == CoercionCase.State.NEW || s == CoercionCase.State.HELD_ON_CONSENT) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return c.relativeFeedbackGiven() ? Reason.INVALID_EVENT_DATA : s;
      case INTERIM_DECISION:
        return s == CoercionCase.State.INVESTIGATING ? CoercionCase.State.INTERIM_DECISION : Reason.NOT_ALLOWED_IN_STATE;
      case BRING_TO_TRIBUNAL: {
        if (s == CoercionCase.State.INTERIM_DECISION) {
          // the proposal must reach the tribunal within two weeks of the interim decision (extended)
          LocalDate interim = c.history().stream().filter(e -> e.event() == CoercionCase.Event.INTERIM_DECISION)
              .reduce((a, b) -> b).orElseThrow().date();
          LocalDate due = CALC.compute(DeadlineRule.COERCION_INTERIM_PROPOSAL, interim).due();
          return dateOf(c.history(), op, COERCION_BASE).isAfter(due) ? Reason.INTERIM_DECISION_LAPSED
              : CoercionCase.State.BEFORE_TRIBUNAL;
        }
        return s == CoercionCase.State.INVESTIGATING ? CoercionCase.State.BEFORE_TRIBUNAL : Reason.NOT_ALLOWED_IN_STATE;
      }
      case REVIEW:
        return (s == CoercionCase.State.DETAINED || s == CoercionCase.State.DETAINED_UNDER_APPEAL)
            && c.tribunalDecision().orElse(null) == TribunalDecision.DETAIN_10_3 ? s : Reason.NOT_ALLOWED_IN_STATE;
      case WITHDRAW_CONSENT: {
        if (s != CoercionCase.State.HELD_ON_CONSENT) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        LocalDate intake = c.withdrawalHoldsUsed() == 0 ? c.detentionEnd().orElseThrow().start() : COERCION_BASE;
        return dateOf(c.history(), op, COERCION_BASE).isBefore(intake) ? Reason.INCONSISTENT_DATES : s;
      }
      case CLOSE:
        if (s != CoercionCase.State.REPORTED && s != CoercionCase.State.INVESTIGATING
            && s != CoercionCase.State.INTERIM_DECISION) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return relative && !c.relativeFeedbackGiven() ? Reason.RELATIVE_FEEDBACK_MISSING : CoercionCase.State.CLOSED;
      case TRIBUNAL_DECIDES: {
        if (s != CoercionCase.State.BEFORE_TRIBUNAL) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        TribunalDecision d = TribunalDecision.values()[op.param() % 3];
        if (d == TribunalDecision.REFUSED) {
          return CoercionCase.State.CLOSED;
        }
        return d == TribunalDecision.DETAIN_10_3 && op.param() >= 3 ? Reason.EXPECTED_END_MISSING
            : CoercionCase.State.DETAINED;
      }
      case APPEAL_TO_COURT:
        return s == CoercionCase.State.DETAINED ? CoercionCase.State.DETAINED_UNDER_APPEAL : Reason.NOT_ALLOWED_IN_STATE;
      case COURT_RULES:
        if (s != CoercionCase.State.DETAINED_UNDER_APPEAL) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return op.param() % 2 == 0 ? CoercionCase.State.DETAINED : CoercionCase.State.RELEASED;
      case CONSENT_AGREEMENT:
        if (s != CoercionCase.State.NEW && s != CoercionCase.State.REPORTED && s != CoercionCase.State.INVESTIGATING) {
          return Reason.NOT_ALLOWED_IN_STATE;
        }
        return op.param() == 0 ? Reason.AGREEMENT_AFTER_ARRIVAL : CoercionCase.State.HELD_ON_CONSENT;
      default:
        return s == CoercionCase.State.DETAINED || s == CoercionCase.State.DETAINED_UNDER_APPEAL
            || s == CoercionCase.State.HELD_ON_CONSENT ? CoercionCase.State.RELEASED : Reason.NOT_ALLOWED_IN_STATE;
    }
  }

  private static final LocalDate COERCION_BASE = LocalDate.of(2024, 1, 15);

  private static CoercionCase applyCoercion(CoercionCase c, Op op) {
    LocalDate date = dateOf(c.history(), op, COERCION_BASE);
    switch (COERCION_EVENTS[op.event()]) {
      case REPORT:
        return c.report(date, op.param() % 2 == 0 ? Reporter.RELATIVE : Reporter.OTHER, op.param() < 2);
      case INVESTIGATE:
        return c.investigate(date);
      case GIVE_RELATIVE_FEEDBACK:
        return c.giveRelativeFeedback(date);
      case INTERIM_DECISION:
        return c.interimDecision(date);
      case BRING_TO_TRIBUNAL:
        return c.bringToTribunal(date);
      case REVIEW:
        return c.review(date);
      case WITHDRAW_CONSENT:
        return c.withdrawConsent(date);
      case CLOSE:
        return c.close(date);
      case TRIBUNAL_DECIDES:
        return op.param() >= 3 ? c.tribunalDecides(date, TribunalDecision.values()[op.param() % 3], date)
            : c.tribunalDecides(date, TribunalDecision.values()[op.param() % 3], date, date.plusMonths(4));
      case APPEAL_TO_COURT:
        return c.appealToCourt(date);
      case COURT_RULES:
        return c.courtRules(date, op.param() % 2 == 0);
      case CONSENT_AGREEMENT:
        return c.consentAgreement(date, date.plusDays(op.param() - 1));
      default:
        return c.release(date);
    }
  }

  @Test
  void coercionSequencesFollowTheTable() {
    qt().withExamples(Examples.of(3000))
        .forAll(ops(COERCION_EVENTS.length))
        .checkAssert(ops -> {
          List<Op> all = new ArrayList<>(ops);
          run(CoercionCase.open(), all, c -> last(c.history()), c -> c.history().size(),
              CaseMachinePropertiesTest::expectCoercion, CaseMachinePropertiesTest::applyCoercion,
              CoercionCase::state);
        });
  }

  @Test
  void detentionEndsFollowTheMaximumDurationRulesAndAreNeverExtended() {
    qt().withExamples(Examples.of(1000))
        .forAll(DateGens.between(LocalDate.of(1995, 1, 1), LocalDate.of(2040, 12, 31)), Generate.range(0, 30))
        .checkAssert((opened, admissionDelay) -> {
          LocalDate admission = opened.plusDays(admissionDelay);
          CoercionCase detained = CoercionCase.open().investigate(opened).bringToTribunal(opened)
              .tribunalDecides(opened, TribunalDecision.DETAIN_10_2, admission);
          var end = detained.detentionEnd().orElseThrow();
          assertThat(end.due()).isEqualTo(end.unextendedDue()).isEqualTo(
              CALC.compute(DeadlineRule.COERCION_DETENTION_10_2, admission).due());
          assertThat(detained.isHeldBeyondMaximum(end.due())).isFalse();
          assertThat(detained.isHeldBeyondMaximum(end.due().plusDays(1))).isTrue();
        });
  }
}
