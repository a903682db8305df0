package no.rusomsorg.municipality.sandnes;

import no.rusomsorg.conformance.MunicipalityProviderContract;
import no.rusomsorg.spi.MunicipalityProvider;

/** Sandnes passes the plugin contract. */
class SandnesConformanceTest implements MunicipalityProviderContract {
  @Override
  public MunicipalityProvider provider() {
    return new SandnesProvider();
  }
}
