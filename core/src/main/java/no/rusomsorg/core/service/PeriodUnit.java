package no.rusomsorg.core.service;

import no.rusomsorg.core.text.LocalizedText;

/**
 * The unit of a published time span: working days, calendar days, weeks or months.
 *
 * <p>Working days are Norwegian working days (see {@link no.rusomsorg.core.calendar.NorwegianCalendar}).
 */
public enum PeriodUnit {
  /** Norwegian working days (Monday to Friday that are not holidays). */
  WORKING_DAYS("virkedager", "working days"),
  /** Calendar days. */
  DAYS("dager", "days"),
  /** Weeks of seven days. */
  WEEKS("uker", "weeks"),
  /** Calendar months. */
  MONTHS("måneder", "months");

  private final LocalizedText label;

  PeriodUnit(String nb, String en) {
    this.label = LocalizedText.of(nb, en);
  }

  /**
   * The unit's name in Norwegian and English (plural).
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }
}
