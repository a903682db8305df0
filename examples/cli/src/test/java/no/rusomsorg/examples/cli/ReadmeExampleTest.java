package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example in README.md, taken from the file itself (the first {@code java} block after the
 * heading "## Embedding"), compiled for Java 17 against the test class path and run: no copy to keep in
 * step.
 */
class ReadmeExampleTest {
  /** What the block needs besides itself; the README leaves imports out. */
  private static final String IMPORTS = String.join("\n",
      "import java.time.LocalDate;",
      "import no.rusomsorg.api.MunicipalityDirectory;",
      "import no.rusomsorg.api.MunicipalityLookup;",
      "import no.rusomsorg.api.MunicipalityRegistry;",
      "import no.rusomsorg.core.complaint.ComplaintRoute;",
      "import no.rusomsorg.core.eligibility.MunicipalityRelation;",
      "import no.rusomsorg.core.eligibility.PersonFacts;",
      "import no.rusomsorg.core.eligibility.Verdict;",
      "import no.rusomsorg.core.service.ComplaintSubject;",
      "import no.rusomsorg.core.service.Service;",
      "import no.rusomsorg.core.text.Language;");

  @Test
  void readmeEmbeddingExampleCompilesAndPrintsWhatItsCommentsSay(@TempDir Path dir) throws Exception {
    String block = embeddingBlock(readme());
    assertThat(block.lines().count()).as("the README promises a short example").isLessThanOrEqualTo(30);
    List<String> printed = run(block, dir).lines().toList();
    assertThat(printed).containsExactly(
        "Søgne is part of Kristiansand (4204) from 2020-01-01",
        "ELIGIBLE []",
        "1. Sandnes kommune", "2. Statsforvalteren i Rogaland", "3. Sivilombudet",
        "4 uker fra 12.03.2026 = 09.04.2026");
  }

  /** Neither the example nor any edit of it can print Søgne's services for 2026: there is no Found to take them from. */
  @Test
  void theExampleBranchesOnTheSealedAnswerAndNeverAsksForAMergedCatalog() throws IOException {
    String block = embeddingBlock(readme());
    assertThat(block).contains("instanceof MunicipalityLookup.Found", "instanceof MunicipalityLookup.Merged")
        .doesNotContain(".catalog()", "orElseThrow().catalog", "servicesOn(");
  }

  static String readme() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("examples")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above " + Path.of("").toAbsolutePath()).isNotNull();
    return Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
  }

  static String embeddingBlock(String readme) {
    int heading = readme.indexOf("\n## Embedding\n");
    assertThat(heading).as("README.md has a section '## Embedding'").isNotNegative();
    int start = readme.indexOf("```java\n", heading);
    assertThat(start).as("a java block under '## Embedding'").isNotNegative();
    start += "```java\n".length();
    int end = readme.indexOf("\n```", start);
    return readme.substring(start, end + 1);
  }

  /** Compiles the block as the body of a main method and runs it, returning what it printed. */
  private static String run(String block, Path dir) throws Exception {
    Path src = dir.resolve("ReadmeEmbedding.java");
    Files.writeString(src, IMPORTS + "\n\npublic final class ReadmeEmbedding {\n"
        + "  public static void main(String[] args) {\n" + block + "  }\n}\n", StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int code = javac.run(null, diagnostics, diagnostics, "--release", "17", "-encoding", "UTF-8",
        "-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), src.toString());
    assertThat(code).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ReadmeExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("ReadmeEmbedding").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the README example threw " + e.getCause(), e.getCause());
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
