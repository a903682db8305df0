package no.rusomsorg.core.service;

import no.rusomsorg.core.text.LocalizedText;

/** How a person gets access to a service. JSON: the constant's name. */
public enum AccessMode {
  /** Low threshold: turn up or call without an appointment, referral or application (lavterskel). */
  DROP_IN("Lavterskel, uten avtale", "Lågterskel, utan avtale", "Low threshold, no appointment"),
  /** The person (or a relative) makes contact and agrees on an appointment; no referral or decision needed. */
  SELF_REFERRAL("Ta kontakt selv", "Ta kontakt sjølv", "Contact the service yourself"),
  /** An application, an individual assessment and a formal decision (søknad og vedtak) come first. */
  APPLICATION_AND_DECISION("Søknad og vedtak", "Søknad og vedtak", "Application and decision"),
  /** A referral, for example from the general practitioner, is required (henvisning). */
  REFERRAL_REQUIRED("Krever henvisning", "Krev tilvising", "Referral required"),
  /** Another agency requisitions a place on the person's behalf (such as NAV for emergency housing). */
  REQUISITION_BY_AGENCY("Rekvireres av annen instans", "Vert rekvirert av ein annan instans", "Requisitioned by another agency"),
  /**
   * The source does not say how a person gets access. Never replaced by a plausible guess (such as
   * "application and decision"); the service's description may say what the source does say.
   */
  NOT_STATED("Kilden oppgir ikke hvordan du får tjenesten", "Kjelda oppgir ikkje korleis du får tenesta", "The source does not say how to get access");

  private final LocalizedText label;

  AccessMode(String nb, String nn, String en) {
    this.label = LocalizedText.of(nb, nn, en);
  }

  /**
   * Whether someone other than the person decides who gets the service after an individual
   * assessment: true for {@link #APPLICATION_AND_DECISION} and {@link #REQUISITION_BY_AGENCY}. For
   * such a service, being in the target group means that the person may apply (or be put forward),
   * not that they will get it; see {@link Service#answer}.
   *
   * @return true if an individual decision comes before the service
   */
  public boolean needsDecision() {
    return this == APPLICATION_AND_DECISION || this == REQUISITION_BY_AGENCY;
  }

  /**
   * The mode's name in Norwegian and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }
}
