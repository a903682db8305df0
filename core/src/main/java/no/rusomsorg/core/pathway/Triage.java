package no.rusomsorg.core.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;

/**
 * Turns a {@link Situation} into the ordered {@link Step}s to take, from the national guidance of
 * {@link NationalPathway}.
 *
 * <table>
 *   <caption>The steps per situation, in order</caption>
 *   <tr><th>situation</th><th>steps</th></tr>
 *   <tr><td>{@link Situation#LIFE_IN_DANGER}</td><td>call 113; the out-of-hours service 116 117; the
 *       municipal counsellor for follow-up</td></tr>
 *   <tr><td>{@link Situation#ACUTE_NEED}</td><td>the out-of-hours service 116 117; 113 if a life comes to
 *       be at stake; the municipal counsellor; the GP</td></tr>
 *   <tr><td>{@link Situation#SEVERE}</td><td>ask for a referral to TSB; the municipal counsellor (who can
 *       also refer); the assessment within 10 working days (pbrl § 2-2); the care pathway; free choice
 *       of treatment place and published waiting times; the patient and user ombud</td></tr>
 *   <tr><td>{@link Situation#MILD_OR_MODERATE}</td><td>the municipal counsellor; the GP; self-help</td></tr>
 *   <tr><td>{@link Situation#RELATIVE_SEEKING_HELP}</td><td>the municipality's help for relatives;
 *       relatives' centres; a written report of serious abuse (hol § 10-1)</td></tr>
 * </table>
 *
 * <p><b>Deadline.</b> When the request gives the date a referral was received, the assessment step
 * carries {@code DeadlineCalculator.standard().compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, received)}:
 * 10 working days, the day of receipt not counted, so the due date is always a working day (a
 * referral received on Maundy Thursday, 2 April 2026, is due on Monday 20 April 2026, the Easter holidays and weekends not counted). The
 * law asks for a faster assessment when serious or life-threatening illness is suspected; the
 * computation cannot know that, and the step's text says so.
 *
 * <p><b>The person's municipality.</b> Steps whose guidance points to "your municipality"
 * ({@link Guidance#municipal()}) name the request's {@link TriageRequest#municipalContact()} instead
 * when one is given, such as a catalog contact point turned into a {@link Contact} with
 * {@link Contact#from(no.rusomsorg.core.contact.ContactPoint)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Triage {
  private static final Map<Situation, List<String>> PLAN = plan();
  private static final Triage STANDARD = new Triage(NationalPathway.standard(), DeadlineCalculator.standard());

  private final NationalPathway pathway;
  private final DeadlineCalculator calculator;

  private Triage(NationalPathway pathway, DeadlineCalculator calculator) {
    this.pathway = pathway;
    this.calculator = calculator;
    PLAN.values().forEach(ids -> ids.forEach(pathway::require));
  }

  /**
   * The triage over {@link NationalPathway#standard()} and the standard deadline calculator.
   *
   * @return the shared instance
   */
  public static Triage standard() {
    return STANDARD;
  }

  /**
   * The next steps for a situation, without a referral date or a municipality's own contact.
   *
   * @param situation the situation
   * @param date the date of the question
   * @return the steps, in order, numbered from 1; never empty
   * @throws InvalidValueException if the date is out of range ({@code date}, RANGE)
   */
  public List<Step> nextSteps(Situation situation, LocalDate date) {
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(date, "date");
    if (situation == null) {
      throw new InvalidValueException("situation", Rule.REQUIRED, "a situation is required");
    }
    if (date == null) {
      throw new InvalidValueException("date", Rule.REQUIRED, "a date is required");
    }
    return nextSteps(TriageRequest.of(situation, date));
  }

  /**
   * The next steps for a request.
   *
   * @param request the situation, the date, and optionally the date a referral was received and the
   *     municipality's own contact
   * @return the steps, in order, numbered from 1; never empty
   * @throws InvalidValueException if the assessment deadline would fall beyond the calendar's last year (field {@code referralReceived},
   *     RANGE)
   */
  public List<Step> nextSteps(TriageRequest request) {
    Objects.requireNonNull(request, "request");
    if (request == null) {
      throw new InvalidValueException("request", Rule.REQUIRED, "a request is required");
    }
    List<String> ids = PLAN.get(request.situation());
    List<Step> steps = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Guidance g = pathway.require(ids.get(i));
      ImmutableStep.Builder b = Step.builder().order(i + 1).id(g.id()).title(g.title()).action(g.text())
          .contact(g.municipal() ? request.municipalContact().orElse(g.contact()) : g.contact());
      g.legalReference().ifPresent(b::legalReference);
      g.sourceId().ifPresent(b::sourceId);
      if (g.id().equals(NationalPathway.TSB_ASSESSMENT) && request.referralReceived().isPresent()) {
        try {
          b.deadline(calculator.compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, request.referralReceived().get()));
        } catch (InvalidValueException e) {
          throw new InvalidValueException("referralReceived", Rule.RANGE,
              "the assessment deadline falls outside the calendar's years", e);
        }
      }
      steps.add(b.build());
    }
    return Collections.unmodifiableList(steps);
  }

  private static Map<Situation, List<String>> plan() {
    Map<Situation, List<String>> m = new EnumMap<>(Situation.class);
    m.put(Situation.LIFE_IN_DANGER, List.of(
        NationalPathway.EMERGENCY, NationalPathway.OUT_OF_HOURS, NationalPathway.MUNICIPAL_COUNSELLOR));
    m.put(Situation.ACUTE_NEED, List.of(
        NationalPathway.OUT_OF_HOURS, NationalPathway.EMERGENCY, NationalPathway.MUNICIPAL_COUNSELLOR,
        NationalPathway.GP));
    m.put(Situation.SEVERE, List.of(
        NationalPathway.TSB_REFERRAL, NationalPathway.MUNICIPAL_COUNSELLOR, NationalPathway.TSB_ASSESSMENT,
        NationalPathway.CARE_PATHWAY, NationalPathway.FREE_CHOICE, NationalPathway.PATIENT_OMBUD));
    m.put(Situation.MILD_OR_MODERATE, List.of(
        NationalPathway.MUNICIPAL_COUNSELLOR, NationalPathway.GP, NationalPathway.SELF_HELP));
    m.put(Situation.RELATIVE_SEEKING_HELP, List.of(
        NationalPathway.RELATIVES_HELP, NationalPathway.RELATIVES_CENTRE, NationalPathway.RELATIVE_REPORT));
    for (Situation s : Situation.values()) {
      if (!m.containsKey(s)) {
        throw new IllegalStateException("no plan for " + s);
      }
    }
    return Collections.unmodifiableMap(m);
  }
}
