package no.rusomsorg.conformance;

import no.rusomsorg.spi.JsonMunicipalityProvider;

/** A fictional municipality for testing the kit itself. */
public final class FictionalProvider extends JsonMunicipalityProvider {
  public FictionalProvider() {
    super(FictionalProvider.class, "/META-INF/rusomsorg/fjellvik.json");
  }
}
