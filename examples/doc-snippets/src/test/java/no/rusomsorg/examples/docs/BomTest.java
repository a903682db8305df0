package no.rusomsorg.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM lists exactly the published modules (those with a {@code module-info.java}, outside examples and
 * benchmarks), at the reactor's version, and manages nothing else; the standalone example imports nothing
 * but the BOM, at that version.
 */
class BomTest {
  private static final Path ROOT = DocSnippetsTest.ROOT;

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(file.toFile());
    return d.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        out.add((Element) nodes.item(i));
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0).getTextContent().strip();
  }

  private static List<Element> managed(Element project) {
    return children(project, "dependencyManagement").stream()
        .flatMap(dm -> children(dm, "dependencies").stream())
        .flatMap(ds -> children(ds, "dependency").stream()).toList();
  }

  private static String reactorVersion() throws Exception {
    return text(pom(ROOT.resolve("pom.xml")), "version");
  }

  @Test
  void theBomListsEveryPublishedModuleAndNothingElse() throws Exception {
    TreeSet<String> published = new TreeSet<>();
    try (Stream<Path> all = Files.walk(ROOT)) {
      for (Path info : all.filter(p -> p.endsWith(Path.of("src/main/java/module-info.java"))).toList()) {
        Path module = info.getParent().getParent().getParent().getParent();
        String rel = ROOT.relativize(module).toString().replace('\\', '/');
        if (rel.startsWith("examples/") || rel.startsWith("benchmarks") || rel.contains("/target/")) {
          continue;
        }
        published.add(text(pom(module.resolve("pom.xml")), "artifactId"));
      }
    }
    assertThat(published).contains("rusomsorg-core", "rusomsorg-spi", "rusomsorg-register", "rusomsorg-conformance");

    Element bom = pom(ROOT.resolve("bom/pom.xml"));
    assertThat(text(bom, "artifactId")).isEqualTo("rusomsorg-bom");
    assertThat(text(bom, "packaging")).isEqualTo("pom");
    assertThat(text(bom, "version")).as("the BOM has no parent, so its version is kept here").isEqualTo(reactorVersion());
    assertThat(children(bom, "parent")).as("a parent would leak its dependencyManagement (ADR 0020)").isEmpty();
    TreeSet<String> listed = new TreeSet<>();
    for (Element d : managed(bom)) {
      assertThat(text(d, "groupId")).isEqualTo("no.rusomsorg");
      assertThat(text(d, "version")).isEqualTo("${project.version}");
      listed.add(text(d, "artifactId"));
    }
    assertThat(listed).isEqualTo(published);
    assertThat(text(pom(ROOT.resolve("pom.xml")), "modules")).contains("bom");
  }

  @Test
  void theStandaloneProjectsImportNothingButTheBom() throws Exception {
    for (String project : List.of("examples/standalone-plugin/pom.xml", "examples/standalone-plugin/app/pom.xml")) {
      Element pom = pom(ROOT.resolve(project));
      assertThat(children(pom, "parent")).as(project).isEmpty();
      Element properties = children(pom, "properties").get(0);
      assertThat(text(properties, "rusomsorg.version")).as(project).isEqualTo(reactorVersion());
      assertThat(text(properties, "maven.compiler.release")).as(project).isEqualTo("17");
      List<Element> managed = managed(pom);
      assertThat(managed).as(project).hasSize(1);
      assertThat(text(managed.get(0), "artifactId")).isEqualTo("rusomsorg-bom");
      assertThat(text(managed.get(0), "scope")).isEqualTo("import");
      Element deps = children(pom, "dependencies").get(0);
      for (Element d : children(deps, "dependency")) {
        if (text(d, "groupId").equals("no.rusomsorg")) {
          assertThat(text(d, "version")).as("%s: %s takes its version from the BOM", project, text(d, "artifactId")).isNull();
        }
      }
      String plugins = children(pom, "build").get(0).getTextContent();
      assertThat(plugins).as(project).contains("maven-surefire-plugin", "maven-compiler-plugin");
    }
  }
}
