package no.rusomsorg.core.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.calendar.Holiday;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Worked examples of the triage, each checked by hand against a printed calendar. */
class TriageTest {
  private final Triage triage = Triage.standard();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static List<String> ids(List<Step> steps) {
    return steps.stream().map(Step::id).collect(Collectors.toList());
  }

  private static Deadline assessment(LocalDate received) {
    List<Step> steps = Triage.standard().nextSteps(TriageRequest.builder().situation(Situation.SEVERE)
        .date(received.plusDays(3)).referralReceived(received).build());
    return steps.stream().filter(s -> s.id().equals(NationalPathway.TSB_ASSESSMENT)).findFirst().orElseThrow()
        .deadline().orElseThrow();
  }

  @Test
  void lifeInDangerStartsWithCalling113() {
    List<Step> steps = triage.nextSteps(Situation.LIFE_IN_DANGER, d(2026, 5, 17));
    assertThat(ids(steps)).containsExactly("emergency-113", "legevakt-116117", "municipal-counsellor");
    Step first = steps.get(0);
    assertThat(first.order()).isEqualTo(1);
    assertThat(first.contact().phone().orElseThrow().national()).isEqualTo("113");
    assertThat(first.contact().phone().orElseThrow().telUri()).isEqualTo("tel:113");
    assertThat(first.contact().available24x7()).isTrue();
    assertThat(first.sourceId()).contains(NationalPathway.HELSENORGE);
    assertThat(first.deadline()).isEmpty();
  }

  /** Issue 13: the national guide says only "acute and a life is at stake"; it lists no danger signs. */
  @Test
  void theEmergencyAdviceNamesNoDangerSignsTheSourceDoesNotList() {
    Guidance g = NationalPathway.standard().guidance(NationalPathway.EMERGENCY).orElseThrow();
    assertThat(g.text().nb()).contains("akutt").contains("står om liv")
        .doesNotContain("bevisstløs").doesNotContain("puster").doesNotContain("overdose");
    assertThat(g.text().in(no.rusomsorg.core.text.Language.EN)).doesNotContain("unconscious").doesNotContain("overdosed");
  }

  @Test
  void acuteNeedStartsWithTheOutOfHoursServiceAndKeeps113AsTheFallback() {
    List<Step> steps = triage.nextSteps(Situation.ACUTE_NEED, d(2026, 12, 24));
    assertThat(ids(steps)).containsExactly("legevakt-116117", "emergency-113", "municipal-counsellor", "gp");
    assertThat(steps.get(0).contact().phone().orElseThrow().national()).isEqualTo("116 117");
    assertThat(steps.get(0).contact().phone().orElseThrow().shortNumber()).isTrue();
    assertThat(steps.get(0).contact().available24x7()).isTrue();
    assertThat(steps.get(0).action().nb()).contains("116 117").contains("døgnet rundt");
  }

  @Test
  void severeLeadsFromReferralToAssessmentCarePathwayAndFreeChoice() {
    List<Step> steps = triage.nextSteps(Situation.SEVERE, d(2026, 3, 2));
    assertThat(ids(steps)).containsExactly("tsb-referral", "municipal-counsellor", "tsb-assessment", "care-pathway",
        "free-choice", "patient-ombud");
    Step assess = steps.get(2);
    assertThat(assess.legalReference()).hasValueSatisfying(r -> {
      assertThat(r.act()).isEqualTo(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN);
      assertThat(r.section()).isEqualTo("2-2");
      assertThat(r.unverified()).isFalse();
    });
    assertThat(assess.deadline()).as("no referral date, no deadline").isEmpty();
    assertThat(steps.get(3).action().nb()).contains("basisutredning").contains("poliklinikk").contains("døgnenhet");
    assertThat(steps.get(4).action().en().orElseThrow()).contains("free choice").contains("Waiting times");
    assertThat(steps.get(4).legalReference().orElseThrow().unverified()).as("pbrl § 2-4 verified turn 2").isFalse();
    assertThat(steps.get(5).legalReference().orElseThrow().unverified()).as("pbrl § 8-3 verified turn 2").isFalse();
  }

  @Test
  void mildOrModerateGoesToTheCounsellorOrTheGpAndSelfHelp() {
    List<Step> steps = triage.nextSteps(Situation.MILD_OR_MODERATE, d(2024, 2, 29));
    assertThat(ids(steps)).containsExactly("municipal-counsellor", "gp", "self-help");
    assertThat(steps.get(0).action().nb()).contains("taushetsplikt").contains("henvise");
    assertThat(steps.get(1).action().en().orElseThrow()).contains("confidentiality").contains("refer");
  }

  @Test
  void relativesGetAdviceCentresAndTheWrittenReportUnderSection10_1() {
    List<Step> steps = triage.nextSteps(Situation.RELATIVE_SEEKING_HELP, d(2027, 5, 17));
    assertThat(ids(steps)).containsExactly("relatives-help", "relatives-centre", "relative-report");
    assertThat(steps.get(1).sourceId()).contains(NationalPathway.SNL);
    Step report = steps.get(2);
    assertThat(report.legalReference()).hasValueSatisfying(r -> {
      assertThat(r.act()).isEqualTo(Act.HELSE_OG_OMSORGSTJENESTELOVEN);
      assertThat(r.section()).isEqualTo("10-1");
      assertThat(r.lovdataUrl()).isEqualTo("https://lovdata.no/lov/2011-06-24-30/§10-1");
    });
    assertThat(report.action().nb()).contains("skriftlig").contains("tilbakemelding");
    assertThat(report.action().en().orElseThrow()).contains("in writing").contains("feedback");
  }

  @Test
  void referralReceivedOnMaundyThursday2026IsAssessedByMonday20AprilTheEasterDaysNotCounted() {
    Deadline dl = assessment(d(2026, 4, 2));
    // Fri 3, Sat 4, Sun 5 (Easter), Mon 6 are not working days; Tue 7 is day 1, ..., Mon 20 is day 10
    assertThat(dl.due()).isEqualTo(d(2026, 4, 20));
    assertThat(dl.start()).isEqualTo(d(2026, 4, 2));
    assertThat(dl.extended()).isFalse();
    assertThat(no.rusomsorg.core.calendar.NorwegianCalendar.standard().holidaysOn(d(2026, 4, 2)))
        .containsExactly(Holiday.MAUNDY_THURSDAY);
    // the day before Maundy Thursday reaches the same day; without Easter ten working days are two weeks
    assertThat(assessment(d(2026, 4, 1)).due()).isEqualTo(d(2026, 4, 20));
    assertThat(assessment(d(2026, 3, 5)).due()).isEqualTo(d(2026, 3, 19));
  }

  @Test
  void referralReceivedBeforeAscensionAnd17May2026() {
    // Ascension Day 14 May 2026 and Constitution Day Sunday 17 May: Fri 8 May + 10 working days
    // = 11,12,13,15,18,19,20,21,22,26 (Whit Monday 25 May off) -> Tuesday 26 May
    assertThat(assessment(d(2026, 5, 8)).due()).isEqualTo(d(2026, 5, 26));
  }

  @Test
  void referralReceivedOnChristmasEveCountsTheDaysBetweenTheHolidays() {
    // 24 Dec 2026 (Thu) is a working day but not counted; 25, 26, 27 off; 28-31 Dec count (31 is a working
    // day), 1 Jan off, 2-3 weekend: 28,29,30,31,4,5,6,7,8,11 -> Monday 11 January 2027
    assertThat(assessment(d(2026, 12, 24)).due()).isEqualTo(d(2027, 1, 11));
  }

  @Test
  void theMunicipalitysOwnContactIsNamedWhereTheStepsSayYourMunicipality() {
    Contact own = Contact.from(SandnesFixture.moSenterContact());
    assertThat(own.phone().orElseThrow().e164()).isEqualTo("+4746895582");
    assertThat(own.available24x7()).as("the centre has opening hours, not 24/7").isFalse();
    assertThat(own.contactPointId()).contains("sandnes.mo-senter");
    List<Step> steps = triage.nextSteps(TriageRequest.builder().situation(Situation.MILD_OR_MODERATE)
        .date(d(2026, 6, 1)).municipalContact(own).build());
    assertThat(steps.get(0).contact()).isEqualTo(own);
    assertThat(steps.get(1).contact()).isEqualTo(NationalPathway.GP_CONTACT);
    assertThat(Contact.from(SandnesFixture.sandnesveien299()).available24x7()).isTrue();
    assertThat(Contact.from(SandnesFixture.sandnesveien299()).phone()).isEmpty();
  }

  @Test
  void nationalSourcesAreTheTwoSeedDocumentsVerifiedOn22November2026() {
    NationalPathway national = NationalPathway.standard();
    assertThat(national.sources()).extracting(s -> s.id())
        .containsExactly("helsenorge-behandling-av-rusproblemer", "snl-rusomsorg-i-kommunene");
    assertThat(national.sources()).allSatisfy(s -> {
      assertThat(s.verifiedOn()).isEqualTo(d(2026, 11, 22));
      assertThat(s.document()).contains(s.id() + ".txt");
    });
    assertThat(national.source(NationalPathway.SNL).orElseThrow().publisher()).isEqualTo("Store norske leksikon");
    assertThat(national.source(NationalPathway.HELSENORGE).orElseThrow().publisher()).isEqualTo("Helsenorge");
    assertThat(national.source("nope")).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> national.guidance((String) null)).withMessage("id");
    assertThat(national.guidance()).allSatisfy(g -> {
      assertThat(g.text().en()).isPresent();
      assertThat(g.title().en()).isPresent();
      assertThat(g.text().nb()).isNotEqualTo(g.text().en().orElseThrow());
    });
    assertThat(national.guidance()).extracting(Guidance::id).startsWith("emergency-113", "legevakt-116117");
  }

  @Test
  void badInputIsRejectedWithTheFieldAndTheRule() {
    LocalDate ok = d(2026, 1, 5);
    assertThatNullPointerException().isThrownBy(() -> triage.nextSteps(null, ok)).withMessage("situation");
    assertThatNullPointerException().isThrownBy(() -> triage.nextSteps(Situation.SEVERE, null)).withMessage("date");
    assertThatNullPointerException().isThrownBy(() -> triage.nextSteps((TriageRequest) null)).withMessage("request");
    expect(() -> triage.nextSteps(Situation.SEVERE, d(1900, 1, 1)), "date", Rule.RANGE);
    expect(() -> TriageRequest.builder().situation(Situation.SEVERE).date(ok).referralReceived(d(1800, 1, 1)).build(),
        "referralReceived", Rule.RANGE);
    expect(() -> TriageRequest.builder().situation(Situation.SEVERE).date(ok).referralReceived(ok.plusDays(1)).build(),
        "referralReceived", Rule.ORDER);
    expect(() -> TriageRequest.builder().date(ok).build(), "situation", Rule.REQUIRED);
    // a deadline beyond the calendar's last year
    expect(() -> triage.nextSteps(TriageRequest.builder().situation(Situation.SEVERE).date(d(2299, 12, 31))
        .referralReceived(d(2299, 12, 31)).build()), "referralReceived", Rule.RANGE);
    // a null argument is a programmer error (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> Contact.of(null)).withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> Contact.from(null)).withMessage("contactPoint");
    expect(() -> Contact.builder().name(LocalizedText.of("x")).contactPointId("Not An Id").build(),
        "contactPointId", Rule.FORMAT);
    Step step = triage.nextSteps(Situation.SEVERE, ok).get(0);
    expect(() -> ImmutableStep.copyOf(step).withOrder(0), "order", Rule.RANGE);
    expect(() -> Step.builder().order(1).id("x").title(step.title()).action(step.action()).contact(step.contact())
        .build(), "legalReference", Rule.REQUIRED);
    expect(() -> ImmutableStep.copyOf(step).withId("Bad Id"), "id", Rule.FORMAT);
    Guidance g = NationalPathway.standard().guidance(NationalPathway.GP).orElseThrow();
    expect(() -> ImmutableGuidance.copyOf(g).withSourceId("Bad Id"), "sourceId", Rule.FORMAT);
    expect(() -> new NationalPathway(NationalPathway.standard().sources(),
        List.of(ImmutableGuidance.copyOf(g).withSourceId("unknown-source"))), "guidance[0].sourceId", Rule.REFERENCE);
    expect(() -> new NationalPathway(NationalPathway.standard().sources(), List.of(g, g)), "guidance", Rule.UNIQUE);
  }

  private static void expect(Executable call, String field, Rule rule) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }
}
