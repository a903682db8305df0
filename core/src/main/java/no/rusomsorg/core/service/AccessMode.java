package no.rusomsorg.core.service;

import no.rusomsorg.core.text.LocalizedText;

/** How a person gets access to a service. JSON: the constant's name. */
public enum AccessMode {
  /** Low threshold: turn up or call without an appointment, referral or application (lavterskel). */
  DROP_IN("Lavterskel, uten avtale", "Low threshold, no appointment"),
  /** The person (or a relative) makes contact and agrees on an appointment; no referral or decision needed. */
  SELF_REFERRAL("Ta kontakt selv", "Contact the service yourself"),
  /** An application, an individual assessment and a formal decision (søknad og vedtak) come first. */
  APPLICATION_AND_DECISION("Søknad og vedtak", "Application and decision"),
  /** A referral, for example from the general practitioner, is required (henvisning). */
  REFERRAL_REQUIRED("Krever henvisning", "Referral required"),
  /** Another agency requisitions a place on the person's behalf (such as NAV for emergency housing). */
  REQUISITION_BY_AGENCY("Rekvireres av annen instans", "Requisitioned by another agency");

  private final LocalizedText label;

  AccessMode(String nb, String en) {
    this.label = LocalizedText.of(nb, en);
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
