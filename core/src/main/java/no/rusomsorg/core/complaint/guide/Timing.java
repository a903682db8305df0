package no.rusomsorg.core.complaint.guide;

import no.rusomsorg.core.text.LocalizedText;

/** Where the person stands on the day of the guide, measured against the deadline and the one-year bar. */
public enum Timing {
  /** The deadline has not passed: the complaint is in time if sent (posted or handed in) by the due date. */
  IN_TIME(Texts.of("Fristen har ikke gått ut.", "Fristen har ikkje gått ut.", "The deadline has not passed.")),
  /** The deadline has passed, but a late complaint may still be considered (fvl § 31). */
  LATE(Texts.of("Fristen har gått ut. Du kan likevel klage; se under om klage etter fristen.",
      "Fristen har gått ut. Du kan likevel klage; sjå under om klage etter fristen.",
      "The deadline has passed. You can still complain; see below on complaining after the deadline.")),
  /**
   * The deadline has passed and more than one year has passed since the decision was made: a late
   * complaint can no longer be considered (fvl § 31).
   */
  BARRED(Texts.of("Fristen har gått ut, og det er gått mer enn ett år siden vedtaket ble truffet. Da kan en klage "
          + "som kommer for sent, ikke lenger behandles.",
      "Fristen har gått ut, og det har gått meir enn eitt år sidan vedtaket vart gjort. Då kan ei klage som kjem "
          + "for seint, ikkje lenger handsamast.",
      "The deadline has passed and more than one year has passed since the decision was made, so a late "
          + "complaint can no longer be considered.")),
  /** The regime has no deadline for the person (a service complaint, detention on own consent). */
  NO_DEADLINE(Texts.of("Det er ingen klagefrist.", "Det er inga klagefrist.", "There is no deadline."));

  private final LocalizedText text;

  Timing(LocalizedText text) {
    this.text = text;
  }

  /**
   * The timing in words.
   *
   * @return the text in bokmål, nynorsk and English
   */
  public LocalizedText text() {
    return text;
  }
}
