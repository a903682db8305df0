package no.rusomsorg.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core knows no municipality (issue #14, ADR 0018): no main source file of core and no core resource
 * names a municipality that has a plugin, by name, source id or number, in code or data. Javadoc and
 * other comments may use one as an example; everything else (string literals, identifiers, numbers,
 * resource files) may not. The plugins are found from the repository ({@code municipalities/*}
 * besides the kit, the register and the rule book), so a new plugin is covered without editing this
 * test; their names and numbers are added below.
 */
class CoreNamesNoMunicipalityTest {
  private static final Path CORE_MAIN = Paths.get("src", "main");
  private static final Path MUNICIPALITIES = Paths.get("..", "municipalities");
  private static final Set<String> NOT_PLUGINS = Set.of("conformance", "register", "rulebook", "src", "target");

  /** Names and numbers of the municipalities that have (or had) a plugin, and their successors. */
  private static final List<String> KNOWN = List.of("sandnes", "søgne", "sogne", "kristiansand", "1102", "1108",
      "1018", "4204", "1001");

  static Set<String> forbiddenWords() {
    Set<String> words = new LinkedHashSet<>(KNOWN);
    try (Stream<Path> dirs = Files.list(MUNICIPALITIES)) {
      dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString().toLowerCase(Locale.ROOT))
          .filter(n -> !NOT_PLUGINS.contains(n)).forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  @Test
  void thePluginsAreFoundSoTheTestCannotPassByLookingAtNothing() {
    assertThat(forbiddenWords()).contains("sandnes", "sogne");
    assertThat(Files.isDirectory(CORE_MAIN.resolve("java"))).isTrue();
  }

  @Test
  void noCoreSourceOrResourceNamesAMunicipalityOutsideComments() throws IOException {
    Pattern forbidden = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", forbiddenWords())
        + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> all = Files.walk(CORE_MAIN)) {
      files = all.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    assertThat(files).as("core's main sources").hasSizeGreaterThan(50);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String code = file.toString().endsWith(".java") ? withoutComments(text)
          : file.toString().endsWith(".properties") ? withoutPropertiesComments(text) : text;
      Matcher m = forbidden.matcher(code);
      while (m.find()) {
        found.add(file + ": '" + m.group() + "' in …" + excerpt(code, m.start()) + "…");
      }
    }
    assertThat(found).as("core names a municipality in code or data; move it to the municipality's plugin")
        .isEmpty();
  }

  @Test
  void theScannerSeesNamesInStringsAndIdentifiersButNotInComments() {
    Pattern p = Pattern.compile("sandnes", Pattern.CASE_INSENSITIVE);
    String java = "/** Sandnes in Javadoc. */\n// sandnes in a line comment\nclass A {\n"
        + "  String url = \"https://x.no/sandnes\"; /* Sandnes */ int SANDNES_X = 1;\n  char c = '\"';\n}\n";
    String code = withoutComments(java);
    assertThat(p.matcher(code).results().count()).isEqualTo(2);
    assertThat(code).contains("https://x.no/sandnes").doesNotContain("Javadoc").doesNotContain("line comment");
    String block = "String s = \"\"\"\n  /* not a comment */ sandnes\n  \"\"\";\n";
    assertThat(withoutComments(block)).contains("not a comment").contains("sandnes");
  }

  private static String excerpt(String text, int at) {
    int from = Math.max(0, at - 30);
    int to = Math.min(text.length(), at + 30);
    return text.substring(from, to).replace('\n', ' ');
  }

  private static String withoutPropertiesComments(String text) {
    return text.lines().filter(l -> !l.stripLeading().startsWith("#") && !l.stripLeading().startsWith("!"))
        .collect(Collectors.joining("\n"));
  }

  /** Java source without its comments; string, text-block and character literals are kept whole. */
  static String withoutComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        out.append(s, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(n, j + 1);
        out.append(s, i, j);
        i = j;
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
