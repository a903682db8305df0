package no.rusomsorg.core.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The ways a person can complain, each with its statutory basis, its deadline rule and its route.
 *
 * <table>
 *   <caption>Regimes</caption>
 *   <tr><th>regime</th><th>applies to</th><th>deadline</th><th>route</th></tr>
 *   <tr><td>{@link #FVL}</td><td>decisions under sosialtjenesteloven (NAV) and other administrative
 *       decisions</td><td>3 weeks from notice (fvl § 29)</td><td>body that decided (reassesses) →
 *       county governor → Ombud</td></tr>
 *   <tr><td>{@link #PBRL}</td><td>municipal health and care services decided by an individual
 *       decision</td><td>4 weeks from knowledge (pbrl § 7-5)</td><td>body that decided (reassesses) →
 *       county governor → Ombud</td></tr>
 *   <tr><td>{@link #SERVICE_COMPLAINT}</td><td>the quality of a health or care service received</td>
 *       <td>none</td><td>leader of the service (oral or written) → written complaint to the county
 *       governor (may open a supervision case) → Ombud</td></tr>
 *   <tr><td>{@link #COERCION}</td><td>detention decided by the tribunal (hol chapter 10)</td>
 *       <td>not modelled</td><td>tribunal → district court; <b>not</b> the county governor, and the
 *       route ends at the court</td></tr>
 * </table>
 *
 * <p>Late complaints under FVL and PBRL are assessed under fvl § 31 (pbrl § 7-7 refers to it).
 */
public enum ComplaintRegime {
  /** Administrative decisions in general and decisions under sosialtjenesteloven: fvl §§ 28–34. */
  FVL(DeadlineRule.FVL_COMPLAINT, LocalDate.of(1970, 1, 1),
      LocalizedText.of("Klage på enkeltvedtak etter forvaltningsloven",
          "Complaint against an individual decision under the Public Administration Act"),
      ref(Act.FORVALTNINGSLOVEN, "28"), ref(Act.FORVALTNINGSLOVEN, "29"), ref(Act.FORVALTNINGSLOVEN, "31"),
      ref(Act.FORVALTNINGSLOVEN, "32"), ref(Act.FORVALTNINGSLOVEN, "33"), ref(Act.FORVALTNINGSLOVEN, "34")),

  /** Decisions on municipal health and care services: pbrl chapter 7 (§§ 7-2, 7-3, 7-5, 7-6, 7-7). */
  PBRL(DeadlineRule.PBRL_COMPLAINT, LocalDate.of(2012, 1, 1),
      LocalizedText.of("Rettighetsklage etter pasient- og brukerrettighetsloven",
          "Complaint about a right under the Patients' and Users' Rights Act"),
      ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-2"), ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-3"),
      ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5"), ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-6"),
      ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-7")),

  /**
   * Dissatisfaction with a service received: first to the service's leader, then a written request to
   * the county governor to assess a possible breach of duty (pbrl § 7-4), which may lead to supervision.
   * No deadline.
   */
  SERVICE_COMPLAINT(null, LocalDate.of(2012, 1, 1),
      LocalizedText.of("Klage på tjenesten", "Complaint about the service received"),
      ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-4")),

  /**
   * Detention under hol chapter 10 decided by the tribunal: the decision can be brought before the
   * district court; it is not a complaint to the county governor, and the Ombud does not review
   * decisions that can be brought before the courts.
   */
  COERCION(null, LocalDate.of(2012, 1, 1),
      LocalizedText.of("Tvang etter helse- og omsorgstjenesteloven kapittel 10",
          "Coercion under chapter 10 of the Health and Care Services Act"),
      ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"), ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"));

  private final DeadlineRule deadlineRule;
  private final LocalDate rulesInForceFrom;
  private final LocalizedText title;
  private final List<LegalReference> legalReferences;

  ComplaintRegime(DeadlineRule deadlineRule, LocalDate rulesInForceFrom, LocalizedText title,
      LegalReference... legalReferences) {
    this.deadlineRule = deadlineRule;
    this.rulesInForceFrom = rulesInForceFrom;
    this.title = title;
    this.legalReferences = List.of(legalReferences);
  }

  private static LegalReference ref(Act act, String section) {
    return LegalReference.of(act, section);
  }

  /**
   * The regime's name.
   *
   * @return the name in bokmål and English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * The statute sections the regime rests on.
   *
   * @return the references
   */
  public List<LegalReference> legalReferences() {
    return legalReferences;
  }

  /**
   * The deadline rule for complaining, if the regime has one ({@code FVL_COMPLAINT}, {@code PBRL_COMPLAINT}).
   *
   * @return the rule, or empty for service complaints and coercion
   */
  public Optional<DeadlineRule> deadlineRule() {
    return Optional.ofNullable(deadlineRule);
  }

  /**
   * The statutory complaint period, such as 3 weeks, taken from the {@link #deadlineRule()}.
   *
   * @return the period, or empty when there is no deadline
   */
  public Optional<PeriodSpec> statutoryPeriod() {
    return deadlineRule().flatMap(DeadlineRule::period);
  }

  /**
   * The day from which the library's description of this regime is the law: 1970-01-01 for
   * forvaltningsloven, 2012-01-01 for the others (the health and care services reform, when hol and
   * the present pbrl chapter 7 began to apply to municipal services). A route for an earlier date uses
   * today's rules with the bodies' names of that date and is marked unverified.
   *
   * @return the first day
   */
  public LocalDate rulesInForceFrom() {
    return rulesInForceFrom;
  }

  /**
   * The regimes a service's legal basis points to: a section in hol chapter 10 → {@link #COERCION};
   * other sections of hol, and pbrl and spesialisthelsetjenesteloven → {@link #PBRL}; sosialtjenesteloven
   * and forvaltningsloven → {@link #FVL}. Other acts add nothing.
   *
   * @param legalBasis the service's legal basis
   * @return the regimes, possibly several or none
   */
  public static Set<ComplaintRegime> candidatesFor(List<LegalReference> legalBasis) {
    Set<ComplaintRegime> result = EnumSet.noneOf(ComplaintRegime.class);
    for (LegalReference r : legalBasis) {
      switch (r.act()) {
        case HELSE_OG_OMSORGSTJENESTELOVEN:
          result.add(r.section().startsWith("10-") ? COERCION : PBRL);
          break;
        case PASIENT_OG_BRUKERRETTIGHETSLOVEN:
        case SPESIALISTHELSETJENESTELOVEN:
          result.add(PBRL);
          break;
        case SOSIALTJENESTELOVEN:
        case FORVALTNINGSLOVEN:
        case FORVALTNINGSLOVEN_2025:
          result.add(FVL);
          break;
        default:
          break;
      }
    }
    return result;
  }

  /**
   * The one regime a service's legal basis points to (see {@link #candidatesFor(List)}).
   *
   * <p>A service whose basis points to two regimes (say a health service under hol § 3-2 that also
   * cites hol § 10-3) is rejected rather than resolved by a silent priority: describe the coercive
   * measure and the voluntary service as separate services, or choose the regime yourself.
   *
   * @param legalBasis the service's legal basis
   * @return the regime
   * @throws InvalidValueException field {@code legalBasis}: REQUIRED when the list is empty, REFERENCE
   *     when no act in it has a complaint regime, CONSISTENCY when it points to more than one
   */
  public static ComplaintRegime forLegalBasis(List<LegalReference> legalBasis) {
    if (legalBasis == null || legalBasis.isEmpty()) {
      throw new InvalidValueException("legalBasis", Rule.REQUIRED, "a legal basis is needed to find the regime");
    }
    Set<ComplaintRegime> candidates = candidatesFor(legalBasis);
    if (candidates.isEmpty()) {
      throw new InvalidValueException("legalBasis", Rule.REFERENCE,
          "none of " + legalBasis + " belongs to an act with a complaint regime");
    }
    if (candidates.size() > 1) {
      List<String> names = new ArrayList<>(candidates.stream().map(Enum::name).collect(Collectors.toList()));
      throw new InvalidValueException("legalBasis", Rule.CONSISTENCY,
          "the legal basis points to several complaint regimes " + names + "; choose one");
    }
    return candidates.iterator().next();
  }
}
