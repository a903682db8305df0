package no.rusomsorg.core.service;

/**
 * What a {@link ResponsePromise} measures. JSON: the constant's name.
 *
 * <p>Only {@link #TIME_TO_RESPONSE} is a time to act; the other two describe how long something lasts
 * and are never extended to a working day.
 */
public enum PromiseKind {
  /** The time until the service responds ("contacted for an assessment interview within 2–3 working days"). */
  TIME_TO_RESPONSE,
  /** The longest something may last ("the assessment period lasts up to 3 months"). */
  MAXIMUM_DURATION,
  /** How long something lasts when given ("music therapy is given in periods of 3 months"). */
  DURATION
}
