package no.rusomsorg.examples.custom;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.rusomsorg.conformance.MunicipalityProviderContract;
import no.rusomsorg.spi.MunicipalityProvider;

/** Fjordby passes the plugin contract; the clock is pinned so the freshness check does not age. */
class FjordbyConformanceTest implements MunicipalityProviderContract {
  @Override
  public MunicipalityProvider provider() {
    return new FjordbyProvider();
  }

  @Override
  public Clock clock() {
    return Clock.fixed(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC);
  }
}
