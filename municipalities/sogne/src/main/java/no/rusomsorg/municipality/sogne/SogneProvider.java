package no.rusomsorg.municipality.sogne;

import no.rusomsorg.spi.JsonMunicipalityProvider;

/**
 * Søgne municipality (Vest-Agder, number 1018) until 2019-12-31, when it merged into Kristiansand
 * (4204): its substance-abuse services, read from the JSON resource {@code /META-INF/rusomsorg/sogne.json}.
 */
public final class SogneProvider extends JsonMunicipalityProvider {
  /** Creates the provider; the JSON is read on first use. */
  public SogneProvider() {
    super(SogneProvider.class, "/META-INF/rusomsorg/sogne.json");
  }

  @Override
  public String name() {
    return "sogne";
  }
}
