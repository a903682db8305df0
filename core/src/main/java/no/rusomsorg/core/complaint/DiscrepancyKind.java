package no.rusomsorg.core.complaint;

/** How published complaint information differs from the statutory route. */
public enum DiscrepancyKind {
  /** The published deadline is not the statutory one (or the regime has none). */
  DEADLINE_DIFFERS,
  /** The published appeal body is a former name of the right body (such as Fylkesmannen after 2020). */
  BODY_NAME_OUTDATED,
  /** The published appeal body is a name the right body had not yet taken on the date. */
  BODY_NAME_NOT_YET_VALID,
  /** The published appeal body is a known body, but not the one the statute names (another region or kind). */
  BODY_DIFFERS,
  /** The published appeal body is not a name the library knows. */
  BODY_UNKNOWN,
  /** The published next body is a former name of the Ombud (Sivilombudsmannen after 2021-06-30). */
  OMBUD_NAME_OUTDATED,
  /** The published next body is the Ombud under a name it had not yet taken on the date. */
  OMBUD_NAME_NOT_YET_VALID,
  /** The published next body is a known body but not the statutory one, or the route has no such step. */
  NEXT_BODY_DIFFERS,
  /** The published next body is not a name the library knows. */
  NEXT_BODY_UNKNOWN
}
