package no.rusomsorg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One concept, one type: no two public top-level types of the core share a simple name (there were
 * two {@code County} and two {@code PublishedComplaintInfo}). Nested types such as
 * {@code ComplaintCase.State} and {@code CoercionCase.State} are read with their enclosing type's name
 * and are not counted.
 */
class OneTypePerConceptTest {

  @Test
  void noTwoPublicTypesOfTheCoreShareASimpleName() throws Exception {
    List<Class<?>> types = publicTopLevelTypes();
    assertThat(types).hasSizeGreaterThan(100);
    Map<String, TreeSet<String>> byName = new TreeMap<>();
    for (Class<?> type : types) {
      byName.computeIfAbsent(type.getSimpleName(), k -> new TreeSet<>()).add(type.getName());
    }
    Map<String, TreeSet<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    assertThat(shared).as("public types of the core that share a simple name").isEmpty();
  }

  /** Every public top-level class of the core's compiled classes (not the tests'). */
  private static List<Class<?>> publicTopLevelTypes() throws URISyntaxException {
    Path root = Path.of(InvalidValueException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(root).as("the core's classes are a directory on the test class path").isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(root::relativize).map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("module-info.class")
              && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
          .map(OneTypePerConceptTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OneTypePerConceptTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }
}
