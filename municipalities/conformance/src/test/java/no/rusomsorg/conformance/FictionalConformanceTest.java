package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole kit on a fictional municipality. The test classes have a services file but no
 * module-info, so RC01 must fail here, for the module path only; that failure is what this class checks
 * for RC01 ({@link RegistrationCheckTest} tests it on plugins compiled each way).
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
  public void rc01RegisteredForTheClassPathAndTheModulePath() {
    assertThatThrownBy(MunicipalityProviderContract.super::rc01RegisteredForTheClassPathAndTheModulePath)
        .isInstanceOfSatisfying(ConformanceFailure.class, f -> {
          org.assertj.core.api.Assertions.assertThat(f.checkId()).isEqualTo("RC01");
          org.assertj.core.api.Assertions.assertThat(f.found())
              .isEqualTo("Module path: there is no module-info.class in test-classes.");
        })
        .hasMessageContaining("Fix:");
  }
}
