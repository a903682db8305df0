package no.rusomsorg.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages the library writes texts in: Norwegian bokmål, Norwegian nynorsk and English. Every
 * text the library writes itself exists in all three; catalog data always has bokmål and may have the
 * other two.
 */
public enum Language {
  /** Norwegian bokmål; required for every text. */
  NB(Locale.forLanguageTag("nb-NO")),
  /** Norwegian nynorsk; the library's own texts always have it, catalog texts may fall back to bokmål. */
  NN(Locale.forLanguageTag("nn-NO")),
  /** English; the library's own texts always have it, catalog texts may fall back to bokmål. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The matching locale.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language for a locale: nynorsk for {@code nn}, English for {@code en}, otherwise bokmål
   * (including {@code no} and {@code nb}).
   *
   * @param locale the locale
   * @return the closest language
   */
  public static Language of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    switch (locale.getLanguage()) {
      case "nn":
        return NN;
      case "en":
        return EN;
      default:
        return NB;
    }
  }

  /**
   * Parses a language code ({@code nb}, {@code nn}, {@code en}, or {@code no} for bokmål), ignoring case.
   *
   * @param code the code
   * @return the language
   * @throws no.rusomsorg.core.InvalidValueException if the code is not one of those
   */
  public static Language parse(String code) {
    Objects.requireNonNull(code, "code");
    switch (code == null ? "" : code.trim().toLowerCase(Locale.ROOT)) {
      case "nb":
      case "no":
        return NB;
      case "nn":
        return NN;
      case "en":
        return EN;
      default:
        throw new no.rusomsorg.core.InvalidValueException("language",
            no.rusomsorg.core.InvalidValueException.Rule.FORMAT, "expected nb, nn or en");
    }
  }
}
