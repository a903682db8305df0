package no.example.rusomsorg;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.rusomsorg.conformance.MunicipalityProviderContract;
import no.rusomsorg.spi.MunicipalityProvider;

class ExampleConformanceTest implements MunicipalityProviderContract {
  @Override
  public MunicipalityProvider provider() { return new ExampleProvider(); }

  // Only because this example's data is never checked again: a real plugin leaves clock() alone,
  // so that RC10 fails when its data is more than two years old.
  @Override
  public Clock clock() { return Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC); }
}
