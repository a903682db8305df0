package no.rusomsorg.core.service;

/** What a published complaint route is about. JSON: the constant's name. */
public enum ComplaintSubject {
  /** A complaint against an individual decision, such as a refusal (rettighetsklage). */
  DECISION,
  /** A complaint about the quality of a service received (klage på tjenesten). */
  SERVICE_QUALITY
}
