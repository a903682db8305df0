package no.rusomsorg.core.deadline;

import no.rusomsorg.core.text.LocalizedText;

/**
 * How to read "virkedager" (working days) when a period is counted in them, such as the 10 working
 * days within which a referral to specialist health care must be assessed (pbrl § 2-2).
 *
 * <p>The statute does not say whether a Saturday is a virkedag. Other acts count it as one (ferieloven
 * does), while domstolloven § 149 names Saturday separately among the days a deadline cannot end on.
 * The library's reading is {@link #SATURDAY_NOT_A_WORKING_DAY} (the same working-day calendar as
 * the extension of deadlines under domstolloven § 149); the other reading is one argument away:
 * {@link DeadlineCalculator#withWorkingDayReading(WorkingDayReading)}. Either way Sundays and holidays
 * (1 and 17 May included) are not working days, and every working-day {@link Deadline} records the
 * reading it was counted with and says so in its trace. See ADR 0012.
 */
public enum WorkingDayReading {
  /** Saturdays are not working days: the library's reading, and the default. */
  SATURDAY_NOT_A_WORKING_DAY(LocalizedText.of(
      "lørdager regnet som fridager – bibliotekets tolkning av «virkedager», som loven ikke avklarer",
      "laurdagar rekna som fridagar – korleis biblioteket tolkar «verkedagar», som lova ikkje avklarer",
      "Saturdays counted as days off – the library's interpretation of \"virkedager\", which the statute "
          + "does not settle")),
  /** Saturdays that are not holidays are working days: the alternative reading. */
  SATURDAY_IS_A_WORKING_DAY(LocalizedText.of(
      "lørdager regnet som virkedager – alternativ tolkning av «virkedager», som loven ikke avklarer",
      "laurdagar rekna som verkedagar – alternativ tolking av «verkedagar», som lova ikkje avklarer",
      "Saturdays counted as working days – the alternative interpretation of \"virkedager\", which the "
          + "statute does not settle"));

  private final LocalizedText explanation;

  WorkingDayReading(LocalizedText explanation) {
    this.explanation = explanation;
  }

  /**
   * What the reading means, for a trace: which reading it is, and that it is an interpretation.
   *
   * @return the explanation in bokmål, nynorsk and English
   */
  public LocalizedText explanation() {
    return explanation;
  }
}
