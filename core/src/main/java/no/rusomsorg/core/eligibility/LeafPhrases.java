package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.text.LocalizedText;

/**
 * The phrase of each kind of condition about a person, in bokmål, nynorsk and English: what holds
 * ({@code "er gravid"}) and what holds when it fails ({@code "er ikke gravid"}). A phrase is a
 * predicate without its subject, so "Personen" / "The person" can stand before it.
 *
 * <p>One place per phrase: the evaluator's reasons ({@code Evaluator}) and the sentence renderer
 * ({@link CriterionSentence}) both take their phrases from here (and from {@link Role}), so a verdict
 * and the rule book's description of the same criterion use the same words.
 */
final class LeafPhrases {
  private LeafPhrases() {}

  static LocalizedText text(String nb, String nn, String en) {
    return LocalizedText.builder().nb(nb).nn(nn).en(en).build();
  }

  static final LocalizedText PREGNANT = text("er gravid", "er gravid", "is pregnant");
  static final LocalizedText NOT_PREGNANT = text("er ikke gravid", "er ikkje gravid", "is not pregnant");

  static final LocalizedText HOMELESS = text("er bostedsløs", "er bustadlaus", "is homeless");
  static final LocalizedText NOT_HOMELESS = text("er ikke bostedsløs", "er ikkje bustadlaus", "is not homeless");

  static final LocalizedText CO_OCCURRING = text("har samtidig rusproblem og psykisk lidelse",
      "har samtidig rusproblem og psykisk liding", "has a mental illness alongside the substance problem");
  static final LocalizedText NOT_CO_OCCURRING = text("har ikke samtidig rusproblem og psykisk lidelse",
      "har ikkje samtidig rusproblem og psykisk liding",
      "does not have a mental illness alongside the substance problem");

  static final LocalizedText IN_LAR = text("er i legemiddelassistert rehabilitering (LAR)",
      "er i legemiddelassistert rehabilitering (LAR)", "is in opioid substitution treatment (LAR)");
  static final LocalizedText NOT_IN_LAR = text("er ikke i legemiddelassistert rehabilitering (LAR)",
      "er ikkje i legemiddelassistert rehabilitering (LAR)", "is not in opioid substitution treatment (LAR)");

  static final LocalizedText PROXY = text("søker på egne vegne eller med fullmakt",
      "søkjer på eigne vegner eller med fullmakt", "applies for themselves or with a power of attorney");
  static final LocalizedText NOT_PROXY = text("søker for en annen uten fullmakt",
      "søkjer for ein annan utan fullmakt", "applies for someone else without a power of attorney");

  static final LocalizedText NOT_STATED = text("hører til en målgruppe som kilden ikke oppgir",
      "høyrer til ei målgruppe som kjelda ikkje oppgir", "belongs to a target group the source does not state");
  static final LocalizedText NOT_NOT_STATED = text("hører ikke til en målgruppe som kilden ikke oppgir",
      "høyrer ikkje til ei målgruppe som kjelda ikkje oppgir",
      "does not belong to a target group the source does not state");

  /** The word that joins the parts of {@code all}. */
  static final LocalizedText AND = text("og", "og", "and");
  /** The word that joins the parts of {@code any}. */
  static final LocalizedText OR = text("eller", "eller", "or");
  /** The word before a negated group. */
  static final LocalizedText NOT = text("ikke", "ikkje", "not");
  /** The subject a phrase is said of. */
  static final LocalizedText PERSON = text("Personen", "Personen", "The person");

  /**
   * Has had the birthday number {@code years}.
   *
   * @param years the age
   * @return the phrase
   */
  static LocalizedText age(int years) {
    return text("har fylt " + years + " år", "har fylt " + years + " år", "has reached the age of " + years);
  }

  /**
   * Has not yet had the birthday number {@code years}.
   *
   * @param years the age
   * @return the phrase
   */
  static LocalizedText notAge(int years) {
    return text("har ikke fylt " + years + " år", "har ikkje fylt " + years + " år", "is younger than " + years);
  }

  /**
   * Meets a condition stated in words.
   *
   * @param condition the condition
   * @return the phrase
   */
  static LocalizedText described(LocalizedText condition) {
    return text("oppfyller vilkåret «" + condition.nb() + "»",
        "oppfyller vilkåret «" + condition.in(no.rusomsorg.core.text.Language.NN) + "»",
        "meets the condition “" + condition.in(no.rusomsorg.core.text.Language.EN) + "”");
  }

  /**
   * Does not meet a condition stated in words.
   *
   * @param condition the condition
   * @return the phrase
   */
  static LocalizedText notDescribed(LocalizedText condition) {
    return text("oppfyller ikke vilkåret «" + condition.nb() + "»",
        "oppfyller ikkje vilkåret «" + condition.in(no.rusomsorg.core.text.Language.NN) + "»",
        "does not meet the condition “" + condition.in(no.rusomsorg.core.text.Language.EN) + "”");
  }

  /**
   * The phrase of one connection to the municipality.
   *
   * @param relation the connection
   * @return the phrase
   */
  static LocalizedText relation(MunicipalityRelation relation) {
    return switch (relation) {
      case REGISTERED_RESIDENT -> text("er folkeregistrert bosatt i kommunen", "er folkeregistrert busett i kommunen",
          "is registered as resident in the municipality");
      case PRESENT -> text("oppholder seg i kommunen", "oppheld seg i kommunen", "is staying in the municipality");
      case NEITHER -> text("verken er bosatt i eller oppholder seg i kommunen",
          "verken er busett i eller oppheld seg i kommunen", "neither lives in nor is staying in the municipality");
    };
  }
}
