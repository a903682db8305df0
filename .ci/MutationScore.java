import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads PIT's mutations.xml reports and checks the mutation score of every Java package in them against
 * a threshold (docs/adr/0024). PIT's own mutationThreshold is one number for a whole module; the rule
 * packages are held to it one by one, so that a well-tested package cannot hide a weak one.
 *
 * <p>Usage: {@code java .ci/MutationScore.java THRESHOLD [--floors FILE] mutations.xml...}. A floors file
 * lists packages not yet at the threshold, one {@code package=percent} a line: each is held to its own
 * floor, the score it had when it was listed, so that it cannot get worse, until tests lift it to the
 * threshold and the line is removed. The score of a package is
 * PIT's: detected mutants (killed, timed out, memory error, run error) over all mutants, those no test
 * reaches included. Prints one line per package, then every surviving mutant; exits 1 if a package is
 * below the threshold or a report is missing or empty.
 */
public final class MutationScore {
  private MutationScore() {}

  /** The counts of one package. */
  static final class Counts {
    int total;
    int detected;
    int survived;
    int noCoverage;
    final List<String> undetected = new ArrayList<>();

    double score() {
      return total == 0 ? 100.0 : 100.0 * detected / total;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java .ci/MutationScore.java THRESHOLD mutations.xml...");
      System.exit(2);
    }
    int threshold = Integer.parseInt(args[0]);
    Map<String, Double> floors = new TreeMap<>();
    int first = 1;
    if (args.length > 2 && args[1].equals("--floors")) {
      for (String line : Files.readAllLines(Path.of(args[2]))) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          String[] kv = l.split("=", 2);
          floors.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
      }
      first = 3;
    }
    Map<String, Counts> packages = new TreeMap<>();
    for (int a = first; a < args.length; a++) {
      Path report = Path.of(args[a]);
      if (!Files.isRegularFile(report)) {
        System.err.println("no mutation report at " + report);
        System.exit(1);
      }
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList mutations = f.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
      if (mutations.getLength() == 0) {
        System.err.println("the mutation report " + report + " has no mutants");
        System.exit(1);
      }
      for (int i = 0; i < mutations.getLength(); i++) {
        Element m = (Element) mutations.item(i);
        String type = text(m, "mutatedClass");
        String pkg = type.substring(0, type.lastIndexOf('.'));
        Counts c = packages.computeIfAbsent(pkg, k -> new Counts());
        c.total++;
        String status = m.getAttribute("status");
        if ("true".equals(m.getAttribute("detected"))) {
          c.detected++;
        } else {
          if ("NO_COVERAGE".equals(status)) {
            c.noCoverage++;
          } else {
            c.survived++;
          }
          String method = text(m, "mutatedMethod");
          String mutator = text(m, "mutator");
          c.undetected.add(String.format("  %-11s %s.%s line %s: %s", status,
              type.substring(type.lastIndexOf('.') + 1), method, text(m, "lineNumber"),
              text(m, "description").isEmpty() ? mutator.substring(mutator.lastIndexOf('.') + 1)
                  : text(m, "description")));
        }
      }
    }
    boolean failed = false;
    System.out.printf("%-40s %8s %8s %8s %8s %7s%n", "package", "mutants", "detected", "survived", "no cover", "score");
    for (Map.Entry<String, Counts> e : packages.entrySet()) {
      Counts c = e.getValue();
      double required = floors.getOrDefault(e.getKey(), (double) threshold);
      boolean below = c.score() < required;
      failed |= below;
      String note = below ? "  BELOW " + required + " %"
          : c.score() < threshold ? "  (floor " + required + " %, not yet at " + threshold + " %)"
          : required < threshold ? "  (at " + threshold + " %: remove its floor)" : "";
      System.out.printf("%-40s %8d %8d %8d %8d %6.1f%%%s%n", e.getKey(), c.total, c.detected, c.survived,
          c.noCoverage, c.score(), note);
    }
    for (Map.Entry<String, Counts> e : packages.entrySet()) {
      if (!e.getValue().undetected.isEmpty()) {
        System.out.println("Undetected in " + e.getKey() + ":");
        e.getValue().undetected.forEach(System.out::println);
      }
    }
    if (failed) {
      System.err.println("A package is below its mutation score threshold (" + threshold
          + " %, or its floor in the floors file; docs/adr/0024): kill the survivors above with tests that can fail.");
      System.exit(1);
    }
    System.out.println("Every package is at or above " + threshold + " %" + (floors.isEmpty() ? "."
        : ", or at or above its floor: " + floors));
  }

  private static String text(Element parent, String tag) {
    NodeList l = parent.getElementsByTagName(tag);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
  }
}
