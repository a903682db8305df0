package no.rusomsorg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.CatalogProblemsException;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.municipality.Catalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading a catalog reports every problem of the document at once, each at its JSON path with its
 * rule, not only the first one.
 */
class CatalogAllProblemsTest {
  private static final RusomsorgJson STRICT = RusomsorgJson.strict();

  private static ObjectNode sandnes() {
    try {
      String text = Files.readString(Path.of("src", "test", "resources", "golden", "catalog-sandnes.json"),
          StandardCharsets.UTF_8);
      return (ObjectNode) STRICT.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidValueException readError(ObjectNode doc, RusomsorgJson codec) {
    return catchThrowableOfType(InvalidValueException.class, () -> codec.read(doc.toString(), Catalog.class));
  }

  private static List<String> fields(InvalidValueException e) {
    return e.problems().stream().map(InvalidValueException::field).collect(Collectors.toList());
  }

  @Test
  void threeIndependentProblemsAreAllReportedWithTheirPaths() {
    ObjectNode doc = sandnes();
    ((ArrayNode) doc.at("/units/0/contactPoints/0/phones")).set(0, "+47 123");
    ((ObjectNode) doc.at("/services/2")).put("kind", "SAUNA");
    ((ObjectNode) doc.at("/sources/0")).put("verifiedOn", "2026-02-30");

    for (RusomsorgJson codec : List.of(STRICT, RusomsorgJson.lenient())) {
      InvalidValueException e = readError(doc, codec);
      assertThat(e).isInstanceOf(CatalogProblemsException.class);
      assertThat(fields(e)).containsExactly("$.sources[0].verifiedOn", "$.units[0].contactPoints[0].phones[0].phone",
          "$.services[2].kind");
      assertThat(e.problems()).extracting(InvalidValueException::rule)
          .containsExactly(Rule.FORMAT, Rule.PHONE_NUMBER, Rule.FORMAT);
      // the typed contract of a single problem still holds: the first problem's path and rule
      assertThat(e.field()).isEqualTo("$.sources[0].verifiedOn");
      assertThat(e.rule()).isEqualTo(Rule.FORMAT);
      assertThat(((CatalogProblemsException) e).problemCount()).isEqualTo(3);
      assertThat(e.getMessage()).startsWith("$.sources[0].verifiedOn: 3 problems in the catalog")
          .contains("$.services[2].kind").hasSizeLessThanOrEqualTo(InvalidValueException.MAX_MESSAGE);
    }
  }

  @Test
  void aProblemInsideAValueIsReportedOnceNotAgainAsAMissingValue() {
    ObjectNode doc = sandnes();
    ((ObjectNode) doc.at("/services/1/name")).put("nb", 7);          // the name cannot be built
    ((ObjectNode) doc.at("/municipality")).set("validity", doc.textNode("always")); // nor the municipality
    ((ObjectNode) doc.at("/units/1")).put("zzUnknown", true);         // and a misspelt field
    InvalidValueException e = readError(doc, STRICT);
    assertThat(fields(e)).containsExactly("$.municipality.validity", "$.units[1].zzUnknown",
        "$.services[1].name.nb");
    assertThat(e.problems()).extracting(InvalidValueException::rule)
        .containsExactly(Rule.FORMAT, Rule.UNKNOWN_PROPERTY, Rule.FORMAT);
  }

  @Test
  void theChecksAcrossTheCatalogReportEveryRepeatedIdAndDanglingReferenceTogether() {
    ObjectNode doc = sandnes();
    String firstUnit = doc.at("/units/0/id").asString();
    ((ObjectNode) doc.at("/units/1")).put("id", firstUnit);
    ((ArrayNode) doc.at("/services/0/unitIds")).set(0, "no-such-unit");
    ((ArrayNode) doc.at("/services/1/sourceIds")).set(0, "no-such-source");

    for (RusomsorgJson codec : List.of(STRICT, RusomsorgJson.lenient())) {
      InvalidValueException e = readError(doc, codec);
      assertThat(e).isInstanceOf(CatalogProblemsException.class);
      // renaming units[1] also leaves the services that named it (services 3 and 4) pointing nowhere
      assertThat(fields(e)).containsExactly("$.units[1].id", "$.services[0].unitIds[0]", "$.services[1].sourceIds[0]",
          "$.services[3].unitIds[0]", "$.services[4].unitIds[0]");
      assertThat(((CatalogProblemsException) e).problemCount()).isEqualTo(5);
    }
  }

  @Test
  void oneProblemIsThrownAsItselfAsBefore() {
    ObjectNode doc = sandnes();
    ((ObjectNode) doc.at("/services/3")).remove("kind");
    InvalidValueException e = readError(doc, STRICT);
    assertThat(e).isNotInstanceOf(CatalogProblemsException.class);
    assertThat(e.problems()).containsExactly(e);
    assertThat(e.field()).startsWith("$.services[3]");
    assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
  }

  @Test
  void aSyntaxErrorEndsTheReadingAfterTheProblemsBeforeIt() {
    ObjectNode doc = sandnes();
    ((ObjectNode) doc.at("/services/0")).put("kind", "SAUNA");
    String text = doc.toString();
    String broken = text.substring(0, text.lastIndexOf("\"verifiedOn\"")) + "\"verifiedOn\": }";
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> STRICT.read(broken, Catalog.class));
    assertThat(e.problems()).extracting(InvalidValueException::rule).containsExactly(Rule.FORMAT, Rule.SYNTAX);
    assertThat(e.problems().get(0).field()).isEqualTo("$.services[0].kind");
  }

  /** In any generated catalog, any set of services given an unknown kind: each is reported, in order. */
  @Test
  void everyBrokenServiceOfAGeneratedCatalogIsReported() {
    qt().withExamples(200).forAll(CatalogGenerators.catalogs(1), integers().between(1, Integer.MAX_VALUE))
        .checkAssert((catalog, mask) -> {
          ObjectNode doc = (ObjectNode) STRICT.mapper().valueToTree(catalog);
          ArrayNode services = (ArrayNode) doc.get("services");
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < services.size(); i++) {
            if ((mask >>> (i % 31) & 1) == 1 || i == services.size() - 1 && expected.isEmpty()) {
              ((ObjectNode) services.get(i)).put("kind", "NOT_A_KIND_" + i);
              expected.add("$.services[" + i + "].kind");
            }
          }
          InvalidValueException e = readError(doc, STRICT);
          assertThat(fields(e)).containsExactlyElementsOf(expected);
          assertThat(e.problems()).allMatch(p -> p.rule() == Rule.FORMAT);
        });
  }

  @Test
  void atMostOneHundredProblemsAreKeptAndTheRestCounted() {
    ObjectNode doc = sandnes();
    ArrayNode services = (ArrayNode) doc.get("services");
    ObjectNode template = (ObjectNode) services.get(0);
    services.removeAll();
    for (int i = 0; i < 150; i++) {
      services.add(template.deepCopy().put("id", "s" + i).put("kind", "SAUNA"));
    }
    CatalogProblemsException e = (CatalogProblemsException) readError(doc, STRICT);
    assertThat(e.problems()).hasSize(CatalogProblemsException.MAX_PROBLEMS);
    assertThat(e.problemCount()).isEqualTo(150);
    assertThat(e.problems().get(99).field()).isEqualTo("$.services[99].kind");
    assertThat(e.detail()).contains("150 problems").contains("the first 100 are listed");
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(InvalidValueException.MAX_MESSAGE);
  }
}
