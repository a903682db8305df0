package no.rusomsorg.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No silent fallback in rule dispatch (issue #14, ADR 0018), checked on the sources:
 *
 * <ul>
 *   <li>no main source file in the repository tells kinds of criterion apart with {@code instanceof}
 *       or by comparing classes: {@code Criterion.accept} with a {@code Criterion.Visitor} is the one
 *       way, and it does not compile until every kind is handled (the records' own {@code equals},
 *       {@code if (!(other instanceof X))}, is not dispatch);</li>
 *   <li>the rules in core (eligibility, the deadline rules and calculator, a service's answers, the
 *       complaint regime of an act, a callback promise, the language of a text) have no
 *       {@code default} branch: a switch over an enum there is an exhaustive switch expression, which
 *       does not compile when a constant is added and not handled.</li>
 * </ul>
 */
class NoSilentFallbackTest {
  private static final Path ROOT = Paths.get("..");
  private static final String KINDS = "(Leaf|MinimumAge|Residency|HasRole|Pregnant|Homeless|CoOccurringMentalIllness|InLar"
      + "|ProxyWithPowerOfAttorney|NotStated|Described|All|Any|Not)";
  private static final Pattern INSTANCEOF = Pattern.compile("(?<!\\(other )instanceof\\s+(Criterion\\.)?" + KINDS + "\\b");
  private static final Pattern CLASS_COMPARE = Pattern.compile("(==|!=)\\s*(Criterion\\.)?" + KINDS + "\\.class");
  private static final Pattern DEFAULT = Pattern.compile("\\bdefault\\s*(:|->)");

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> all = Files.walk(ROOT)) {
      return all.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
          .collect(Collectors.toList());
    }
  }

  @Test
  void noMainSourceDispatchesOnCriterionClasses() throws IOException {
    List<Path> files = mainSources();
    assertThat(files).as("the repository's main sources").hasSizeGreaterThan(150);
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.contains("Criterion")) {
        continue;
      }
      String code = CoreNamesNoMunicipalityTest.withoutComments(text);
      for (Pattern p : List.of(INSTANCEOF, CLASS_COMPARE)) {
        Matcher m = p.matcher(code);
        while (m.find()) {
          found.add(ROOT.relativize(file) + ": " + m.group());
        }
      }
    }
    assertThat(found).as("dispatch on criteria with Criterion.accept(Criterion.Visitor), never instanceof or classes")
        .isEmpty();
  }

  @Test
  void theRulesOfCoreHaveNoDefaultBranch() throws IOException {
    Path core = Paths.get("src", "main", "java", "no", "rusomsorg", "core");
    List<Path> rules = new ArrayList<>();
    try (Stream<Path> s = Files.list(core.resolve("eligibility"))) {
      s.filter(p -> p.toString().endsWith(".java")).forEach(rules::add);
    }
    for (String f : List.of("deadline/DeadlineRule.java", "deadline/DeadlineCalculator.java", "deadline/Deadline.java",
        "service/Service.java", "service/Cost.java", "casework/CoercionCase.java", "complaint/ComplaintRegime.java",
        "contact/Fallback.java", "text/LocalizedText.java", "law/InForce.java", "complaint/ComplaintRoutes.java",
        "deadline/PeriodSpec.java", "authority/Authorities.java")) {
      rules.add(core.resolve(f));
    }
    List<String> found = new ArrayList<>();
    for (Path file : rules) {
      Matcher m = DEFAULT.matcher(CoreNamesNoMunicipalityTest.withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
      while (m.find()) {
        found.add(file.getFileName() + ": " + m.group());
      }
    }
    assertThat(rules).hasSizeGreaterThan(15);
    assertThat(found).as("an exhaustive switch expression instead of a default branch").isEmpty();
  }

  @Test
  void thePatternsSeeWhatTheyLookFor() {
    assertThat(INSTANCEOF.matcher("if (c instanceof Criterion.Homeless) {").find()).isTrue();
    assertThat(INSTANCEOF.matcher("if (c instanceof Leaf) {").find()).isTrue();
    assertThat(INSTANCEOF.matcher("if (!(other instanceof Homeless)) {").find()).isFalse();
    assertThat(CLASS_COMPARE.matcher("if (k == Criterion.NotStated.class)").find()).isTrue();
    assertThat(DEFAULT.matcher("      default:\n        break;").find()).isTrue();
    assertThat(DEFAULT.matcher("  default Verdict evaluate(").find()).isFalse();
  }
}
