import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks, after {@code mvn verify}, that every module the build publishes carries what Maven Central needs
 * and that nothing else would be shipped (docs/adr/0021, docs/release.md). Run through
 * .ci/check-publishable.sh; usage: {@code java .ci/CheckPublishable.java [--offline] [root]}.
 *
 * <p>A reactor module is published when its POM says {@code <publish.skip>false</publish.skip>}; a module
 * without a parent (the BOM) is published and carries its metadata itself. Rules:
 * <ul>
 *   <li>a published jar module has a module-info.java, and a jar module with one (outside examples/ and
 *       benchmarks/) is published: the two signals of "published" (ADR 0001, ADR 0021) agree;</li>
 *   <li>a published jar module has its jar, a sources jar with its .java files, a javadoc jar with an
 *       index.html, a CycloneDX SBOM naming the module, and a flattened POM without a parent, with name,
 *       description, url, licenses, developers and scm, every dependency with a version and no
 *       unresolved ${...};</li>
 *   <li>a published module without a parent states the same metadata in its own POM, with the parent's
 *       repository address, and has a release profile that signs and hands it to the Central portal;</li>
 *   <li>an unpublished module produced no flattened POM and no SBOM (the switch reached it).</li>
 * </ul>
 * With --offline the SBOM is not required: Maven skips the CycloneDX goal offline (it requires online mode).
 */
public class CheckPublishable {
  private static final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    boolean offline = false;
    Path root = Path.of(".");
    for (String a : args) {
      if (a.equals("--offline")) {
        offline = true;
      } else {
        root = Path.of(a);
      }
    }
    root = root.toAbsolutePath().normalize();
    Element parent = parse(root.resolve("pom.xml"));
    String version = text(parent, "version");
    String repository = property(parent, "rusomsorg.repository");
    if (version == null || repository == null) {
      fail("pom.xml", "the root POM states no <version> or no rusomsorg.repository property");
      report(List.of(), 0);
      return;
    }

    List<Path> modules = new ArrayList<>();
    collectModules(root, root, modules);
    List<String> published = new ArrayList<>();
    int unpublished = 0;
    for (Path dir : modules) {
      String rel = root.relativize(dir).toString().replace('\\', '/');
      Element pom = parse(dir.resolve("pom.xml"));
      String artifactId = text(pom, "artifactId");
      String packaging = text(pom, "packaging") == null ? "jar" : text(pom, "packaging");
      boolean hasParent = child(pom, "parent") != null;
      boolean isPublished = hasParent ? "false".equals(property(pom, "publish.skip")) : !rel.isEmpty();
      boolean moduleInfo = Files.exists(dir.resolve("src/main/java/module-info.java"));
      boolean exampleOrBenchmark = rel.startsWith("examples/") || rel.startsWith("benchmarks");
      Path target = dir.resolve("target");

      if (packaging.equals("jar")) {
        if (isPublished && !moduleInfo) {
          fail(rel, "is published but has no src/main/java/module-info.java (ADR 0001)");
        }
        if (!isPublished && moduleInfo && !exampleOrBenchmark) {
          fail(rel, "has a module-info.java but is not published: add <publish.skip>false</publish.skip> to its POM"
              + " (and it to the BOM), or say in an ADR why not");
        }
      }
      if (!isPublished) {
        if (!rel.isEmpty()) {
          unpublished++;
        }
        if (Files.exists(target.resolve("flattened-pom.xml"))) {
          fail(rel, "is unpublished but has target/flattened-pom.xml: publish.skip did not reach it");
        }
        try (var files = Files.exists(target) ? Files.list(target) : java.util.stream.Stream.<Path>empty()) {
          files.filter(f -> f.getFileName().toString().endsWith("-cyclonedx.json"))
              .forEach(f -> fail(rel, "is unpublished but has an SBOM " + f.getFileName() + ": publish.skip did not reach it"));
        }
        continue;
      }
      published.add(artifactId);
      String base = artifactId + "-" + version;
      if (hasParent) {
        Path flat = target.resolve("flattened-pom.xml");
        if (!Files.exists(flat)) {
          fail(rel, "has no target/flattened-pom.xml (flatten-maven-plugin)");
        } else {
          checkFlattened(rel, parse(flat), artifactId, version, repository);
          if (Files.readString(flat).contains("${")) {
            fail(rel, "target/flattened-pom.xml has an unresolved ${...}");
          }
        }
      } else {
        if (!repository.equals(property(pom, "rusomsorg.repository"))) {
          fail(rel, "has no parent, so it states rusomsorg.repository itself; it is " + property(pom, "rusomsorg.repository")
              + ", the root pom.xml's is " + repository);
        }
        checkMetadata(rel + "/pom.xml", interpolated(pom), repository);
        checkReleaseProfile(rel, pom);
      }
      if (packaging.equals("jar")) {
        checkJar(rel, target.resolve(base + ".jar"), "module-info.class");
        checkJar(rel, target.resolve(base + "-sources.jar"), "module-info.java");
        checkJar(rel, target.resolve(base + "-javadoc.jar"), "index.html");
        Path sbom = target.resolve(base + "-cyclonedx.json");
        if (!offline) {
          if (!Files.exists(sbom)) {
            fail(rel, "has no SBOM target/" + sbom.getFileName() + " (cyclonedx-maven-plugin; an offline build skips it:"
                + " run this check with --offline after mvn -o)");
          } else {
            String json = Files.readString(sbom);
            if (!Pattern.compile("\"bomFormat\"\\s*:\\s*\"CycloneDX\"").matcher(json).find()) {
              fail(rel, sbom.getFileName() + " is not a CycloneDX SBOM");
            }
            if (!json.contains("pkg:maven/no.rusomsorg/" + artifactId + "@" + version)) {
              fail(rel, sbom.getFileName() + " does not describe " + artifactId + " " + version);
            }
          }
        }
      }
    }
    if (published.isEmpty()) {
      fail(".", "no module is published");
    }
    report(published, unpublished);
    if (offline) {
      System.out.println("check-publishable: --offline, the SBOMs were not checked");
    }
  }

  private static void report(List<String> published, int unpublished) {
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("check-publishable: " + p));
      System.err.println("check-publishable: " + problems.size() + " problem(s); see docs/release.md");
      System.exit(1);
    }
    System.out.println("check-publishable: " + published.size() + " published module(s) complete " + published
        + "; " + unpublished + " unpublished module(s) ship nothing");
  }

  private static void checkFlattened(String rel, Element flat, String artifactId, String version, String repository) {
    String where = rel + "/target/flattened-pom.xml";
    if (child(flat, "parent") != null) {
      fail(where, "still names a parent");
    }
    if (!artifactId.equals(text(flat, "artifactId")) || !version.equals(text(flat, "version"))
        || !"no.rusomsorg".equals(text(flat, "groupId"))) {
      fail(where, "does not say no.rusomsorg:" + artifactId + ":" + version);
    }
    checkMetadata(where, flat, repository);
    Element deps = child(flat, "dependencies");
    if (deps != null) {
      for (Element d : children(deps, "dependency")) {
        if (text(d, "version") == null) {
          fail(where, "dependency " + text(d, "artifactId") + " has no version");
        }
        if ("test".equals(text(d, "scope"))) {
          fail(where, "ships the test dependency " + text(d, "artifactId"));
        }
      }
    }
  }

  private static void checkMetadata(String where, Element pom, String repository) {
    for (String e : List.of("name", "description", "url")) {
      if (blank(text(pom, e))) {
        fail(where, "has no <" + e + ">");
      }
    }
    if (!repository.equals(text(pom, "url"))) {
      fail(where, "<url> is " + text(pom, "url") + ", not the parent's rusomsorg.repository " + repository);
    }
    Element licenses = child(pom, "licenses");
    List<Element> ls = licenses == null ? List.of() : children(licenses, "license");
    if (ls.isEmpty() || ls.stream().anyMatch(l -> blank(text(l, "name")) || blank(text(l, "url")))) {
      fail(where, "has no <licenses> with name and url");
    }
    Element developers = child(pom, "developers");
    if (developers == null || children(developers, "developer").stream().anyMatch(d -> blank(text(d, "name")))
        || children(developers, "developer").isEmpty()) {
      fail(where, "has no <developers> with a name");
    }
    Element scm = child(pom, "scm");
    if (scm == null) {
      fail(where, "has no <scm>");
    } else {
      for (String e : List.of("connection", "developerConnection", "url")) {
        if (blank(text(scm, e))) {
          fail(where, "has no <scm><" + e + ">");
        }
      }
      if (!("scm:git:" + repository + ".git").equals(text(scm, "connection"))) {
        fail(where, "<scm><connection> is " + text(scm, "connection") + ", not scm:git:" + repository + ".git");
      }
    }
  }

  private static void checkReleaseProfile(String rel, Element pom) {
    Element profiles = child(pom, "profiles");
    List<Element> release = profiles == null ? List.of()
        : children(profiles, "profile").stream().filter(p -> "release".equals(text(p, "id"))).toList();
    String content = release.isEmpty() ? "" : release.get(0).getTextContent();
    if (!content.contains("maven-gpg-plugin") || !content.contains("central-publishing-maven-plugin")) {
      fail(rel, "has no parent, so it needs its own release profile with maven-gpg-plugin and"
          + " central-publishing-maven-plugin (as the parent's)");
    }
  }

  private static void checkJar(String rel, Path jar, String mustContain) throws IOException {
    if (!Files.exists(jar)) {
      fail(rel, "has no target/" + jar.getFileName());
      return;
    }
    try (ZipFile z = new ZipFile(jar.toFile())) {
      boolean found = z.stream().anyMatch(e -> e.getName().equals(mustContain) || e.getName().endsWith("/" + mustContain));
      if (!found) {
        fail(rel, jar.getFileName() + " has no " + mustContain);
      }
      if (jar.getFileName().toString().endsWith("-sources.jar")
          && z.stream().noneMatch(e -> e.getName().endsWith(".java") && !e.getName().endsWith("module-info.java"))) {
        fail(rel, jar.getFileName() + " has no .java sources");
      }
    }
  }

  private static void collectModules(Path root, Path dir, List<Path> out) throws Exception {
    out.add(dir);
    Element pom = parse(dir.resolve("pom.xml"));
    Element modules = child(pom, "modules");
    if (modules == null) {
      return;
    }
    for (Element m : children(modules, "module")) {
      Path sub = dir.resolve(m.getTextContent().strip()).normalize();
      if (!Files.exists(sub.resolve("pom.xml"))) {
        fail(root.relativize(sub).toString(), "is listed as a module but has no pom.xml");
        continue;
      }
      collectModules(root, sub, out);
    }
  }

  /** The POM with ${rusomsorg.repository} replaced by its own property's value (for a POM without parent). */
  private static Element interpolated(Element pom) {
    String value = property(pom, "rusomsorg.repository");
    Element copy = (Element) pom.cloneNode(true);
    replaceText(copy, "${rusomsorg.repository}", value == null ? "${rusomsorg.repository}" : value);
    return copy;
  }

  private static void replaceText(Node node, String from, String to) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      node.setNodeValue(node.getNodeValue().replace(from, to));
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      replaceText(children.item(i), from, to);
    }
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  private static String property(Element pom, String name) {
    Element properties = child(pom, "properties");
    return properties == null ? null : text(properties, name);
  }

  private static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element c = child(parent, name);
    return c == null ? null : c.getTextContent().strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void fail(String where, String what) {
    problems.add(where + ": " + what);
  }
}
