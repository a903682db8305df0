package no.rusomsorg.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.MunicipalityRef;
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
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import org.junit.jupiter.api.Test;

class CaseExamplesTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void applicationOnSomeoneElsesBehalfNeedsAPowerOfAttorney() {
    assertThatThrownBy(() -> ApplicationCase.receive(d("2026-01-05"), ComplaintRegime.PBRL, Applicant.ON_BEHALF, false))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.POWER_OF_ATTORNEY_MISSING);
          assertThat(e.event()).isEqualTo(ApplicationCase.Event.RECEIVE);
        });
    assertThat(ApplicationCase.receive(d("2026-01-05"), ComplaintRegime.PBRL, Applicant.ON_BEHALF, true).state())
        .isEqualTo(ApplicationCase.State.RECEIVED);
    assertThatThrownBy(() -> ApplicationCase.receive(d("2026-01-05"), ComplaintRegime.COERCION, Applicant.SELF, false))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void interimReplyIsOwedAfterOneMonth() {
    // received 31 January: one month ends on the last day of February (a Saturday in 2026), extended to Monday 2 March
    ApplicationCase app = ApplicationCase.receive(d("2026-01-31"), ComplaintRegime.PBRL, Applicant.SELF, false);
    assertThat(app.interimReplyDue().unextendedDue()).isEqualTo(d("2026-02-28"));
    assertThat(app.interimReplyDue().due()).isEqualTo(d("2026-03-02"));
    assertThat(app.isInterimReplyOverdue(d("2026-03-02"))).isFalse();
    assertThat(app.isInterimReplyOverdue(d("2026-03-03"))).isTrue();
    ApplicationCase replied = app.sendInterimReply(d("2026-03-04"));
    assertThat(replied.isInterimReplyOverdue(d("2026-03-03"))).isTrue();
    assertThat(replied.isInterimReplyOverdue(d("2026-03-04"))).isFalse();
    assertThat(app.state()).isEqualTo(ApplicationCase.State.RECEIVED);
  }

  @Test
  void refusalNeedsReasonsAndNoticeCannotPrecedeTheDecision() {
    ApplicationCase app = ApplicationCase.receive(d("2026-01-05"), ComplaintRegime.PBRL, Applicant.SELF, false);
    assertThatThrownBy(() -> app.decide(new Decision(d("2026-01-20"), Outcome.REFUSED, false, d("2026-01-22"))))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REASONS_REQUIRED));
    assertThatThrownBy(() -> app.decide(new Decision(d("2026-01-20"), Outcome.GRANTED, true, d("2026-01-19"))))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INCONSISTENT_DATES));
    assertThatThrownBy(() -> app.decide(new Decision(d("2026-01-04"), Outcome.GRANTED, true, d("2026-01-05"))))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.DATE_BEFORE_PREVIOUS_EVENT));
    assertThatThrownBy(() -> app.fileComplaint(d("2026-01-25")))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.state()).isEqualTo(ApplicationCase.State.RECEIVED));
  }

  @Test
  void decidedApplicationLeadsToItsComplaintRouteAndCase() {
    ApplicationCase app = ApplicationCase.receive(d("2026-01-05"), ComplaintRegime.PBRL, Applicant.SELF, false)
        .decide(new Decision(d("2026-03-10"), Outcome.REFUSED, true, d("2026-03-12")));
    var route = app.complaintRoute(MunicipalityRef.of("Sandnes", County.ROGALAND));
    // 4 weeks from 12 March 2026 = 9 April (Thursday after Easter Monday 6 April): no extension
    assertThat(route.steps().get(0).deadline().orElseThrow().due()).isEqualTo(d("2026-04-09"));
    assertThat(route.appealStep().body().name().nb()).isEqualTo("Statsforvalteren i Rogaland");
    ComplaintCase complaint = app.fileComplaint(d("2026-04-09"));
    assertThat(complaint.timeliness()).isEqualTo(Timeliness.IN_TIME);
    ComplaintCase done = complaint.reassess(d("2026-04-20"), Reassessment.UPHELD)
        .governorDecides(d("2026-06-01"), GovernorDecision.UPHELD)
        .complainToOmbud(d("2026-07-01"))
        .ombudConcludes(d("2026-12-01"));
    assertThat(done.state()).isEqualTo(ComplaintCase.State.OMBUD_CONCLUDED);
    assertThat(done.history()).extracting(HistoryEntry::event).containsExactly(ComplaintCase.Event.FILE,
        ComplaintCase.Event.REASSESS, ComplaintCase.Event.GOVERNOR_DECIDES, ComplaintCase.Event.COMPLAIN_TO_OMBUD,
        ComplaintCase.Event.OMBUD_CONCLUDES);
  }

  @Test
  void fvlDeadlineEndingOnMaundyThursdayIsExtendedAndLateComplaintsFollowSection31() {
    // notice 12 March 2026 + 3 weeks = 2 April (Maundy Thursday) → 7 April
    ComplaintCase onTime = ComplaintCase.file(ComplaintRegime.FVL, d("2026-03-10"), d("2026-03-12"), d("2026-04-07"));
    assertThat(onTime.timeliness()).isEqualTo(Timeliness.IN_TIME);
    ComplaintCase late = ComplaintCase.file(ComplaintRegime.FVL, d("2026-03-10"), d("2026-03-12"), d("2026-04-08"));
    assertThat(late.timeliness()).isEqualTo(Timeliness.LATE);
    assertThat(late.state()).isEqualTo(ComplaintCase.State.LATE_PENDING);
    assertThat(late.acceptLate(d("2026-04-10"), LateGround.EXCUSABLE_DELAY).state())
        .isEqualTo(ComplaintCase.State.FILED);
    ComplaintCase barred = ComplaintCase.file(ComplaintRegime.FVL, d("2026-03-10"), d("2026-03-12"), d("2027-03-11"));
    assertThat(barred.timeliness()).isEqualTo(Timeliness.LATE_BARRED);
    assertThatThrownBy(() -> barred.acceptLate(d("2027-03-12"), LateGround.SPECIAL_REASONS))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.LATE_COMPLAINT_BARRED));
    assertThat(barred.dismissLate(d("2027-03-12")).state()).isEqualTo(ComplaintCase.State.DISMISSED);
    assertThat(ComplaintCase.file(ComplaintRegime.FVL, d("2026-03-10"), d("2026-03-12"), d("2027-03-10")).timeliness())
        .isEqualTo(Timeliness.LATE);
    assertThat(ComplaintCase.file(ComplaintRegime.SERVICE_COMPLAINT, d("2020-01-01"), d("2020-01-01"), d("2026-01-01"))
        .timeliness()).isEqualTo(Timeliness.NO_DEADLINE);
    assertThatThrownBy(() -> ComplaintCase.file(ComplaintRegime.COERCION, d("2026-01-01"), d("2026-01-01"), d("2026-01-02")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void coercionFromARelativesReportToDetentionAndCourt() {
    assertThatThrownBy(() -> CoercionCase.open().report(d("2026-02-01"), Reporter.RELATIVE, false))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.REPORT_NOT_WRITTEN));
    CoercionCase investigating = CoercionCase.open().report(d("2026-02-01"), Reporter.RELATIVE, true)
        .investigate(d("2026-02-02"));
    assertThatThrownBy(() -> investigating.close(d("2026-02-10")))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RELATIVE_FEEDBACK_MISSING));
    CoercionCase detained = investigating.giveRelativeFeedback(d("2026-02-05"))
        .bringToTribunal(d("2026-02-10"))
        .tribunalDecides(d("2026-02-20"), TribunalDecision.DETAIN_10_2, d("2026-02-28"));
    // 3 months from 28 February = 28 May; a maximum duration, never extended
    assertThat(detained.detentionEnd().orElseThrow().due()).isEqualTo(d("2026-05-28"));
    assertThat(detained.detentionEnd().orElseThrow().extended()).isFalse();
    assertThat(detained.isHeldBeyondMaximum(d("2026-05-29"))).isTrue();
    CoercionCase appealed = detained.appealToCourt(d("2026-03-01"));
    assertThat(appealed.courtRules(d("2026-03-15"), false).state()).isEqualTo(CoercionCase.State.RELEASED);
    assertThat(appealed.courtRules(d("2026-03-15"), true).release(d("2026-05-28")).isHeldBeyondMaximum(d("2026-06-01")))
        .isFalse();
  }

  @Test
  void pregnancyDetentionNeedsTheExpectedEndAndConsentMustPrecedeArrival() {
    CoercionCase before = CoercionCase.open().investigate(d("2026-01-10")).bringToTribunal(d("2026-01-15"));
    assertThatThrownBy(() -> before.tribunalDecides(d("2026-01-20"), TribunalDecision.DETAIN_10_3, d("2026-01-21"))).isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.EXPECTED_END_MISSING));
    CoercionCase pregnant = before.tribunalDecides(d("2026-01-20"), TribunalDecision.DETAIN_10_3, d("2026-01-21"),
        d("2026-07-04"));
    assertThat(pregnant.detentionEnd().orElseThrow().due()).isEqualTo(d("2026-07-04"));
    assertThatThrownBy(() -> CoercionCase.open().consentAgreement(d("2026-03-02"), d("2026-03-01")))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.AGREEMENT_AFTER_ARRIVAL));
    CoercionCase consent = CoercionCase.open().consentAgreement(d("2026-03-01"), d("2026-03-01"));
    assertThat(consent.detentionEnd().orElseThrow().due()).isEqualTo(d("2026-03-22"));
    assertThat(consent.detentionEnd().orElseThrow().legalReference().orElseThrow().unverified()).isFalse();
    assertThat(CoercionCase.open().consentAgreement(d("2026-03-01"), d("2026-03-02"),
        PeriodSpec.of(2, PeriodUnit.WEEKS)).detentionEnd().orElseThrow().due()).isEqualTo(d("2026-03-16"));
  }
}
