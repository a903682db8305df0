package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import no.rusomsorg.spi.MunicipalityProvider;

/**
 * Builds small plugins at test time, registered one way, the other, both or neither, compiled by
 * javac against the real spi module, so that RC01 is tested on what a plugin's build really produces.
 */
final class FixturePlugins {
  static final String PROVIDER = "fixture.plugin.FixtureProvider";
  private static final String SOURCE = """
      package fixture.plugin;

      /** A fixture provider with the fictional catalog of the kit's own tests. */
      public final class FixtureProvider extends no.rusomsorg.spi.JsonMunicipalityProvider {
        /** Creates it. */
        public FixtureProvider() {
          super(FixtureProvider.class, "/META-INF/rusomsorg/fjellvik.json");
        }
      }
      """;

  /** What the fixture's build puts in it. */
  enum Variant {
    BOTH(true, "provides no.rusomsorg.spi.MunicipalityProvider with fixture.plugin.FixtureProvider;"),
    NO_SERVICES_FILE(false, "provides no.rusomsorg.spi.MunicipalityProvider with fixture.plugin.FixtureProvider;"),
    NO_PROVIDES(true, ""),
    NO_MODULE_INFO(true, null),
    NEITHER(false, null);

    final boolean servicesFile;
    final String provides;

    Variant(boolean servicesFile, String provides) {
      this.servicesFile = servicesFile;
      this.provides = provides;
    }
  }

  private FixturePlugins() {}

  /**
   * Compiles the fixture into {@code dir/classes}, optionally packs it into {@code dir/fixture.jar}.
   *
   * @return the classes directory or the jar
   */
  static Path build(Path dir, Variant variant, boolean jar) throws IOException {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(src.resolve("fixture/plugin"));
    Files.createDirectories(classes);
    List<String> files = new ArrayList<>();
    Path provider = src.resolve("fixture/plugin/FixtureProvider.java");
    Files.writeString(provider, SOURCE);
    files.add(provider.toString());
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none"));
    String path = realClassPath();
    if (variant.provides != null) {
      Path info = src.resolve("module-info.java");
      Files.writeString(info, "module fixture.plugin {\n  requires no.rusomsorg.spi;\n  " + variant.provides + "\n}\n");
      files.add(info.toString());
      args.addAll(List.of("--module-path", path, "--limit-modules", "no.rusomsorg.spi"));
    } else {
      args.addAll(List.of("--class-path", path));
    }
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    int rc = javac.getTask(out, null, null, args.subList(0, args.size() - files.size()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjectsFromStrings(files)).call() ? 0 : 1;
    assertThat(rc).as("javac: %s", out).isZero();
    if (variant.servicesFile) {
      Path services = classes.resolve(Registration.SERVICES_FILE);
      Files.createDirectories(services.getParent());
      Files.writeString(services, "# the fixture\n" + PROVIDER + "\n");
    }
    if (!jar) {
      return classes;
    }
    Path jarFile = dir.resolve("fixture.jar");
    try (OutputStream os = Files.newOutputStream(jarFile); JarOutputStream jos = new JarOutputStream(os);
         Stream<Path> all = Files.walk(classes)) {
      for (Path f : all.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        jos.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        jos.write(Files.readAllBytes(f));
        jos.closeEntry();
      }
    }
    return jarFile;
  }

  /** The test's class path as surefire gives it (it may hide it behind a manifest-only jar). */
  static String realClassPath() {
    String cp = System.getProperty("java.class.path");
    return Stream.of(cp.split(java.io.File.pathSeparator))
        .filter(e -> !e.isBlank() && Files.exists(Path.of(e)))
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  /** Loads the fixture's provider from a class loader of its own (the kit's classes come from the parent). */
  static MunicipalityProvider load(Path location) {
    try {
      URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()},
          FixturePlugins.class.getClassLoader());
      return (MunicipalityProvider) loader.loadClass(PROVIDER).getConstructor().newInstance();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot load the fixture", e);
    }
  }
}
