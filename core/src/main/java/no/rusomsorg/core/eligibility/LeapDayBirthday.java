package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.text.LocalizedText;

/**
 * On which day someone born on 29 February reaches an age in a year without that date: an open
 * question the library answers with an explained interpretation (see ADR 0012).
 *
 * <p>No Norwegian source settling it was found. The library's default is {@link #FEBRUARY_28}: by
 * analogy with domstolloven § 148 (2), a period in years that ends on a date the month lacks ends on
 * the month's last day, and the library already counts 29 February + 1 year as 28 February (the
 * one-year bar of fvl § 31). {@link #MARCH_1} is the other common reading. The choice matters only on
 * 28 February of a year without 29 February, and then the verdict's reason names the reading used.
 * Pass the other reading to {@link Criterion#evaluate(PersonFacts, java.time.LocalDate, LeapDayBirthday)}.
 */
public enum LeapDayBirthday {
  /** The birthday is 28 February in a year without 29 February: the library's reading, the default. */
  FEBRUARY_28(LocalizedText.of(
      "Personen er født 29. februar; i år uten 29. februar regnes bursdagen som 28. februar "
          + "(bibliotekets tolkning, etter mønster av domstolloven § 148 andre ledd; ingen norsk kilde avgjør det).",
      "Personen er fødd 29. februar; i år utan 29. februar vert bursdagen rekna som 28. februar "
          + "(korleis biblioteket tolkar det, etter mønster av domstollova § 148 andre ledd; inga norsk "
          + "kjelde avgjer det).",
      "The person was born on 29 February; in a year without that date the birthday is taken to be 28 February "
          + "(the library's interpretation, by analogy with the Courts of Justice Act § 148 (2); no Norwegian "
          + "source settles it).")),
  /** The birthday is 1 March in a year without 29 February: the alternative reading. */
  MARCH_1(LocalizedText.of(
      "Personen er født 29. februar; i år uten 29. februar regnes bursdagen som 1. mars "
          + "(alternativ tolkning; ingen norsk kilde avgjør det).",
      "Personen er fødd 29. februar; i år utan 29. februar vert bursdagen rekna som 1. mars "
          + "(alternativ tolking; inga norsk kjelde avgjer det).",
      "The person was born on 29 February; in a year without that date the birthday is taken to be 1 March "
          + "(the alternative interpretation; no Norwegian source settles it)."));

  private final LocalizedText explanation;

  LeapDayBirthday(LocalizedText explanation) {
    this.explanation = explanation;
  }

  /**
   * The reading in words, for a verdict's reason.
   *
   * @return the explanation in bokmål, nynorsk and English
   */
  public LocalizedText explanation() {
    return explanation;
  }
}
