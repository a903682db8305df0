package no.rusomsorg.core.casework;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.calendar.EdgeDates;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.casework.CoercionCase.TribunalDecision;
import no.rusomsorg.core.casework.IllegalTransitionException.Reason;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Coercion as hol chapter 10 has it (domain.md § 3.5): the interim decision's two weeks, the six-week
 * lapse, the § 10-3 review every third month, the two months to the district court, and the two
 * three-week rules of § 10-4.
 */
class CoercionRulesTest {
  private static final DeadlineCalculator CALC = DeadlineCalculator.standard();
  private static final NorwegianCalendar CAL = NorwegianCalendar.standard();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static void refused(Runnable r, Reason reason) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(IllegalTransitionException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void theRulesAreDeadlinesToActOrMaximaWithVerifiedReferences() {
    assertThat(DeadlineRule.COERCION_INTERIM_PROPOSAL.period()).contains(PeriodSpec.of(2, PeriodUnit.WEEKS));
    assertThat(DeadlineRule.COERCION_INTERIM_PROPOSAL.extendsToWorkingDay()).isTrue();
    assertThat(DeadlineRule.COERCION_DECISION_LAPSE.period()).contains(PeriodSpec.of(6, PeriodUnit.WEEKS));
    assertThat(DeadlineRule.COERCION_DECISION_LAPSE.extendsToWorkingDay()).isFalse();
    assertThat(DeadlineRule.COERCION_REVIEW_10_3.period()).contains(PeriodSpec.of(3, PeriodUnit.MONTHS));
    assertThat(DeadlineRule.COERCION_REVIEW_10_3.isMaximumDuration()).isTrue();
    assertThat(DeadlineRule.COERCION_COURT_REVIEW.period()).contains(PeriodSpec.of(2, PeriodUnit.MONTHS));
    assertThat(DeadlineRule.COERCION_COURT_REVIEW.extendsToWorkingDay()).isTrue();
    assertThat(DeadlineRule.CONSENT_DETENTION_10_4.isMaximumDuration()).isTrue();
    assertThat(DeadlineRule.CONSENT_WITHDRAWN_10_4.isMaximumDuration()).isTrue();
    for (DeadlineRule r : new DeadlineRule[] {DeadlineRule.COERCION_INTERIM_PROPOSAL, DeadlineRule.COERCION_DECISION_LAPSE,
        DeadlineRule.COERCION_REVIEW_10_3, DeadlineRule.COERCION_COURT_REVIEW, DeadlineRule.CONSENT_DETENTION_10_4,
        DeadlineRule.CONSENT_WITHDRAWN_10_4}) {
      assertThat(r.legalReference()).as(r.id()).hasValueSatisfying(ref -> {
        assertThat(ref.act()).isEqualTo(Act.HELSE_OG_OMSORGSTJENESTELOVEN);
        assertThat(ref.unverified()).isFalse();
      });
    }
  }

  @Test
  void anInterimDecisionLapsesWithoutAProposalWithinTwoWeeks() {
    // interim decision Thursday 19 March 2026; 2 weeks = Thursday 2 April (Maundy Thursday) → Tuesday 7 April
    CoercionCase interim = CoercionCase.open().investigate(d("2026-03-16")).interimDecision(d("2026-03-19"));
    Deadline due = interim.interimProposalDeadline().orElseThrow();
    assertThat(due.unextendedDue()).isEqualTo(d("2026-04-02"));
    assertThat(due.due()).isEqualTo(d("2026-04-07"));
    assertThat(due.trace(Language.NB)).contains("domstolloven § 149");
    assertThat(interim.isInterimDecisionLapsed(d("2026-04-07"))).isFalse();
    assertThat(interim.isInterimDecisionLapsed(d("2026-04-08"))).isTrue();
    assertThat(interim.bringToTribunal(d("2026-04-07")).state()).isEqualTo(CoercionCase.State.BEFORE_TRIBUNAL);
    refused(() -> interim.bringToTribunal(d("2026-04-08")), Reason.INTERIM_DECISION_LAPSED);
    assertThat(interim.close(d("2026-04-08")).state()).isEqualTo(CoercionCase.State.CLOSED);
  }

  @Test
  void aDecisionUnderTenTwoNotCarriedOutWithinSixWeeksLapses() {
    CoercionCase before = CoercionCase.open().investigate(d("2026-01-05")).bringToTribunal(d("2026-01-12"));
    // decided Monday 2 February 2026; six weeks = Monday 16 March; never extended
    assertThat(before.tribunalDecides(d("2026-02-02"), TribunalDecision.DETAIN_10_2, d("2026-03-16"))
        .state()).isEqualTo(CoercionCase.State.DETAINED);
    refused(() -> before.tribunalDecides(d("2026-02-02"), TribunalDecision.DETAIN_10_2, d("2026-03-17")), Reason.DECISION_LAPSED);
    Deadline lapse = CALC.compute(DeadlineRule.COERCION_DECISION_LAPSE, d("2026-02-07"));
    // 7 February + 6 weeks = Saturday 21 March, not moved
    assertThat(lapse.due()).isEqualTo(d("2026-03-21"));
    assertThat(lapse.extended()).isFalse();
  }

  @Test
  void detentionOfAPregnantWomanIsReviewedAtLeastEveryThirdMonth() {
    CoercionCase pregnant = CoercionCase.open().investigate(d("2026-01-05")).bringToTribunal(d("2026-01-12"))
        .tribunalDecides(d("2026-01-20"), TribunalDecision.DETAIN_10_3, d("2026-01-31"), d("2026-09-30"));
    // 31 January + 3 months = 30 April (the month is shorter), not moved
    assertThat(pregnant.nextReviewDue().orElseThrow().due()).isEqualTo(d("2026-04-30"));
    assertThat(pregnant.isReviewOverdue(d("2026-05-01"))).isTrue();
    CoercionCase reviewed = pregnant.review(d("2026-04-15"));
    assertThat(reviewed.nextReviewDue().orElseThrow().due()).isEqualTo(d("2026-07-15"));
    assertThat(reviewed.isReviewOverdue(d("2026-05-01"))).isFalse();
    CoercionCase tenTwo = CoercionCase.open().investigate(d("2026-01-05")).bringToTribunal(d("2026-01-12"))
        .tribunalDecides(d("2026-01-20"), TribunalDecision.DETAIN_10_2, d("2026-01-31"));
    assertThat(tenTwo.nextReviewDue()).isEmpty();
    refused(() -> tenTwo.review(d("2026-02-01")), Reason.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void theTribunalsDecisionGoesToTheDistrictCourtWithinTwoMonths() {
    CoercionCase detained = CoercionCase.open().investigate(d("2026-01-05")).bringToTribunal(d("2026-01-12"))
        .tribunalDecides(d("2026-01-31"), TribunalDecision.DETAIN_10_2, d("2026-01-31"));
    Deadline court = detained.courtDeadline().orElseThrow();
    // 31 January + 2 months = 31 March 2026 (Tuesday)
    assertThat(court.due()).isEqualTo(d("2026-03-31"));
    assertThat(court.legalReference().orElseThrow().section()).isEqualTo("10-7");
    assertThat(detained.appealToCourt(d("2026-03-31")).broughtToCourtInTime()).contains(true);
    assertThat(detained.appealToCourt(d("2026-04-01")).broughtToCourtInTime()).contains(false);
  }

  @Test
  void consentHoldIsAtMostThreeWeeksFromIntakeAndAfterWithdrawalOnlyForLongStaysThreeTimes() {
    refused(() -> CoercionCase.open().consentAgreement(d("2026-03-01"), d("2026-03-01"),
        PeriodSpec.of(4, PeriodUnit.WEEKS)), Reason.HOLD_TOO_LONG);
    // a short stay: withdrawal within the first three weeks keeps the intake hold; after it, release that day
    CoercionCase shortStay = CoercionCase.open().consentAgreement(d("2026-03-01"), d("2026-03-02"));
    assertThat(shortStay.detentionEnd().orElseThrow().due()).isEqualTo(d("2026-03-23"));
    CoercionCase early = shortStay.withdrawConsent(d("2026-03-10"));
    assertThat(early.detentionEnd()).isEqualTo(shortStay.detentionEnd());
    assertThat(early.withdrawalHoldsUsed()).isZero();
    CoercionCase late = shortStay.withdrawConsent(d("2026-04-10"));
    assertThat(late.isHeldBeyondMaximum(d("2026-04-10"))).isFalse();
    assertThat(late.isHeldBeyondMaximum(d("2026-04-11"))).isTrue();
    // a stay of at least three months: three holds of three weeks after withdrawal, not a fourth
    CoercionCase longStay = CoercionCase.open().consentAgreement(d("2026-01-05"), d("2026-01-05"), true);
    CoercionCase c = longStay;
    LocalDate w = d("2026-02-02");
    for (int i = 1; i <= CoercionCase.MAX_WITHDRAWAL_HOLDS; i++) {
      c = c.withdrawConsent(w);
      assertThat(c.withdrawalHoldsUsed()).isEqualTo(i);
      assertThat(c.detentionEnd().orElseThrow().rule()).isEqualTo(DeadlineRule.CONSENT_WITHDRAWN_10_4);
      assertThat(c.detentionEnd().orElseThrow().due()).isEqualTo(w.plusWeeks(3));
      w = w.plusWeeks(4);
    }
    CoercionCase fourth = c.withdrawConsent(w);
    assertThat(fourth.withdrawalHoldsUsed()).isEqualTo(CoercionCase.MAX_WITHDRAWAL_HOLDS);
    assertThat(fourth.isHeldBeyondMaximum(w.plusDays(1))).isTrue();
    refused(() -> longStay.withdrawConsent(d("2026-01-04")), Reason.DATE_BEFORE_PREVIOUS_EVENT);
    refused(() -> CoercionCase.open().withdrawConsent(d("2026-01-04")), Reason.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void consentHoldsAreNeverExtendedAndNeverLongerThanThreeWeeks() {
    qt().withExamples(Examples.of(1500))
        .forAll(EdgeDates.dates(), Generate.range(0, 120), Generate.booleans())
        .checkAssert((intake, withdrawAfter, longStay) -> {
          CoercionCase held = CoercionCase.open().consentAgreement(intake, intake, longStay);
          LocalDate withdrawn = intake.plusDays(withdrawAfter);
          CoercionCase after = held.withdrawConsent(withdrawn);
          Deadline end = after.detentionEnd().orElseThrow();
          assertThat(end.due()).isEqualTo(end.unextendedDue());
          assertThat(end.due()).isBeforeOrEqualTo(end.start().plusWeeks(3));
          LocalDate lastHeld = withdrawn.plusWeeks(3);
          // nobody may be held past three weeks after intake or (for long stays) after the withdrawal
          assertThat(after.isHeldBeyondMaximum(lastHeld.plusDays(1))).isTrue();
          if (!withdrawn.isAfter(intake.plusWeeks(3))) {
            assertThat(after.isHeldBeyondMaximum(intake.plusWeeks(3))).isFalse();
          } else if (longStay) {
            assertThat(after.isHeldBeyondMaximum(lastHeld)).isFalse();
          } else {
            assertThat(after.isHeldBeyondMaximum(withdrawn)).isFalse();
            assertThat(after.isHeldBeyondMaximum(withdrawn.plusDays(1))).isTrue();
          }
          if (!CAL.isWorkingDay(end.due())) {
            assertThat(end.trace(Language.EN)).endsWith("not extended (maximum duration)");
          }
        });
  }
}
