package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole kit on a fictional municipality. The test classes are not a named module, so RC02 must
 * fail here; that failure is what this class checks for RC02.
 */
class FictionalConformanceTest implements MunicipalityProviderContract {

  @Override
  public MunicipalityProvider provider() {
    return new FictionalProvider();
  }

  @Override
  public Clock clock() {
    return Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  @Override
  public void rc02RegisteredInModuleInfo() {
    assertThatThrownBy(MunicipalityProviderContract.super::rc02RegisteredInModuleInfo)
        .isInstanceOfSatisfying(ConformanceFailure.class, f -> org.assertj.core.api.Assertions.assertThat(f.checkId()).isEqualTo("RC02"))
        .hasMessageContaining("Fix:");
  }
}
