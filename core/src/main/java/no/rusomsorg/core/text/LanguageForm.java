package no.rusomsorg.core.text;

/**
 * The written form of Norwegian a municipality has chosen for its own texts (målform; språklova § 4 and
 * §§ 9–14): bokmål, nynorsk, or neutral, which means either. It is data in the municipality's catalog,
 * and it decides the language an application shows when the user has not chosen one (ADR 0025).
 */
public enum LanguageForm {
  /** The municipality writes bokmål. */
  BOKMAL,
  /** The municipality writes nynorsk. */
  NYNORSK,
  /** The municipality is language-neutral: it accepts and writes either form. */
  NEUTRAL;

  /**
   * The language to show when the user has chosen none: nynorsk for a nynorsk municipality, otherwise
   * bokmål (the form most users read when the municipality is neutral or has not stated a form).
   *
   * @return the default language
   */
  public Language defaultLanguage() {
    return this == NYNORSK ? Language.NN : Language.NB;
  }
}
