package no.rusomsorg.core.internal;

import no.rusomsorg.core.text.Language;

/** Picks one of the three forms of a text the library writes while building a longer text. */
public final class Texts {
  private Texts() {}

  /**
   * The form for a language.
   *
   * @param language the language
   * @param nb the bokmål form
   * @param nn the nynorsk form
   * @param en the English form
   * @return the form for the language
   */
  public static String pick(Language language, String nb, String nn, String en) {
    switch (language) {
      case NN:
        return nn;
      case EN:
        return en;
      default:
        return nb;
    }
  }
}
