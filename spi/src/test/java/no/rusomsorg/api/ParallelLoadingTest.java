package no.rusomsorg.api;

import no.rusomsorg.spi.MunicipalityProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.api.MunicipalityRegistry.LoadedProvider;
import no.rusomsorg.spi.fixtures.ElvestadProvider;
import no.rusomsorg.spi.fixtures.FjellvikProvider;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Loading catalogs on several threads must give exactly what loading them one by one in name order
 * gives: the same providers with the same catalogs, the same problems in lenient mode, the same
 * exception in strict mode, whatever the timing.
 */
class ParallelLoadingTest {
  private static final Catalog FJELLVIK = new FjellvikProvider().catalog();
  private static final Catalog ELVESTAD = new ElvestadProvider().catalog();

  /** A provider that takes a while and then returns a catalog, throws, or returns nothing. */
  private static final class Scripted implements MunicipalityProvider {
    private final String name;
    private final int behaviour;
    private final long delayNanos;

    Scripted(String name, int behaviour, long delayNanos) {
      this.name = name;
      this.behaviour = behaviour;
      this.delayNanos = delayNanos;
    }

    @Override
    public Catalog catalog() {
      LockSupport.parkNanos(delayNanos);
      switch (behaviour) {
        case 0: throw new IllegalStateException("boom in " + name);
        case 1: throw new InvalidValueException("units[0].id", InvalidValueException.Rule.FORMAT, "bad id");
        case 2: return null;
        default: throw new LinkageError("missing class in " + name);
      }
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name + "/" + behaviour;
    }
  }

  /** Up to ten broken providers, with the two valid ones, in a random registration order. */
  private static Gen<List<MunicipalityProvider>> providerSets() {
    return rs -> {
      List<MunicipalityProvider> ps = new ArrayList<>();
      int broken = Generate.range(0, 10).generate(rs);
      for (int i = 0; i < broken; i++) {
        ps.add(new Scripted("p" + Generate.range(0, 99).generate(rs) + "-" + i, Generate.range(0, 3).generate(rs),
            Generate.range(0, 2_000_000).generate(rs)));
      }
      int at = Generate.range(0, ps.size()).generate(rs);
      ps.add(at, new FjellvikProvider());
      ps.add(Generate.range(0, ps.size()).generate(rs), new ElvestadProvider());
      return ps;
    };
  }

  private static MunicipalityRegistry.Builder builder(List<MunicipalityProvider> ps, int threads) {
    MunicipalityRegistry.Builder b = MunicipalityRegistry.builder().loadingThreads(threads);
    ps.forEach(b::add);
    return b;
  }

  @Test
  void lenientLoadingOnSeveralThreadsEqualsLoadingOneByOne() {
    qt().withExamples(150).forAll(providerSets(), Generate.range(2, 8)).checkAssert((ps, threads) -> {
      MunicipalityRegistry one = builder(ps, 1).lenient().build();
      MunicipalityRegistry many = builder(ps, threads).lenient().build();
      assertThat(many.providers()).extracting(LoadedProvider::name)
          .containsExactlyElementsOf(one.providers().stream().map(LoadedProvider::name).toList());
      assertThat(many.directory().catalogs()).containsExactlyInAnyOrder(FJELLVIK, ELVESTAD);
      assertThat(many.problems()).extracting(p -> p.providerName() + ":" + p.reason())
          .containsExactlyElementsOf(one.problems().stream().map(p -> p.providerName() + ":" + p.reason()).toList());
    });
  }

  @Test
  void strictLoadingOnSeveralThreadsFailsWithTheSameProviderAsLoadingOneByOne() {
    qt().withExamples(150).forAll(providerSets(), Generate.range(2, 8)).checkAssert((ps, threads) -> {
      Object one = outcome(builder(ps, 1));
      Object many = outcome(builder(ps, threads));
      if (one instanceof ProviderException) {
        ProviderException a = (ProviderException) one;
        assertThat(many).isInstanceOfSatisfying(ProviderException.class, b -> {
          assertThat(b.providerName()).isEqualTo(a.providerName());
          assertThat(b.reason()).isEqualTo(a.reason());
        });
      } else {
        assertThat(((MunicipalityRegistry) many).directory().catalogs())
            .containsExactlyElementsOf(((MunicipalityRegistry) one).directory().catalogs());
      }
    });
  }

  private static Object outcome(MunicipalityRegistry.Builder b) {
    try {
      return b.build();
    } catch (ProviderException e) {
      return e;
    }
  }

  @Test
  void loadingThreadsSeeTheCallersContextClassLoader() {
    ClassLoader marker = new ClassLoader(getClass().getClassLoader()) {};
    List<ClassLoader> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<MunicipalityProvider> ps = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String name = "ctx-" + i;
      ps.add(new MunicipalityProvider() {
        @Override
        public Catalog catalog() {
          seen.add(Thread.currentThread().getContextClassLoader());
          throw new IllegalStateException("only looking");
        }

        @Override
        public String name() {
          return name;
        }
      });
    }
    Thread current = Thread.currentThread();
    ClassLoader before = current.getContextClassLoader();
    current.setContextClassLoader(marker);
    try {
      builder(ps, 3).lenient().build();
    } finally {
      current.setContextClassLoader(before);
    }
    assertThat(seen).hasSize(6).allMatch(l -> l == marker);
  }

  @Test
  void fewerThanOneLoadingThreadIsRejected() {
    assertThatThrownBy(() -> MunicipalityRegistry.builder().loadingThreads(0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("loadingThreads");
          assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.RANGE);
        });
  }
}
