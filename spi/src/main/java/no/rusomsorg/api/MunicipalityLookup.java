package no.rusomsorg.api;

import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.Successor;

/**
 * The answer to "which municipality is this, on this date?".
 *
 * <p>{@link Status#FOUND}: the municipality existed on the date; {@link #catalog()} is its catalog and
 * {@link #number()} its number on that date. {@link Status#MERGED}: the municipality had ended by the
 * date; {@link #catalog()} is its historical catalog, {@link #successor()} says what it merged into and
 * from when, and {@link #successorCatalog()} is the successor's catalog when a plugin supplies it.
 * {@link Status#EXISTED_NO_DATA}: the municipality existed on the date, as a source states
 * ({@link no.rusomsorg.core.municipality.Municipality#existedBefore()}), but its catalog has no data
 * that early; {@link #catalog()} is the catalog (whose data starts later) and {@link #number()} is
 * empty. {@link Status#NOT_YET_ESTABLISHED}: a plugin knows the municipality, the date is before its
 * data, and no source says it existed then.
 * {@link Status#UNKNOWN}: no plugin knows it.
 *
 * @param status the kind of answer
 * @param query the number or name that was asked for
 * @param date the date asked about
 * @param catalog the municipality's catalog, unless unknown
 * @param number the municipality's number on the date, when it existed then
 * @param successor the merger, when merged
 * @param successorCatalog the successor's catalog, when merged and a plugin supplies it
 */
public record MunicipalityLookup(
    Status status,
    String query,
    LocalDate date,
    Optional<Catalog> catalog,
    Optional<MunicipalityNumber> number,
    Optional<Successor> successor,
    Optional<Catalog> successorCatalog) {

  /** The kinds of answer. */
  public enum Status {
    /** The municipality existed on the date. */
    FOUND,
    /** The municipality had merged into another by the date. */
    MERGED,
    /** The municipality existed on the date, but its catalog has no data that early (Sandnes in 1964). */
    EXISTED_NO_DATA,
    /** The date is before the municipality's data, and no source says it existed then. */
    NOT_YET_ESTABLISHED,
    /** No plugin knows the municipality. */
    UNKNOWN
  }

  /**
   * Whether the municipality existed on the date.
   *
   * @return true for {@link Status#FOUND}
   */
  public boolean isFound() {
    return status == Status.FOUND;
  }
}
