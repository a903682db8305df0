package no.rusomsorg.api;

import no.rusomsorg.spi.MunicipalityProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.api.ProviderException.Reason;

/**
 * An immutable, thread-safe snapshot of the municipality plugins an application uses.
 *
 * <p>{@link #discover()} finds providers with {@link ServiceLoader} on the module path and the class
 * path; {@link #builder()} adds providers programmatically (for frameworks and tests) and chooses strict
 * or lenient loading. Providers are ordered by {@link MunicipalityProvider#name()}, so the order never
 * depends on the class path.
 *
 * <p>Loading is all or nothing in strict mode (the default): a provider that cannot be instantiated,
 * throws, or returns invalid data, and two providers that claim the same municipality for overlapping
 * dates, make {@link Builder#build()} throw a {@link ProviderException} naming the provider(s). In
 * lenient mode such providers are left out and reported by {@link #problems()}; duplicates still fail.
 *
 * <p>Catalogs are loaded and validated when the registry is built, on up to
 * {@link Builder#loadingThreads(int) as many threads as the machine has processors} (never more than
 * there are providers); the threads are the builder's own, started and joined within
 * {@link Builder#build()}, and errors are reported exactly as if the catalogs had been loaded one by one
 * in name order.
 *
 * <p>Queries are answered by {@link #directory()}.
 */
public final class MunicipalityRegistry {
  private final List<LoadedProvider> providers;
  private final List<ProviderException> problems;
  private final MunicipalityDirectory directory;

  private MunicipalityRegistry(List<LoadedProvider> providers, List<ProviderException> problems, boolean national) {
    this.providers = List.copyOf(providers);
    this.problems = List.copyOf(problems);
    this.directory = new MunicipalityDirectory(this.providers, national);
  }

  /**
   * Discovers every provider visible to this module's {@link ServiceLoader} and to the thread's context
   * class loader, in strict mode.
   *
   * @return the registry
   * @throws ProviderException if a provider is broken or two claim the same municipality
   */
  public static MunicipalityRegistry discover() {
    return builder().discover().build();
  }

  /**
   * A builder for a registry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The loaded providers with their catalogs, ordered by provider name.
   *
   * @return the providers
   */
  public List<LoadedProvider> providers() {
    return providers;
  }

  /**
   * The providers left out in lenient mode, each with the reason; always empty in strict mode.
   *
   * @return the problems
   */
  public List<ProviderException> problems() {
    return problems;
  }

  /**
   * Queries over the registered catalogs.
   *
   * @return the directory
   */
  public MunicipalityDirectory directory() {
    return directory;
  }

  /**
   * A provider and the catalog it supplied.
   *
   * @param name the provider's name
   * @param provider the provider
   * @param catalog its validated catalog
   */
  public record LoadedProvider(String name, MunicipalityProvider provider, Catalog catalog) {
    /**
     * Checks the components.
     *
     * @param name the provider's name
     * @param provider the provider
     * @param catalog its catalog
     */
    public LoadedProvider {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(catalog, "catalog");
    }
  }

  /** Builds a registry. Not thread-safe; the registry it builds is. */
  public static final class Builder {
    private final List<MunicipalityProvider> added = new ArrayList<>();
    private final List<ProviderException> discoveryProblems = new ArrayList<>();
    private boolean lenient;
    private boolean nationalRegister = true;
    private int loadingThreads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * How many threads may load catalogs at once; 1 loads them one by one on the calling thread. The
     * default is the number of processors. Loading a catalog is mostly first-time class loading and
     * validation in a new JVM, so two threads on two processors cut start-up by about a fifth (see
     * {@code benchmarks/README.md}).
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder loadingThreads(int threads) {
      if (threads < 1) {
        throw new InvalidValueException("loadingThreads", InvalidValueException.Rule.RANGE,
            "at least one thread loads the catalogs (got " + threads + ")");
      }
      this.loadingThreads = threads;
      return this;
    }

    /**
     * Adds the providers {@link ServiceLoader} finds for this module (module path) and for the
     * thread's context class loader (class path).
     *
     * @return this builder
     */
    public Builder discover() {
      load(ServiceLoader.load(MunicipalityProvider.class, MunicipalityRegistry.class.getClassLoader()));
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      if (context != null && context != MunicipalityRegistry.class.getClassLoader()) {
        load(ServiceLoader.load(MunicipalityProvider.class, context));
      }
      ModuleLayer layer = MunicipalityRegistry.class.getModule().getLayer();
      if (layer != null) {
        load(ServiceLoader.load(layer, MunicipalityProvider.class));
      }
      return this;
    }

    /**
     * Adds the providers a class loader's {@link ServiceLoader} finds.
     *
     * @param loader the class loader
     * @return this builder
     * @throws NullPointerException if the loader is null
     */
    public Builder discover(ClassLoader loader) {
      java.util.Objects.requireNonNull(loader, "loader");
      load(ServiceLoader.load(MunicipalityProvider.class, loader));
      return this;
    }

    /**
     * Adds a provider programmatically.
     *
     * @param provider the provider
     * @return this builder
     * @throws NullPointerException if the provider is null
     */
    public Builder add(MunicipalityProvider provider) {
      java.util.Objects.requireNonNull(provider, "provider");
      added.add(provider);
      return this;
    }

    /**
     * Whether the directory answers for the municipalities no plugin supplies from the national register
     * with the national baseline (the default, docs/adr/0023). Without it the directory knows only the
     * plugins' municipalities, as before version 1.0. The register is read on the first lookup that
     * needs it, never when the registry is built.
     *
     * @param use false to leave the national register out
     * @return this builder
     */
    public Builder nationalRegister(boolean use) {
      this.nationalRegister = use;
      return this;
    }

    /**
     * Leaves out broken providers instead of failing, and reports them in {@link #problems()}.
     * Two providers claiming the same municipality still fail.
     *
     * @return this builder
     */
    public Builder lenient() {
      this.lenient = true;
      return this;
    }

    private void load(ServiceLoader<MunicipalityProvider> loader) {
      var it = loader.iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            return;
          }
          added.add(it.next());
        } catch (ServiceConfigurationError e) {
          discoveryProblems.add(new ProviderException(providerNameOf(e), Reason.DISCOVERY_FAILED, null,
              "cannot be instantiated: " + e.getMessage(), e));
        }
      }
    }

    private static String providerNameOf(ServiceConfigurationError e) {
      String m = String.valueOf(e.getMessage());
      int i = m.indexOf("Provider ");
      if (i >= 0) {
        String rest = m.substring(i + "Provider ".length());
        int sp = rest.indexOf(' ');
        return sp > 0 ? rest.substring(0, sp) : rest;
      }
      return "unknown provider";
    }

    /**
     * Loads every provider's catalog, validates it and builds the snapshot.
     *
     * @return the registry
     * @throws ProviderException in strict mode for the first broken provider (in name order), and in
     *     both modes when two providers claim the same municipality for overlapping dates
     */
    public MunicipalityRegistry build() {
      List<ProviderException> problems = new ArrayList<>(discoveryProblems);
      if (!lenient && !problems.isEmpty()) {
        throw problems.get(0);
      }
      Map<String, MunicipalityProvider> byName = new LinkedHashMap<>();
      Set<Class<?>> classes = new HashSet<>();
      List<MunicipalityProvider> sorted = new ArrayList<>(added);
      sorted.sort(Comparator.comparing(MunicipalityRegistry::safeName));
      for (MunicipalityProvider p : sorted) {
        String name = safeName(p);
        if (byName.containsKey(name)) {
          if (byName.get(name).getClass() == p.getClass() && classes.contains(p.getClass())) {
            continue; // the same provider found both by the module layer and the class path
          }
          throw new ProviderException(name, Reason.DUPLICATE_PROVIDER, null,
              "two different providers use the same name", null);
        }
        byName.put(name, p);
        classes.add(p.getClass());
      }
      List<String> names = new ArrayList<>(byName.keySet());
      Object[] outcomes = loadAll(names, byName);
      List<LoadedProvider> loaded = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Object outcome = outcomes[i];
        if (outcome instanceof Catalog) {
          loaded.add(new LoadedProvider(names.get(i), byName.get(names.get(i)), (Catalog) outcome));
        } else if (outcome instanceof ProviderException) {
          if (!lenient) {
            throw (ProviderException) outcome;
          }
          problems.add((ProviderException) outcome);
        } else if (outcome instanceof Error) {
          throw (Error) outcome; // OutOfMemoryError and the like: the JVM's trouble, not a provider's
        } else {
          throw (RuntimeException) outcome;
        }
      }
      MunicipalityDirectory.checkNoOverlaps(loaded);
      return new MunicipalityRegistry(loaded, problems, nationalRegister);
    }

    /**
     * Each provider's catalog, or what loading it threw, by index; on up to {@link #loadingThreads}
     * threads, each taking the next provider in name order. The calling thread is one of them, so one
     * thread means no thread is started.
     */
    private Object[] loadAll(List<String> names, Map<String, MunicipalityProvider> byName) {
      Object[] outcomes = new Object[names.size()];
      int threads = Math.max(1, Math.min(loadingThreads, names.size()));
      java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      Runnable worker = new Runnable() { // not a lambda: linking one costs a new JVM time this is meant to save
        @Override
        public void run() {
          for (int i = next.getAndIncrement(); i < names.size(); i = next.getAndIncrement()) {
            outcomes[i] = outcomeOf(names.get(i), byName.get(names.get(i)));
          }
        }
      };
      Thread[] helpers = new Thread[threads - 1];
      for (int t = 0; t < helpers.length; t++) {
        helpers[t] = new Thread(worker, "rusomsorg-catalog-loader-" + (t + 1));
        helpers[t].setDaemon(true);
        helpers[t].setContextClassLoader(context);
        helpers[t].start();
      }
      worker.run();
      boolean interrupted = false;
      for (Thread helper : helpers) {
        while (true) {
          try {
            helper.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // finish loading, then restore the flag for the caller
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return outcomes; // Thread.join makes the helpers' writes visible here
    }

    private static Object outcomeOf(String name, MunicipalityProvider p) {
      try {
        return catalogOf(name, p);
      } catch (RuntimeException | Error e) {
        return e;
      }
    }

    /**
     * Whether an error thrown by a provider's code is that provider's problem: every {@link Error}
     * (a stack overflow from its data, an assertion, a class it cannot link) except the
     * {@link VirtualMachineError}s that say the whole JVM is in trouble (out of memory, internal error).
     */
    private static boolean providersFault(Error e) {
      return !(e instanceof VirtualMachineError) || e instanceof StackOverflowError;
    }

    private static Catalog catalogOf(String name, MunicipalityProvider p) {
      Catalog c;
      try {
        c = p.catalog();
      } catch (ProviderException e) {
        throw e;
      } catch (InvalidValueException e) {
        throw new ProviderException(name, Reason.INVALID_DATA, e.field(), e.getMessage(), e);
      } catch (RuntimeException e) {
        throw new ProviderException(name, Reason.PROVIDER_THREW, null,
            "threw " + e.getClass().getName() + " when asked for its catalog", e);
      } catch (Error e) {
        if (!providersFault(e)) {
          throw e;
        }
        throw new ProviderException(name, Reason.PROVIDER_THREW, null,
            "threw " + e.getClass().getName() + " when asked for its catalog", e);
      }
      if (c == null) {
        throw new ProviderException(name, Reason.INVALID_DATA, "catalog", "returned no catalog", null);
      }
      return c;
    }
  }

  private static String safeName(MunicipalityProvider p) {
    try {
      String n = p.name();
      return n == null || n.isBlank() ? p.getClass().getName() : n;
    } catch (RuntimeException e) {
      return p.getClass().getName();
    } catch (Error e) {
      if (!Builder.providersFault(e)) {
        throw e;
      }
      return p.getClass().getName();
    }
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    providers.forEach(p -> names.add(p.name()));
    return "MunicipalityRegistry" + Collections.unmodifiableList(names);
  }
}
