package no.rusomsorg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two threads that touch a model type and its generated {@code Immutable} class for the first time at
 * the same moment must not deadlock.
 *
 * <p>They would if the abstract type's static initialiser built an instance of its own generated
 * subclass (a constant such as "always open"): initialising the subclass needs the superclass
 * initialised first (JLS 12.4.2), so one thread holds the superclass and waits for the subclass while
 * the other holds the subclass and waits for the superclass, for ever. Found by loading two plugins'
 * catalogs on two threads; any server that reads catalogs on several threads at start could hang.
 *
 * <p>Each round loads the core classes afresh in their own class loader and races the two
 * initialisations behind a barrier. The race does not hit the window every time, so every pair runs
 * many rounds; with a constant built in the superclass this test hung within the first rounds.
 */
class ClassInitialisationDeadlockTest {
  private static final int ROUNDS = 60;

  @Test
  void aModelTypeAndItsImmutableClassCanBeInitialisedByTwoThreadsAtOnce() throws Exception {
    List<String[]> pairs = immutablePairs();
    assertThat(pairs).hasSizeGreaterThan(30);
    for (int round = 0; round < ROUNDS; round++) {
      for (String[] pair : pairs) {
        race(pair[0], pair[1]);
      }
    }
  }

  /**
   * The same race for pairs of arbitrary core classes, for cycles between the static initialisers of
   * two unrelated classes (A's constant needs B, whose constant needs A).
   */
  @Test
  void anyTwoCoreClassesCanBeInitialisedByTwoThreadsAtOnce() throws Exception {
    List<String> classes = coreClasses();
    assertThat(classes).hasSizeGreaterThan(200);
    java.util.Random random = new java.util.Random(20261202L);
    for (int i = 0; i < 1500; i++) {
      race(classes.get(random.nextInt(classes.size())), classes.get(random.nextInt(classes.size())));
    }
  }

  private static void race(String type, String generated) throws Exception {
    ClassLoader fresh = new CoreFirstLoader(ClassInitialisationDeadlockTest.class.getClassLoader());
    CyclicBarrier start = new CyclicBarrier(2);
    List<Throwable> failures = new ArrayList<>();
    Thread a = new Thread(() -> initialise(type, fresh, start, failures), "init-" + type);
    Thread b = new Thread(() -> initialise(generated, fresh, start, failures), "init-" + generated);
    a.setDaemon(true);
    b.setDaemon(true);
    a.start();
    b.start();
    a.join(TimeUnit.SECONDS.toMillis(10));
    b.join(TimeUnit.SECONDS.toMillis(10));
    if (a.isAlive() || b.isAlive()) {
      throw new AssertionError("class initialisation deadlock between " + type + " and " + generated + ":\n"
          + stack(a) + stack(b));
    }
    synchronized (failures) {
      assertThat(failures).isEmpty();
    }
  }

  private static void initialise(String name, ClassLoader loader, CyclicBarrier start, List<Throwable> failures) {
    try {
      start.await();
      Class.forName(name, true, loader);
    } catch (Exception | LinkageError e) {
      synchronized (failures) {
        failures.add(e);
      }
    }
  }

  private static String stack(Thread t) {
    StringBuilder sb = new StringBuilder(t.getName()).append('\n');
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 12); i++) {
      sb.append("  at ").append(frames[i]).append('\n');
    }
    return sb.toString();
  }

  private static List<String> coreClasses() throws URISyntaxException, IOException {
    Path root = Path.of(InvalidValueException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(p -> root.relativize(p).toString().replace('/', '.'))
          .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Every {@code ImmutableX} generated in core, with its hand-written type {@code X}. */
  private static List<String[]> immutablePairs() throws URISyntaxException, IOException {
    return coreClasses().stream()
        .filter(n -> n.matches(".*\\.Immutable[A-Za-z]+"))
        .map(n -> new String[] {n.replace(".Immutable", "."), n})
        .collect(Collectors.toList());
  }

  /** Defines the project's classes itself (so each round starts uninitialised); delegates the rest. */
  private static final class CoreFirstLoader extends ClassLoader {
    private final ClassLoader source;

    CoreFirstLoader(ClassLoader source) {
      super(source);
      this.source = source;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("no.rusomsorg.core.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try (InputStream in = source.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
