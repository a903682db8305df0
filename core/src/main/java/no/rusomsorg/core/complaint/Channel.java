package no.rusomsorg.core.complaint;

/** How a complaint can be made at a step. */
public enum Channel {
  /** In writing (letter, form, or the body's digital channel). */
  WRITTEN,
  /** Orally (in person or by phone). */
  ORAL
}
