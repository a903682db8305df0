package no.rusomsorg.municipality.sogne;

import no.rusomsorg.conformance.MunicipalityProviderContract;
import no.rusomsorg.spi.MunicipalityProvider;

/** Søgne passes the plugin contract. */
class SogneConformanceTest implements MunicipalityProviderContract {
  @Override
  public MunicipalityProvider provider() {
    return new SogneProvider();
  }
}
