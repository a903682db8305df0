package no.rusomsorg.interop;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.source.Source;

/**
 * What a catalog needs that HSDS cannot say, given by whoever imports an HSDS dataset.
 *
 * <p>HSDS has no municipality with numbers, counties and validity, no data version, no sources and no
 * kind or access mode of the library's taxonomy (a dataset exported by this module carries the last two
 * as attributes; another dataset may not). Every imported service cites {@code sourceId}, which must be
 * one of {@code sources}.
 *
 * @param municipality the municipality the dataset describes
 * @param dataVersion the catalog's data version
 * @param verifiedOn when the catalog was checked, and the services whose {@code assured_date} is absent
 * @param sources the sources (at least the one with {@code sourceId})
 * @param sourceId the source every imported service and described criterion cites
 * @param defaultKind the kind of a service without a {@code rusomsorg-service-kind} attribute
 * @param defaultAccessMode the access mode of a service without a {@code rusomsorg-access-mode} attribute
 */
public record HsdsSupplement(Municipality municipality, String dataVersion, LocalDate verifiedOn, List<Source> sources,
    String sourceId, ServiceKind defaultKind, AccessMode defaultAccessMode) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException naming a null part
   * @throws InvalidValueException if no source has {@code sourceId} ({@code sourceId}, {@code REFERENCE})
   */
  public HsdsSupplement {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(dataVersion, "dataVersion");
    Objects.requireNonNull(verifiedOn, "verifiedOn");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(defaultKind, "defaultKind");
    Objects.requireNonNull(defaultAccessMode, "defaultAccessMode");
    if (sources.stream().noneMatch(s -> s.id().equals(sourceId))) {
      throw new InvalidValueException("sourceId", InvalidValueException.Rule.REFERENCE,
          "no source has the id '" + sourceId + "'");
    }
  }

  /**
   * A supplement whose services default to {@link ServiceKind#ADVICE_AND_GUIDANCE} and
   * {@link AccessMode#NOT_STATED} when the dataset does not say.
   *
   * @param municipality the municipality
   * @param dataVersion the data version
   * @param verifiedOn when checked
   * @param sources the sources
   * @param sourceId the source the services cite
   * @return the supplement
   */
  public static HsdsSupplement of(Municipality municipality, String dataVersion, LocalDate verifiedOn,
      List<Source> sources, String sourceId) {
    return new HsdsSupplement(municipality, dataVersion, verifiedOn, sources, sourceId,
        ServiceKind.ADVICE_AND_GUIDANCE, AccessMode.NOT_STATED);
  }

  @Override
  public String toString() {
    return "HsdsSupplement[" + municipality + ", " + dataVersion + "]";
  }
}
