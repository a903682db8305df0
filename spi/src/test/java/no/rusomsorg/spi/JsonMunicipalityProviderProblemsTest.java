package no.rusomsorg.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.api.ProviderException;
import no.rusomsorg.core.CatalogProblemsException;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import org.junit.jupiter.api.Test;

/** A plugin's JSON catalog with several independent problems: the provider and the registry report them all. */
class JsonMunicipalityProviderProblemsTest {
  /** Fjellvik's catalog with an invalid phone number, an unknown access mode and a 13th month. */
  private static final class ThreeProblems extends JsonMunicipalityProvider {
    ThreeProblems() {
      super(ThreeProblems.class, "/three-problems-catalog.json");
    }

    @Override
    public String name() {
      return "three-problems";
    }
  }

  private static final String[] PATHS = {"$.sources[0].verifiedOn", "$.units[0].contactPoints[0].phones[0].phone",
      "$.services[1].accessMode"};

  @Test
  void theProviderReportsEveryProblemWithItsPath() {
    ProviderException e = catchThrowableOfType(ProviderException.class, () -> new ThreeProblems().catalog());
    assertThat(e.reason()).isEqualTo(ProviderException.Reason.INVALID_DATA);
    assertThat(e.problems()).extracting(InvalidValueException::field).containsExactly(PATHS);
    assertThat(e.problems()).extracting(InvalidValueException::rule)
        .containsExactly(Rule.FORMAT, Rule.PHONE_NUMBER, Rule.FORMAT);
    assertThat(e.field()).hasValue(PATHS[0]);
    assertThat(e.getCause()).isInstanceOf(CatalogProblemsException.class);
    assertThat(e.getMessage()).contains("three-problems").contains("3 problems").contains(PATHS[1]);
  }

  @Test
  void theRegistryPassesThemOnStrictAndLenient() {
    ProviderException strict = catchThrowableOfType(ProviderException.class,
        () -> MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ThreeProblems()).build());
    assertThat(strict.problems()).extracting(InvalidValueException::field).containsExactly(PATHS);

    MunicipalityRegistry lenient = MunicipalityRegistry.builder().add(new FjellvikProvider()).add(new ThreeProblems())
        .lenient().build();
    assertThat(lenient.problems()).singleElement()
        .satisfies(p -> assertThat(p.problems()).extracting(InvalidValueException::field).containsExactly(PATHS));
  }

  @Test
  void aFailureThatIsNotAboutDataHasNoProblems() {
    ProviderException e = new ProviderException("x", ProviderException.Reason.PROVIDER_THREW, null, "threw",
        new InvalidValueException("a", Rule.FORMAT, "b"));
    assertThat(e.problems()).isEmpty();
  }
}
