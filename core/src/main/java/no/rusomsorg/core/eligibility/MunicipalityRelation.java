package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.text.LocalizedText;

/**
 * How a person is connected to the municipality that offers a service. The values exclude each
 * other: a registered resident is counted as {@link #REGISTERED_RESIDENT} even while staying there.
 */
public enum MunicipalityRelation {
  /** Registered as living in the municipality in the population register (bostedsregistrert). */
  REGISTERED_RESIDENT("folkeregistrert bosatt i kommunen", "folkeregistrert busett i kommunen", "registered as resident in the municipality"),
  /** Not registered there, but staying in the municipality (oppholder seg i kommunen). */
  PRESENT("oppholder seg i kommunen", "oppheld seg i kommunen", "staying in the municipality"),
  /** Neither registered nor staying in the municipality. */
  NEITHER("verken bosatt eller oppholder seg i kommunen", "verken busett eller oppheld seg i kommunen", "neither resident nor staying in the municipality");

  private final LocalizedText description;

  MunicipalityRelation(String nb, String nn, String en) {
    this.description = LocalizedText.of(nb, nn, en);
  }

  /**
   * A short description for explanations.
   *
   * @return the description, in bokmål, nynorsk and English
   */
  public LocalizedText description() {
    return description;
  }
}
