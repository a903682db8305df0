package no.rusomsorg.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;


import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.rusomsorg.conformance.MunicipalityProviderContract;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Java and JSON block of README.md and docs/ is checked, straight from the Markdown (no copies):
 * <ul>
 *   <li>Java compilation units are compiled with javac against the reactor's classes, those of one
 *       document together (a test class may use the provider above it); a {@code module-info} block is
 *       compiled as a module with the units of its packages.</li>
 *   <li>{@code java fragment} blocks (statements) are compiled in a method, with imports for the library
 *       types they name.</li>
 *   <li>JSON blocks are parsed strictly; a catalog (an object with {@code municipality} and
 *       {@code services}) must be read by the library and pass every check of the conformance kit but
 *       the registration check RC01 (a block is no plugin jar), with the clock at its verifiedOn date.
 *       {@code json fragment} blocks are parsed as the members of an object.</li>
 *   <li>A block with {@code file=path} is that file of the repository.</li>
 * </ul>
 */
class DocSnippetsTest {
  static final Path ROOT = root();
  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern REQUIRES = Pattern.compile("requires\\s+(?:transitive\\s+|static\\s+)*([\\w.]+)\\s*;");

  @TempDir
  static Path work;

  static Path root() {
    Path p = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("docs/plugin-authors.md"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no repository root above the working directory");
    }
    return p;
  }

  @Test
  void theBlocksAreFound() {
    List<Snippet> all = Snippet.all(ROOT);
    Map<String, Long> byLanguage = all.stream().collect(Collectors.groupingBy(Snippet::language, Collectors.counting()));
    assertThat(byLanguage.getOrDefault("java", 0L)).as("java blocks").isGreaterThanOrEqualTo(5);
    assertThat(byLanguage.getOrDefault("json", 0L)).as("json blocks").isGreaterThanOrEqualTo(1);
    assertThat(all).anySatisfy(s -> assertThat(s.doc()).isEqualTo("README.md"));
    assertThat(all).filteredOn(s -> s.doc().equals("README.md") && s.language().equals("java")).isNotEmpty();
  }

  /**
   * The documented catalogs and the example plugins use fictional numbers (1190–1199), and no two
   * different example municipalities share one, so that an application may load them together.
   */
  @Test
  void examplesUseFictionalNumbersThatDoNotCollide() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Snippet s : Snippet.all(ROOT)) {
      if (s.language().equals("json") && !s.fragment()) {
        texts.put(s.toString(), s.text());
      }
    }
    for (String file : List.of("examples/custom-municipality/src/main/resources/META-INF/rusomsorg/fjordby.json",
        "examples/standalone-plugin/src/main/resources/META-INF/rusomsorg/example.json")) {
      texts.put(file, Snippet.read(ROOT.resolve(file)));
    }
    Map<String, String> owner = new LinkedHashMap<>();
    int catalogs = 0;
    for (Map.Entry<String, String> e : texts.entrySet()) {
      JsonNode node = STRICT.readTree(e.getValue());
      if (!node.has("municipality")) {
        continue;
      }
      catalogs++;
      String id = node.get("municipality").get("id").asString();
      for (JsonNode n : node.get("municipality").get("numbers")) {
        String number = n.get("number").asString();
        assertThat(no.rusomsorg.conformance.FictionalNumbers.contains(
            no.rusomsorg.core.municipality.MunicipalityNumber.of(number)))
            .as("%s: %s is not one of the fictional numbers 1190-1199", e.getKey(), number).isTrue();
        String before = owner.putIfAbsent(number, id);
        assertThat(before == null || before.equals(id))
            .as("%s: %s is used by both '%s' and '%s'", e.getKey(), number, before, id).isTrue();
      }
    }
    assertThat(catalogs).isGreaterThanOrEqualTo(3);
  }

  @TestFactory
  Stream<DynamicTest> everyBlock() {
    List<Snippet> all = Snippet.all(ROOT);
    List<DynamicTest> tests = new ArrayList<>();
    Map<String, List<Javac.Error>> unitErrors = new LinkedHashMap<>();
    for (Snippet s : all) {
      s.file().ifPresent(f -> tests.add(DynamicTest.dynamicTest(s + " is " + f, () -> sameAsFile(s, f))));
      switch (s.language()) {
        case "java" -> tests.add(DynamicTest.dynamicTest(s + " compiles", () -> java(s, all, unitErrors)));
        case "json" -> tests.add(DynamicTest.dynamicTest(s + " is valid", () -> json(s)));
        default -> { }
      }
    }
    return tests.stream();
  }

  private static void sameAsFile(Snippet s, String file) {
    Path p = ROOT.resolve(file);
    assertThat(p).as("%s names a file of the repository", s).isRegularFile();
    assertThat(normalise(s.text())).as("%s must be %s exactly (copy one to the other)", s, file)
        .isEqualTo(normalise(Snippet.read(p)));
  }

  private static String normalise(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
  }

  private static boolean isModule(Snippet s) {
    return s.text().strip().matches("(?s)(/\\*.*?\\*/\\s*)?(open\\s+)?module\\s+[\\w.]+\\s*\\{.*");
  }

  private static String fileName(Snippet s) {
    if (isModule(s)) {
      return "module-info.java";
    }
    Matcher pkg = PACKAGE.matcher(s.text());
    Matcher type = TYPE.matcher(s.text());
    String name = type.find() ? type.group(1) : "Snippet" + s.line();
    return (pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "") + name + ".java";
  }

  private static boolean isTestSource(Snippet s) {
    return s.text().contains("import org.junit") || s.text().contains("import no.rusomsorg.conformance");
  }

  private static void java(Snippet s, List<Snippet> all, Map<String, List<Javac.Error>> unitErrors) {
    String hint = "; if the block is deliberately not a whole source file, mark it ```java fragment";
    if (s.fragment()) {
      fragment(s);
      return;
    }
    List<Snippet> units = all.stream()
        .filter(o -> o.doc().equals(s.doc()) && o.language().equals("java") && !o.fragment() && !isModule(o))
        .toList();
    if (isModule(s)) {
      Map<String, String> sources = new LinkedHashMap<>();
      sources.put("module-info.java", s.text());
      for (Snippet u : units) {
        Matcher pkg = PACKAGE.matcher(u.text());
        if (!isTestSource(u) && pkg.find() && s.text().contains(pkg.group(1) + ".")) {
          sources.put(fileName(u), u.text());
        }
      }
      List<String> requires = new ArrayList<>();
      Matcher r = REQUIRES.matcher(s.text());
      while (r.find()) {
        requires.add(r.group(1));
      }
      List<String> options = new ArrayList<>(List.of("--module-path", Javac.classPath()));
      if (!requires.isEmpty()) {
        options.addAll(List.of("--limit-modules", String.join(",", requires)));
      }
      List<Javac.Error> errors = Javac.compile(work, sources, options);
      assertThat(errors).as("%s as a module with %s%s", s, sources.keySet(), hint).isEmpty();
      return;
    }
    List<Javac.Error> errors = unitErrors.computeIfAbsent(s.doc(), d -> {
      Map<String, String> sources = new LinkedHashMap<>();
      units.forEach(u -> sources.put(fileName(u), u.text()));
      return Javac.compile(work, sources, List.of("--class-path", Javac.classPath()));
    });
    String mine = fileName(s);
    assertThat(errors.stream().filter(e -> e.file().equals(mine)).toList()).as("%s%s", s, hint).isEmpty();
    assertThat(errors.stream().filter(e -> e.file().isEmpty()).toList()).as("%s", s).isEmpty();
  }

  private static void fragment(Snippet s) {
    List<String> units = new Fragments(Javac.classPath()).units(s.text(), 16);
    List<List<Javac.Error>> tried = new ArrayList<>();
    for (String unit : units) {
      List<Javac.Error> errors = Javac.compile(work, Map.of("snippet/Fragment.java", unit), List.of("--class-path",
          Javac.classPath()));
      if (errors.isEmpty()) {
        return;
      }
      tried.add(errors);
    }
    // javac's line numbers are the block's, plus 100; the block's first line is the fence's next line
    assertThat(tried.get(0)).as("%s (error lines: block line + 100, block starts after line %d)", s, s.line()).isEmpty();
  }

  private static void json(Snippet s) throws Exception {
    String text = s.fragment() ? "{" + s.text() + "}" : s.text();
    JsonNode node = STRICT.readTree(text);
    if (!s.fragment() && node.isObject() && node.has("municipality") && node.has("services")) {
      catalog(s);
    }
  }

  /** A catalog block must load and pass the kit (all but the registration check, RC01). */
  private static void catalog(Snippet s) throws Exception {
    Catalog catalog;
    try {
      catalog = RusomsorgJson.strict().read(s.text(), Catalog.class);
    } catch (RuntimeException e) {
      throw new AssertionError(s + " is not a catalog the library reads: " + e.getMessage(), e);
    }
    MunicipalityProvider provider = () -> catalog;
    Clock clock = Clock.fixed(catalog.verifiedOn().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    MunicipalityProviderContract kit = new MunicipalityProviderContract() {
      @Override
      public MunicipalityProvider provider() {
        return provider;
      }

      @Override
      public Clock clock() {
        return clock;
      }
    };
    TestReporter reporter = entries -> { };
    List<String> ran = new ArrayList<>();
    for (Method m : MunicipalityProviderContract.class.getMethods()) {
      if (!m.isAnnotationPresent(Test.class) || m.getName().startsWith("rc01")) {
        continue;
      }
      try {
        m.invoke(kit, Stream.of(m.getParameterTypes()).map(t -> t == TestReporter.class ? reporter : null).toArray());
      } catch (InvocationTargetException e) {
        throw new AssertionError(s + " fails the conformance kit: " + e.getCause().getMessage(), e.getCause());
      }
      ran.add(m.getName().substring(0, 4));
    }
    assertThat(ran).as("checks run").contains("rc03", "rc05", "rc13").hasSizeGreaterThanOrEqualTo(12);
  }

}
