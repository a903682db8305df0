package no.rusomsorg.conformance.scenario;

import java.util.Optional;
import no.rusomsorg.api.MunicipalityLookup;

/**
 * The kind of a lookup answer as a scenario file names it ({@code "status": "MERGED"}). Not API: the
 * library's answer is the sealed {@link MunicipalityLookup}.
 */
enum LookupStatus {
  /** {@link MunicipalityLookup.Found}. */
  FOUND,
  /** {@link MunicipalityLookup.Merged}. */
  MERGED,
  /** {@link MunicipalityLookup.Ended}. */
  ENDED,
  /** {@link MunicipalityLookup.ExistedNoData}. */
  EXISTED_NO_DATA,
  /** {@link MunicipalityLookup.NotYetEstablished}. */
  NOT_YET_ESTABLISHED,
  /** {@link MunicipalityLookup.Unknown}. */
  UNKNOWN;

  /**
   * The status of an answer.
   *
   * @throws IllegalStateException for a kind of answer the kit does not know yet
   */
  static LookupStatus of(MunicipalityLookup answer) {
    if (answer instanceof MunicipalityLookup.Found) {
      return FOUND;
    } else if (answer instanceof MunicipalityLookup.Merged) {
      return MERGED;
    } else if (answer instanceof MunicipalityLookup.Ended) {
      return ENDED;
    } else if (answer instanceof MunicipalityLookup.ExistedNoData) {
      return EXISTED_NO_DATA;
    } else if (answer instanceof MunicipalityLookup.NotYetEstablished) {
      return NOT_YET_ESTABLISHED;
    } else if (answer instanceof MunicipalityLookup.Unknown) {
      return UNKNOWN;
    }
    throw new IllegalStateException("the conformance kit does not handle the lookup answer "
        + answer.getClass().getName());
  }

  /** The id of the municipality the answer is about; empty for an unknown one. */
  static Optional<String> municipalityId(MunicipalityLookup answer) {
    switch (of(answer)) {
      case FOUND:
        return Optional.of(((MunicipalityLookup.Found) answer).municipality().id());
      case MERGED:
        return Optional.of(((MunicipalityLookup.Merged) answer).former().id());
      case ENDED:
        return Optional.of(((MunicipalityLookup.Ended) answer).former().id());
      case EXISTED_NO_DATA:
        return Optional.of(((MunicipalityLookup.ExistedNoData) answer).municipality().id());
      case NOT_YET_ESTABLISHED:
        return Optional.of(((MunicipalityLookup.NotYetEstablished) answer).municipality().id());
      default:
        return Optional.empty();
    }
  }
}
