package no.rusomsorg.core.deadline;

import java.util.Optional;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The deadlines and maximum durations the law sets, each with its legal basis (a section of a
 * statute, never a web page), the event that starts it, its period and whether it is extended to a
 * working day; and {@link #RESPONSE_PROMISE} for a time a service publishes.
 *
 * <p>Core names no municipality: durations a single municipality publishes (such as an assessment
 * period of up to 3 months) are {@code ResponsePromise}s in that municipality's catalog, citing its
 * sources, and are computed with {@link DeadlineCalculator#endOf(java.time.LocalDate, PeriodSpec)}
 * (a duration is never extended) or {@link DeadlineCalculator#promise(PeriodSpec, java.time.LocalDate,
 * String)} (a response time).
 *
 * <p>There are two kinds (see {@link #isMaximumDuration()}):
 *
 * <ul>
 *   <li><b>Deadlines to act</b> (a complaint, a reply, an assessment). When the plain date falls on a
 *       Saturday, a Sunday or a holiday (1 and 17 May included) it is extended to the next working day,
 *       following domstolloven § 149, which administrative law applies by analogy. 24 and 31 December
 *       are working days and never cause an extension.
 *   <li><b>Maximum durations</b> (detention, an assessment period, a course of therapy). They say how
 *       long something may last, not by when someone must act, and are <em>never</em> extended.
 * </ul>
 *
 * <p>Periods are counted after domstolloven § 148; see {@link PeriodUnit}. Compute a deadline with
 * {@link DeadlineCalculator}.
 */
public enum DeadlineRule {
  /**
   * Complaint against an administrative decision: 3 weeks from the day notice of the decision reached
   * the party (fvl § 29 first paragraph), extended to a working day. The agency may extend the
   * deadline in a single case (§ 29 fourth paragraph); that is a decision outside this computation.
   */
  FVL_COMPLAINT("fvl-complaint",
      LocalizedText.of("Klagefrist (forvaltningsloven)", "Klagefrist (forvaltningslova)", "Complaint deadline (Public Administration Act)"),
      LocalizedText.of("underretningen om vedtaket kom fram til parten", "underretninga om vedtaket kom fram til parten", "notice of the decision reached the party"),
      PeriodSpec.of(3, PeriodUnit.WEEKS), LegalReference.of(Act.FORVALTNINGSLOVEN, "29", 1), Kind.DEADLINE),

  /**
   * Complaint about municipal health and care services: 4 weeks from the day the person got, or should
   * have got, sufficient knowledge to complain (pbrl § 7-5), extended to a working day.
   */
  PBRL_COMPLAINT("pbrl-complaint",
      LocalizedText.of("Klagefrist (pasient- og brukerrettighetsloven)", "Klagefrist (pasient- og brukarrettslova)",
          "Complaint deadline (Patients' and Users' Rights Act)"),
      LocalizedText.of("personen fikk eller burde ha fått tilstrekkelig kunnskap til å klage", "personen fekk eller burde ha fått nok kunnskap til å klage",
          "the person got, or should have got, sufficient knowledge to complain"),
      PeriodSpec.of(4, PeriodUnit.WEEKS), LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5"), 
      Kind.DEADLINE),

  /**
   * The absolute bar on late complaints (fvl § 31): a complaint received after the deadline can never
   * be taken up when <em>more than one year</em> has passed since the decision was <em>made</em> (not
   * since notice reached the party). Pbrl § 7-7 applies the same rule to pbrl complaints.
   *
   * <p>The computed date is the <b>last day on which a late complaint can still be considered</b>: the
   * date one year after the decision (same day number, or the end of February for a decision made on
   * 29 February); from the following day more than one year has passed.
   *
   * <p><b>Not extended to a working day.</b> The bar is not a deadline for the party to do something
   * but a limit on the agency's power to consider a complaint, worded as elapsed time ("more than one
   * year has passed"), so domstolloven § 149 is not applied. This is the library's reading, recorded
   * as a decision; the bar only matters for complaints that are already late.
   */
  FVL_LATE_COMPLAINT_BAR("fvl-late-complaint-bar",
      LocalizedText.of("Absolutt grense for behandling av for sen klage", "Absolutt grense for å handsame ei for sein klage", "Absolute bar on considering a late complaint"),
      LocalizedText.of("vedtaket ble truffet", "vedtaket vart gjort", "the decision was made"),
      PeriodSpec.of(1, PeriodUnit.YEARS), LegalReference.of(Act.FORVALTNINGSLOVEN, "31"), Kind.BAR),

  /**
   * Interim reply: in a case about an individual decision, if the enquiry cannot be answered within one
   * month after it was received, the agency must send a preliminary reply (fvl § 11 a). Extended to a
   * working day like other deadlines to act.
   */
  FVL_INTERIM_REPLY("fvl-interim-reply",
      LocalizedText.of("Frist for foreløpig svar", "Frist for førebels svar", "Deadline for an interim reply"),
      LocalizedText.of("henvendelsen ble mottatt", "førespurnaden vart motteken", "the enquiry was received"),
      PeriodSpec.of(1, PeriodUnit.MONTHS), LegalReference.of(Act.FORVALTNINGSLOVEN, "11 a"), Kind.DEADLINE),

  /**
   * Assessment of a referral to specialist health care, such as specialist substance-abuse treatment
   * (TSB): within 10 working days after the referral was received (pbrl § 2-2); sooner when serious or
   * life-threatening illness is suspected, which this computation cannot know. The result is always a
   * working day.
   */
  TSB_REFERRAL_ASSESSMENT("tsb-referral-assessment",
      LocalizedText.of("Frist for vurdering av henvisning", "Frist for vurdering av tilvising", "Deadline for assessing a referral"),
      LocalizedText.of("henvisningen ble mottatt", "tilvisinga vart motteken", "the referral was received"),
      PeriodSpec.of(10, PeriodUnit.WORKING_DAYS), LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-2"),
      Kind.DEADLINE),

  /**
   * Detention without consent (hol § 10-2): the person may be held in the institution up to 3 months
   * from admission. Never extended.
   */
  COERCION_DETENTION_10_2("coercion-detention-10-2",
      LocalizedText.of("Tilbakeholdelse uten samtykke (lengste varighet)", "Tilbakehald utan samtykke (lengste varigheit)", "Detention without consent (maximum length)"),
      LocalizedText.of("innleggelsen i institusjonen", "innlegginga i institusjonen", "admission to the institution"),
      PeriodSpec.of(3, PeriodUnit.MONTHS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"), 
      Kind.MAXIMUM_DURATION),

  /**
   * Detention of a pregnant woman (hol § 10-3): may last for the whole pregnancy, so it ends at the
   * birth or other end of the pregnancy. It has no period: compute it with
   * {@link DeadlineCalculator#compute(DeadlineRule, java.time.LocalDate, java.time.LocalDate)} and the
   * expected end of the pregnancy. The need is reviewed at least every third month
   * ({@link #COERCION_REVIEW_10_3}). Never extended.
   */
  COERCION_PREGNANCY_10_3("coercion-pregnancy-10-3",
      LocalizedText.of("Tilbakeholdelse av gravid (lengste varighet)", "Tilbakehald av gravid (lengste varigheit)", "Detention of a pregnant woman (maximum length)"),
      LocalizedText.of("innleggelsen i institusjonen", "innlegginga i institusjonen", "admission to the institution"),
      null, LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"), Kind.MAXIMUM_DURATION),

  /**
   * The municipality's interim decision in a coercion case (hol §§ 10-2 and 10-3): its proposal for a
   * final decision must be sent to the tribunal within <b>2 weeks</b> of the interim decision, otherwise
   * the interim decision lapses. A deadline to act (sending a document to the tribunal), so extended to
   * a working day under domstolloven § 149.
   */
  COERCION_INTERIM_PROPOSAL("coercion-interim-proposal",
      LocalizedText.of("Frist for forslag til nemnda etter midlertidig vedtak", "Frist for framlegg til nemnda etter mellombels vedtak",
          "Deadline for the proposal to the tribunal after an interim decision"),
      LocalizedText.of("kommunen traff det midlertidige vedtaket", "kommunen gjorde det mellombelse vedtaket", "the municipality made the interim decision"),
      PeriodSpec.of(2, PeriodUnit.WEEKS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"), 
      Kind.DEADLINE),

  /**
   * A decision on detention under hol § 10-2 that has not been carried out within <b>6 weeks</b> lapses.
   * The computed date is the last day the decision can still be carried out.
   *
   * <p><b>Not extended to a working day</b> (the library's reading, ADR 0010): the limit bounds the
   * power to detain someone and is worded as elapsed time; admission to an institution is not tied to
   * office days, and extending it would widen coercion beyond the words of the act.
   */
  COERCION_DECISION_LAPSE("coercion-decision-lapse",
      LocalizedText.of("Vedtak om tilbakeholdelse faller bort hvis det ikke er iverksatt", "Vedtak om tilbakehald fell bort dersom det ikkje er sett i verk",
          "A detention decision lapses if not carried out"),
      LocalizedText.of("vedtaket ble truffet", "vedtaket vart gjort", "the decision was made"),
      PeriodSpec.of(6, PeriodUnit.WEEKS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"), 
      Kind.BAR),

  /**
   * Detention of a pregnant woman (hol § 10-3): the need for it is reviewed <b>at least every third
   * month</b>, from admission and then from each review. A longest interval, never extended: a review
   * due on a Sunday must be held before it, not after.
   */
  COERCION_REVIEW_10_3("coercion-review-10-3",
      LocalizedText.of("Ny vurdering av tilbakeholdelse av gravid (lengste mellomrom)", "Ny vurdering av tilbakehald av gravid (lengste mellomrom)",
          "Review of a pregnant woman's detention (longest interval)"),
      LocalizedText.of("innleggelsen eller forrige vurdering", "innlegginga eller førre vurdering", "admission or the previous review"),
      PeriodSpec.of(3, PeriodUnit.MONTHS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"), 
      Kind.MAXIMUM_DURATION),

  /**
   * The tribunal's decision in a coercion case can be brought before the district court (hol § 10-7,
   * tvisteloven chapter 36) within <b>2 months</b>. A deadline to act, extended to a working day. The
   * start is taken to be the day the tribunal's decision was made known to the person; the verified
   * sources give the two months but not the start event, so callers should pass that day.
   */
  COERCION_COURT_REVIEW("coercion-court-review",
      LocalizedText.of("Frist for å bringe nemndas vedtak inn for tingretten", "Frist for å bringe vedtaket til nemnda inn for tingretten",
          "Deadline for bringing the tribunal's decision before the district court"),
      LocalizedText.of("nemndas vedtak ble gjort kjent for personen", "vedtaket til nemnda vart gjort kjent for personen",
          "the tribunal's decision was made known to the person"),
      PeriodSpec.of(2, PeriodUnit.MONTHS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-7"), 
      Kind.DEADLINE),

  /**
   * Detention on the person's own written consent (hol § 10-4, first rule): the institution may hold
   * the person back <b>up to 3 weeks from intake</b>, on terms agreed at the latest on arrival. No
   * tribunal decides. The agreed period may be shorter, so the rule is parameterised:
   * {@link DeadlineCalculator#compute(DeadlineRule, java.time.LocalDate, PeriodSpec)}; the default is the
   * statutory 3 weeks. Never extended.
   */
  CONSENT_DETENTION_10_4("consent-detention-10-4",
      LocalizedText.of("Tilbakeholdelse etter eget samtykke (lengste varighet fra inntak)", "Tilbakehald etter eige samtykke (lengste varigheit frå inntak)",
          "Detention on own consent (maximum length from intake)"),
      LocalizedText.of("inntaket i institusjonen", "inntaket i institusjonen", "intake at the institution"),
      PeriodSpec.of(3, PeriodUnit.WEEKS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-4"),
      Kind.MAXIMUM_DURATION),

  /**
   * Detention on own consent (hol § 10-4, second rule): for a stay of at least three months, the
   * institution may hold the person back <b>up to 3 weeks after consent is expressly withdrawn</b>, at
   * most three times per stay (counted by {@code CoercionCase}). Never extended.
   */
  CONSENT_WITHDRAWN_10_4("consent-withdrawn-10-4",
      LocalizedText.of("Tilbakeholdelse etter at samtykket er trukket tilbake (lengste varighet)", "Tilbakehald etter at samtykket er trekt tilbake (lengste varigheit)",
          "Detention after consent is withdrawn (maximum length)"),
      LocalizedText.of("samtykket ble uttrykkelig trukket tilbake", "samtykket vart uttrykkeleg trekt tilbake", "consent was expressly withdrawn"),
      PeriodSpec.of(3, PeriodUnit.WEEKS), LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-4"),
      Kind.MAXIMUM_DURATION),

  /**
   * Complaint to the Parliamentary Ombud: within <b>one year</b> of the final decision in the case, and
   * only after every administrative appeal has been used (sivilombudsloven 2021; the one-year rule is
   * verified, the section number cited is not). A deadline to act, extended to a working day.
   */
  OMBUD_COMPLAINT("ombud-complaint",
      LocalizedText.of("Klagefrist til Sivilombudet", "Klagefrist til Sivilombodet", "Deadline for a complaint to the Parliamentary Ombud"),
      LocalizedText.of("den endelige avgjørelsen i saken", "den endelege avgjerda i saka", "the final decision in the case"),
      PeriodSpec.of(1, PeriodUnit.YEARS),
      LegalReference.builder().act(Act.SIVILOMBUDSLOVEN).section("18").unverified(true).build(), 
      Kind.DEADLINE),

  /**
   * A response time a service publishes, such as "assessment interview within 2–3 working days". Its
   * period comes from the promise: see {@link DeadlineCalculator#promise(int, int, PeriodUnit,
   * java.time.LocalDate)}. Not statute. A promise in working days always ends on a working day; a
   * promise in days, weeks, months or years that ends on a day off is moved to the next working day,
   * because a service answers on working days (the library's reading, not domstolloven § 149).
   */
  RESPONSE_PROMISE("response-promise",
      LocalizedText.of("Lovet svartid", "Lova svartid", "Promised response time"),
      LocalizedText.of("henvendelsen ble mottatt", "førespurnaden vart motteken", "the enquiry was received"),
      null, null, Kind.PROMISE);

  private static final LegalReference EXTENSION = LegalReference.of(Act.DOMSTOLLOVEN, "149");

  enum Kind { DEADLINE, BAR, MAXIMUM_DURATION, PROMISE }

  private final String id;
  private final LocalizedText title;
  private final LocalizedText startEvent;
  private final PeriodSpec period;
  private final LegalReference legalReference;
  private final Kind kind;

  DeadlineRule(String id, LocalizedText title, LocalizedText startEvent, PeriodSpec period,
      LegalReference legalReference, Kind kind) {
    this.id = id;
    this.title = title;
    this.startEvent = startEvent;
    this.period = period;
    this.legalReference = legalReference;
    this.kind = kind;
  }

  /**
   * A stable id, such as {@code fvl-complaint}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The rule's name for display.
   *
   * @return the name in bokmål and English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * The event whose date starts the period, such as "notice of the decision reached the party".
   *
   * @return the event in bokmål and English
   */
  public LocalizedText startEvent() {
    return startEvent;
  }

  /**
   * The rule's period (the default one for a {@link #isParameterised() parameterised} rule). Empty for
   * {@link #COERCION_PREGNANCY_10_3}, which ends at a date rather than after a period, and for
   * {@link #RESPONSE_PROMISE}, whose period comes from the promise.
   *
   * @return the period
   */
  public Optional<PeriodSpec> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The statute section the rule rests on: present for every rule but {@link #RESPONSE_PROMISE},
   * whose basis is the service's own publication (see {@link Deadline#sourceId()}).
   *
   * @return the legal reference
   */
  public Optional<LegalReference> legalReference() {
    return Optional.ofNullable(legalReference);
  }

  /**
   * Whether a date that falls on a Saturday, Sunday or holiday is moved to the next working day. True
   * for deadlines to act and for response promises; false for maximum durations, for the one-year
   * bar of {@link #FVL_LATE_COMPLAINT_BAR} and for the lapse of {@link #COERCION_DECISION_LAPSE}.
   *
   * @return true if extended to a working day
   */
  public boolean extendsToWorkingDay() {
    return kind == Kind.DEADLINE || kind == Kind.PROMISE;
  }

  /**
   * The statute behind the extension to a working day: domstolloven § 149 for deadlines to act; empty
   * for rules that are not extended and for response promises (see {@link #RESPONSE_PROMISE}).
   *
   * @return the legal basis of the extension
   */
  public Optional<LegalReference> extensionReference() {
    return kind == Kind.DEADLINE ? Optional.of(EXTENSION) : Optional.empty();
  }

  /**
   * Whether the rule is a maximum duration (how long something may last) rather than a deadline to act.
   *
   * @return true for maximum durations, which are never extended
   */
  public boolean isMaximumDuration() {
    return kind == Kind.MAXIMUM_DURATION;
  }

  /**
   * Whether the caller may give the period ({@link #CONSENT_DETENTION_10_4}, whose agreed hold may be
   * shorter than the statutory 3 weeks, and {@link #RESPONSE_PROMISE}).
   *
   * @return true if a period can be passed to the calculator
   */
  public boolean isParameterised() {
    return this == CONSENT_DETENTION_10_4 || this == RESPONSE_PROMISE;
  }

  /**
   * Whether the rule ends at a given date instead of after a period ({@link #COERCION_PREGNANCY_10_3}).
   *
   * @return true if the calculator needs an end date
   */
  public boolean needsEndDate() {
    return this == COERCION_PREGNANCY_10_3;
  }

  Kind kind() {
    return kind;
  }
}
