package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The copy of Digdir's design system CSS in {@code static/ds} is the npm package's files
 * ({@code examples/web/node_modules}, installed by {@code install-web-tools.sh}) with each inline
 * {@code data:} SVG icon moved to a file of its own, so that the page's Content-Security-Policy
 * ({@code img-src 'self'}) needs no {@code data:} (ADR 0027). Run with {@code -Dds.write=true} to write
 * the copy after changing the version in package.json. Skipped where the package is not installed,
 * unless {@code CI} is set.
 */
class DesignSystemUpToDateTest {
  static final Path PACKAGE = Path.of("node_modules/@digdir/designsystemet-css");
  static final Path COPY = Path.of("src/main/resources/static/ds");
  static final String COMMAND = "examples/web/install-web-tools.sh && mvn -B -o -q test -pl examples/web -am "
      + "-Dds.write=true -Dtest=DesignSystemUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false";
  private static final Pattern DATA_SVG = Pattern.compile(
      "url\\((\"|')data:image/svg\\+xml;charset=utf-8,(.*?)\\1\\)");

  @Test
  void theCopyIsThePackageWithItsIconsAsFiles() throws IOException {
    if (!Files.isRegularFile(PACKAGE.resolve("package.json"))) {
      assertThat(System.getenv("CI")).as("CI is set but %s is missing: run examples/web/install-web-tools.sh", PACKAGE)
          .isNull();
      Assumptions.abort(PACKAGE + " is missing; run examples/web/install-web-tools.sh");
    }
    Map<String, String> expected = copy(PACKAGE);
    if (Boolean.getBoolean("ds.write")) {
      if (Files.isDirectory(COPY)) {
        try (Stream<Path> old = Files.walk(COPY)) {
          for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Path p = COPY.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> actual = new TreeMap<>();
    try (Stream<Path> files = Files.walk(COPY)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        actual.put(COPY.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(actual.keySet()).as("the files of %s; to update run %s", COPY, COMMAND)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(actual.get(e.getKey())).as("%s differs from the package; to update run %s", e.getKey(), COMMAND)
          .isEqualTo(e.getValue());
    }
    for (String css : List.of("designsystemet.css", "theme.css")) {
      assertThat(actual.get(css)).as(css).doesNotContain("data:").doesNotContain("@import").doesNotContain("http:")
          .doesNotContain("https:");
    }
  }

  /** The files of static/ds made from the installed package. */
  static Map<String, String> copy(Path pkg) throws IOException {
    String version = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(pkg.resolve("package.json").toFile()).get("version").asString();
    String header = "/* @digdir/designsystemet-css " + version + " (MIT, see LICENSE beside this file), "
        + "copied by DesignSystemUpToDateTest with its inline SVG icons moved to icons/. */\n";
    Map<String, String> icons = new LinkedHashMap<>();
    Map<String, String> out = new TreeMap<>();
    out.put("designsystemet.css", header + externalIcons(read(pkg.resolve("dist/src/index.css")), icons));
    out.put("theme.css", header + externalIcons(read(pkg.resolve("dist/theme/designsystemet.css")), icons));
    icons.forEach((svg, name) -> out.put("icons/" + name, svg + "\n"));
    out.put("LICENSE", read(pkg.resolve("LICENSE")));
    return out;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** Replaces each inline SVG by a reference to a file; the same SVG gets the same file. */
  private static String externalIcons(String css, Map<String, String> icons) {
    Matcher m = DATA_SVG.matcher(css);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String svg = URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
      String name = icons.computeIfAbsent(svg, s -> "icon-" + (icons.size() + 1) + ".svg");
      m.appendReplacement(sb, Matcher.quoteReplacement("url(\"icons/" + name + "\")"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
