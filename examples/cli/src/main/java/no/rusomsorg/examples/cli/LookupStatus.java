package no.rusomsorg.examples.cli;

import no.rusomsorg.api.MunicipalityLookup;

/**
 * The kind of a lookup answer, as the tool's JSON writes it in {@code "status"}. The names are the
 * tool's output format; the library's answer is the sealed {@link MunicipalityLookup}.
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
   * @throws IllegalStateException for a kind of answer this tool does not know yet (a newer library)
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
    throw unhandled(answer);
  }

  static IllegalStateException unhandled(MunicipalityLookup answer) {
    return new IllegalStateException("the tool does not handle the lookup answer " + answer.getClass().getName());
  }
}
