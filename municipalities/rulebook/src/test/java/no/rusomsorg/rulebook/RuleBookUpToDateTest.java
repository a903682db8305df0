package no.rusomsorg.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed pages under docs/rulebook are exactly what the generator writes today. Run with
 * {@code -Drulebook.write=true} to regenerate them.
 */
class RuleBookUpToDateTest {
  static final String COMMAND = "mvn -B -o -q test -pl municipalities/rulebook -am -Drulebook.write=true "
      + "-Dtest=RuleBookUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false";

  static Path dir() {
    return Paths.get(System.getProperty("rulebook.dir", "../../docs/rulebook"));
  }

  @Test
  void committedPagesMatchTheGeneratedOnes() throws IOException {
    Path dir = dir();
    if (Boolean.getBoolean("rulebook.write")) {
      RuleBook.write(dir);
    }
    Map<String, String> pages = RuleBook.generate();
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (!Files.exists(file)
          || !new String(Files.readAllBytes(file), StandardCharsets.UTF_8).equals(e.getValue())) {
        stale.add(e.getKey());
      }
    }
    List<String> extra;
    try (Stream<Path> files = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
      extra = files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !pages.containsKey(n)).sorted().collect(Collectors.toList());
    }
    assertThat(stale)
        .as("docs/rulebook is out of date (%s differ from the generator). Regenerate from the repository root with:%n"
            + "  %s%nand commit the result.", stale, COMMAND)
        .isEmpty();
    assertThat(extra).as("pages in docs/rulebook that the generator does not write; delete them").isEmpty();
  }

  @Test
  void generationIsDeterministic() {
    assertThat(RuleBook.generate()).isEqualTo(RuleBook.generate());
  }
}
