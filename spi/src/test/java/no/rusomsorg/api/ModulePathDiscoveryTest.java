package no.rusomsorg.api;

import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.spi.JsonMunicipalityProvider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery on the module path: compiles a small plugin module (with {@code provides … with …} in its
 * module-info and no META-INF/services) and runs it in a fresh JVM with core, spi and their
 * dependencies on the module path. The plugin's main method discovers providers through the registry.
 */
class ModulePathDiscoveryTest {

  @Test
  void aModularPluginIsDiscoveredOnTheModulePath(@TempDir Path dir) throws Exception {
    String modulePath = runtimeModulePath();
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");
    write(src.resolve("module-info.java"), """
        module example.plugin {
          requires no.rusomsorg.spi;
          provides no.rusomsorg.spi.MunicipalityProvider with example.plugin.ExampleProvider;
        }
        """);
    write(src.resolve("example/plugin/ExampleProvider.java"), """
        package example.plugin;
        public final class ExampleProvider extends no.rusomsorg.spi.JsonMunicipalityProvider {
          public ExampleProvider() { super(ExampleProvider.class, "/META-INF/rusomsorg/example.json"); }
        }
        """);
    write(src.resolve("example/plugin/Main.java"), """
        package example.plugin;
        public final class Main {
          public static void main(String[] args) {
            var registry = no.rusomsorg.api.MunicipalityRegistry.discover();
            for (var p : registry.providers()) {
              System.out.println(p.name() + " " + p.catalog().municipality().name()
                  + " " + MunicipalityLookupPrinter.status(registry, "1198"));
            }
            System.out.println("spi-module=" + no.rusomsorg.api.MunicipalityRegistry.class.getModule().getName());
          }
        }
        """);
    write(src.resolve("example/plugin/MunicipalityLookupPrinter.java"), """
        package example.plugin;
        final class MunicipalityLookupPrinter {
          static String status(no.rusomsorg.api.MunicipalityRegistry r, String q) {
            var answer = r.directory().lookup(q, java.time.LocalDate.of(2026, 1, 1));
            return answer instanceof no.rusomsorg.api.MunicipalityLookup.Found f ? "FOUND " + f.number() : answer.toString();
          }
        }
        """);
    String json = new String(getClass().getResourceAsStream("/META-INF/rusomsorg/fjellvik.json").readAllBytes(),
        StandardCharsets.UTF_8);
    write(out.resolve("META-INF/rusomsorg/example.json"), json);

    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<String> args = new ArrayList<>(List.of(javac, "-d", out.toString(), "--module-path", modulePath));
    try (var files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    assertThat(run(args)).as("javac").startsWith("exit=0");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String output = run(List.of(java, "--module-path", modulePath + File.pathSeparator + out,
        "-m", "example.plugin/example.plugin.Main"));
    assertThat(output).startsWith("exit=0").contains("example.plugin.ExampleProvider Fjellvik FOUND 1199")
        .contains("spi-module=no.rusomsorg.spi");
  }

  /** core and spi classes plus the jars they need at run time, taken from the test class path. */
  private static String runtimeModulePath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(e -> e.endsWith("core" + File.separator + "target" + File.separator + "classes")
            || e.endsWith("spi" + File.separator + "target" + File.separator + "classes")
            || e.endsWith("register" + File.separator + "target" + File.separator + "classes")
            || e.contains("rusomsorg-register")
            || e.contains("rusomsorg-core")
            || e.contains("jackson")
            || e.contains("libphonenumber"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "timeout\n" + output;
    }
    return "exit=" + process.exitValue() + "\n" + output;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
