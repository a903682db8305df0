package no.rusomsorg.core.complaint.guide;

/** Who can help a person complain. */
public enum HelperKind {
  /** The body that made the decision, or the municipality, under its duty to guide (fvl § 11). */
  GUIDANCE,
  /** The patient and user ombud (pbrl § 8-3): free help, for health and care services only. */
  PATIENT_AND_USER_OMBUD,
  /** A lawyer or another person with written authorisation (fvl § 12). */
  REPRESENTATIVE
}
