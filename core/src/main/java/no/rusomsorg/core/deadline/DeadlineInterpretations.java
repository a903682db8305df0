package no.rusomsorg.core.deadline;

import java.util.List;
import java.util.Objects;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The open questions of interpretation the library has answered for a {@link DeadlineRule}, each as a
 * short note in bokmål, nynorsk and English: where the law or the sources leave a choice, what the
 * library chose and why. The rule book and the CLI show them next to the rule, so that a lawyer can
 * check each choice; the reasoning is in the ADRs named (0006, 0010, 0012).
 *
 * <p>A rule with no open question has no notes. Stateless and thread-safe.
 */
public final class DeadlineInterpretations {
  private DeadlineInterpretations() {}

  private static LocalizedText t(String nb, String nn, String en) {
    return LocalizedText.builder().nb(nb).nn(nn).en(en).build();
  }

  private static final List<LocalizedText> LATE_COMPLAINT_BAR = List.of(t(
      "Grensen gjelder makten til å behandle en for sen klage, ikke en frist for parten; derfor forlenges den ikke "
          + "etter domstolloven § 149.",
      "Grensa gjeld makta til å handsame ei for sein klage, ikkje ei frist for parten; difor blir ho ikkje forlengd "
          + "etter domstollova § 149.",
      "The limit concerns the power to deal with a late complaint, not a deadline for the party; so it is not "
          + "extended under the Courts Act § 149."));

  private static final List<LocalizedText> DECISION_LAPSE = List.of(t(
      "Grensen begrenser tvang og er skrevet som tid som har gått; å forlenge den ville forlenge tvangen (ADR 0010).",
      "Grensa avgrensar tvang og er skriven som tid som har gått; å forlengje ho ville forlengje tvangen (ADR 0010).",
      "The limit restricts coercion and is written as time elapsed; extending it would extend the coercion "
          + "(ADR 0010)."));

  private static final List<LocalizedText> TSB_ASSESSMENT = List.of(t(
      "Loven sier ikke om lørdag er en virkedag; biblioteket regner lørdag som fridag (ADR 0012). Fristen er kortere "
          + "ved mistanke om alvorlig sykdom, noe utregningen ikke kan vite.",
      "Lova seier ikkje om laurdag er ein yrkedag; biblioteket reknar laurdag som fridag (ADR 0012). Fristen er "
          + "kortare ved mistanke om alvorleg sjukdom, noko utrekninga ikkje kan vite.",
      "The Act does not say whether Saturday is a working day; the library counts Saturday as a day off "
          + "(ADR 0012). The deadline is shorter when serious illness is suspected, which the computation cannot "
          + "know."));

  private static final List<LocalizedText> COURT_REVIEW = List.of(t(
      "Kildene gir to måneder, men ikke hva som starter fristen; biblioteket bruker dagen vedtaket ble gjort kjent "
          + "for personen.",
      "Kjeldene gir to månader, men ikkje kva som startar fristen; biblioteket nyttar dagen vedtaket vart gjort "
          + "kjent for personen.",
      "The sources give two months but not what starts the period; the library uses the day the decision was made "
          + "known to the person."));

  private static final List<LocalizedText> OMBUD = List.of(t(
      "Ettårsregelen er kontrollert; paragrafnummeret er ikke.",
      "Eittårsregelen er kontrollert; paragrafnummeret er ikkje.",
      "The one-year rule is verified; the section number is not."));

  private static final List<LocalizedText> PROMISE = List.of(t(
      "Et løfte som ender på en fridag, flyttes til neste virkedag fordi tjenesten svarer på virkedager.",
      "Ein lovnad som endar på ein fridag, blir flytta til neste yrkedag fordi tenesta svarar på yrkedagar.",
      "A promise that ends on a day off moves to the next working day, because the service answers on working "
          + "days."));

  /**
   * The notes for a rule, in the order to show them.
   *
   * @param rule the rule
   * @return the notes; empty if the rule leaves no open question
   */
  public static List<LocalizedText> of(DeadlineRule rule) {
    Objects.requireNonNull(rule, "rule");
    return switch (rule) {
      case FVL_LATE_COMPLAINT_BAR -> LATE_COMPLAINT_BAR;
      case COERCION_DECISION_LAPSE -> DECISION_LAPSE;
      case TSB_REFERRAL_ASSESSMENT -> TSB_ASSESSMENT;
      case COERCION_COURT_REVIEW -> COURT_REVIEW;
      case OMBUD_COMPLAINT -> OMBUD;
      case RESPONSE_PROMISE -> PROMISE;
      case FVL_COMPLAINT, PBRL_COMPLAINT, FVL_INTERIM_REPLY, COERCION_DETENTION_10_2, COERCION_PREGNANCY_10_3,
          COERCION_INTERIM_PROPOSAL, COERCION_REVIEW_10_3, CONSENT_DETENTION_10_4, CONSENT_WITHDRAWN_10_4 -> List.of();
    };
  }
}
