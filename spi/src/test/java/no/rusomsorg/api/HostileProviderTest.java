package no.rusomsorg.api;

import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.spi.JsonMunicipalityProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.api.ProviderException.Reason;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import org.junit.jupiter.api.Test;

/** Issue 16: a provider's crash is that provider's problem, and its message is bounded. */
class HostileProviderTest {

  private static MunicipalityProvider throwing(String name, Error error) {
    return new MunicipalityProvider() {
      @Override
      public Catalog catalog() {
        throw error;
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  @Test
  void aCatalogWithAnIdOfThousandsOfCharactersIsInvalidDataNotAStackOverflow() {
    JsonMunicipalityProvider longId = new JsonMunicipalityProvider(getClass(), "/hostile/long-id-catalog.json") {
      @Override
      public String name() {
        return "long-id";
      }
    };
    assertThatThrownBy(longId::catalog).isInstanceOfSatisfying(ProviderException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.INVALID_DATA);
      assertThat(e.field()).contains("$.municipality.id");
      assertThat(e.getMessage().length()).isLessThan(2 * InvalidValueException.MAX_MESSAGE);
    });
    MunicipalityRegistry lenient = MunicipalityRegistry.builder().add(new FjellvikProvider()).add(longId)
        .add(new ElvestadProvider()).lenient().build();
    assertThat(lenient.providers()).hasSize(2);
    assertThat(lenient.problems()).singleElement().extracting(ProviderException::providerName).isEqualTo("long-id");
  }

  @Test
  void aLenientRegistryReportsAnyErrorOfAProviderAsItsProblem() {
    Error[] errors = {new StackOverflowError(), new AssertionError("x"), new NoClassDefFoundError("Y"),
        new ExceptionInInitializerError("z")};
    for (Error error : errors) {
      for (int threads : new int[] {1, 3}) {
        MunicipalityRegistry lenient = MunicipalityRegistry.builder().add(new FjellvikProvider())
            .add(throwing("broken", error)).add(new ElvestadProvider()).loadingThreads(threads).lenient().build();
        assertThat(lenient.providers()).as(error.toString()).hasSize(2);
        assertThat(lenient.problems()).singleElement().satisfies(p -> {
          assertThat(p.providerName()).isEqualTo("broken");
          assertThat(p.reason()).isEqualTo(Reason.PROVIDER_THREW);
        });
        assertThatThrownBy(() -> MunicipalityRegistry.builder().add(new FjellvikProvider())
            .add(throwing("broken", error)).loadingThreads(threads).build())
            .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.providerName()).isEqualTo("broken"));
      }
    }
  }

  @Test
  void aProviderWhoseNameOverflowsTheStackIsNamedByItsClass() {
    MunicipalityProvider nameless = new MunicipalityProvider() {
      @Override
      public Catalog catalog() {
        throw new StackOverflowError();
      }

      @Override
      public String name() {
        throw new StackOverflowError();
      }
    };
    MunicipalityRegistry lenient = MunicipalityRegistry.builder().add(new FjellvikProvider()).add(nameless).lenient()
        .build();
    assertThat(lenient.providers()).hasSize(1);
    assertThat(lenient.problems()).singleElement().extracting(ProviderException::providerName)
        .isEqualTo(nameless.getClass().getName());
  }

  @Test
  void theJvmsOwnTroubleIsNotBlamedOnAProvider() {
    OutOfMemoryError oom = new OutOfMemoryError("simulated");
    assertThatThrownBy(() -> MunicipalityRegistry.builder().add(new FjellvikProvider()).add(throwing("broken", oom))
        .lenient().build()).isSameAs(oom);
  }
}
