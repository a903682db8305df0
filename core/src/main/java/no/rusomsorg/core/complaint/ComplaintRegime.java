package no.rusomsorg.core.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
 *   <tr><td>{@link #FVL_MUNICIPAL}</td><td>the municipality's own decisions under no special act (such as
 *       allocating a municipal rental dwelling)</td><td>3 weeks from notice (fvl § 29)</td><td>body that
 *       decided (reassesses) → the municipality's own appeal body (fvl § 28 second paragraph: the council
 *       or a complaints board; <b>not</b> the county governor) → Ombud</td></tr>
 *   <tr><td>{@link #FVL}</td><td>decisions under a special act that names the county governor:
 *       sosialtjenesteloven (NAV), boligsosialloven</td><td>3 weeks from notice (fvl § 29)</td><td>body
 *       that decided (reassesses) → county governor → Ombud</td></tr>
 *   <tr><td>{@link #PBRL}</td><td>municipal health and care services decided by an individual
 *       decision</td><td>4 weeks from knowledge (pbrl § 7-5)</td><td>body that decided (reassesses) →
 *       county governor → Ombud</td></tr>
 *   <tr><td>{@link #SERVICE_COMPLAINT}</td><td>the quality of a health or care service received</td>
 *       <td>none</td><td>leader of the service (oral or written) → written complaint to the county
 *       governor (may open a supervision case) → Ombud</td></tr>
 *   <tr><td>{@link #COERCION}</td><td>detention without consent, hol §§ 10-2 and 10-3</td>
 *       <td>2 months to the district court (hol § 10-7)</td><td>municipality (investigates; may make an
 *       interim decision) → tribunal (decides) → district court; <b>not</b> the county governor, and the
 *       route ends at the court</td></tr>
 *   <tr><td>{@link #CONSENT_DETENTION}</td><td>detention on own written consent, hol § 10-4</td><td>none</td>
 *       <td>no route: no tribunal decides and nothing is appealed to one</td></tr>
 * </table>
 *
 * <p>Late complaints under FVL_MUNICIPAL, FVL and PBRL are assessed under fvl § 31 (pbrl § 7-7 refers to it).
 */
public enum ComplaintRegime {
  /**
   * The municipality's own decisions under no special act, such as allocating or refusing a municipal
   * rental dwelling: fvl §§ 28 second paragraph and 29. The appeal body is the municipality's own: the
   * council or a complaints board it appoints.
   */
  FVL_MUNICIPAL(DeadlineRule.FVL_COMPLAINT, LocalDate.of(1970, 1, 1),
      LocalizedText.of("Klage på kommunalt enkeltvedtak etter forvaltningsloven (kommunens klageorgan)",
      "Klage på kommunalt enkeltvedtak etter forvaltningslova (klageorganet i kommunen)",
          "Complaint against a municipal decision under the Public Administration Act (the municipality's appeal body)"),
      LegalReference.of(Act.FORVALTNINGSLOVEN, "28", 2), ref(Act.FORVALTNINGSLOVEN, "29"),
      ref(Act.FORVALTNINGSLOVEN, "31"), ref(Act.FORVALTNINGSLOVEN, "32"), ref(Act.FORVALTNINGSLOVEN, "33"),
      ref(Act.FORVALTNINGSLOVEN, "34")),

  /**
   * Decisions under a special act that makes the county governor the appeal body: sosialtjenesteloven
   * (NAV) and boligsosialloven; fvl §§ 28–34 govern the procedure.
   */
  FVL(DeadlineRule.FVL_COMPLAINT, LocalDate.of(1970, 1, 1),
      LocalizedText.of("Klage på enkeltvedtak etter særlov med statlig klageinstans (forvaltningsloven)",
      "Klage på enkeltvedtak etter særlov med statleg klageinstans (forvaltningslova)",
          "Complaint against an individual decision under a special act with a state appeal body (Public "
              + "Administration Act)"),
      ref(Act.FORVALTNINGSLOVEN, "28"), ref(Act.FORVALTNINGSLOVEN, "29"), ref(Act.FORVALTNINGSLOVEN, "31"),
      ref(Act.FORVALTNINGSLOVEN, "32"), ref(Act.FORVALTNINGSLOVEN, "33"), ref(Act.FORVALTNINGSLOVEN, "34")),

  /** Decisions on municipal health and care services: pbrl chapter 7 (§§ 7-2, 7-3, 7-5, 7-6, 7-7). */
  PBRL(DeadlineRule.PBRL_COMPLAINT, LocalDate.of(2012, 1, 1),
      LocalizedText.of("Rettighetsklage etter pasient- og brukerrettighetsloven", "Rettsklage etter pasient- og brukarrettslova",
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
      LocalizedText.of("Klage på tjenesten", "Klage på tenesta", "Complaint about the service received"),
      ref(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-4")),

  /**
   * Detention without consent under hol §§ 10-2 and 10-3: the municipality investigates and may make an
   * interim decision, the tribunal decides, and its decision can be brought before the district court
   * within two months (hol § 10-7). It is not a complaint to the county governor, and the Ombud does not
   * review decisions that can be brought before the courts.
   */
  COERCION(DeadlineRule.COERCION_COURT_REVIEW, LocalDate.of(2012, 1, 1),
      LocalizedText.of("Tvang etter helse- og omsorgstjenesteloven §§ 10-2 og 10-3", "Tvang etter helse- og omsorgstenestelova §§ 10-2 og 10-3",
          "Coercion under sections 10-2 and 10-3 of the Health and Care Services Act"),
      ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"), ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"),
      ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-5"), ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-7")),

  /**
   * Detention on the person's own written consent (hol § 10-4). This is not coercion in the complaint
   * sense: no tribunal decides, so there is nothing to appeal to a tribunal or to the court after it.
   * Its route has no steps; it carries the two hold rules
   * ({@link DeadlineRule#CONSENT_DETENTION_10_4}, {@link DeadlineRule#CONSENT_WITHDRAWN_10_4}). How to
   * complain about the treatment during such a stay is not stated in the library's sources.
   */
  CONSENT_DETENTION(null, LocalDate.of(2012, 1, 1),
      LocalizedText.of("Tilbakeholdelse etter eget samtykke (helse- og omsorgstjenesteloven § 10-4)",
      "Tilbakehald etter eige samtykke (helse- og omsorgstenestelova § 10-4)",
          "Detention on own consent (section 10-4 of the Health and Care Services Act)"),
      ref(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-4"));

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
   * The deadline rule for the person's first step, if the regime has one ({@code FVL_COMPLAINT},
   * {@code PBRL_COMPLAINT}, {@code COERCION_COURT_REVIEW}).
   *
   * @return the rule: the complaint deadline, or for {@link #COERCION} the two months to bring the
   *     tribunal's decision before the district court; empty for service complaints and consent detention
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
   * Whether the regime has a route of steps. False only for {@link #CONSENT_DETENTION}: nothing is
   * appealed, and its route carries notes and hold rules instead.
   *
   * @return true if a route has steps
   */
  public boolean hasSteps() {
    return this != CONSENT_DETENTION;
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
   * The regimes a service's legal basis points to:
   * <ul>
   *   <li>hol § 10-4 → {@link #CONSENT_DETENTION}; any other section of hol chapter 10 →
   *       {@link #COERCION}; other sections of hol, and pbrl and spesialisthelsetjenesteloven →
   *       {@link #PBRL};</li>
   *   <li>sosialtjenesteloven and boligsosialloven → {@link #FVL} (the county governor);</li>
   *   <li>forvaltningsloven (1967 or 2025) alone, meaning a municipal decision under no special act →
   *       {@link #FVL_MUNICIPAL} (the municipality's own appeal body).</li>
   * </ul>
   * Other acts point nowhere; {@link #forLegalBasis(List)} then says so rather than guessing.
   *
   * @param legalBasis the service's legal basis
   * @return the regimes, possibly several or none
   */
  public static Set<ComplaintRegime> candidatesFor(List<LegalReference> legalBasis) {
    Objects.requireNonNull(legalBasis, "legalBasis");
    Set<ComplaintRegime> result = EnumSet.noneOf(ComplaintRegime.class);
    for (LegalReference r : legalBasis) {
      // An exhaustive switch expression: a new act does not compile until it is given a regime or none.
      Optional<ComplaintRegime> regime = switch (r.act()) {
        case HELSE_OG_OMSORGSTJENESTELOVEN -> {
          String section = r.section().trim();
          yield Optional.of(section.equals("10-4") ? CONSENT_DETENTION : section.startsWith("10-") ? COERCION : PBRL);
        }
        case PASIENT_OG_BRUKERRETTIGHETSLOVEN, SPESIALISTHELSETJENESTELOVEN -> Optional.of(PBRL);
        case SOSIALTJENESTELOVEN, BOLIGSOSIALLOVEN -> Optional.of(FVL);
        case FORVALTNINGSLOVEN, FORVALTNINGSLOVEN_2025 -> Optional.of(FVL_MUNICIPAL);
        case DOMSTOLLOVEN, HELLIGDAGSLOVEN, HOYTIDSDAGSLOVEN, SIVILOMBUDSLOVEN, HELSETILSYNSLOVEN -> Optional.empty();
      };
      regime.ifPresent(result::add);
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
    Objects.requireNonNull(legalBasis, "legalBasis");
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
