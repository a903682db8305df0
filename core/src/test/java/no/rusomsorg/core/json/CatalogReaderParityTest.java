package no.rusomsorg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.municipality.Catalog;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming catalog reader and Jackson's data binding must accept the same catalogs, build equal
 * values from them and reject the same broken documents at the same JSON path (or, where data binding
 * only names the enclosing object, at a path inside it).
 */
class CatalogReaderParityTest {
  private static final RusomsorgJson STRICT = RusomsorgJson.strict();
  private static final RusomsorgJson LENIENT = RusomsorgJson.lenient();

  @Test
  void bothPathsReadEveryGeneratedCatalogBackToAnEqualValue() {
    qt().withExamples(500).forAll(CatalogGenerators.catalogs()).checkAssert(catalog -> {
      String json = STRICT.write(catalog);
      assertThat(CatalogReader.read(json, true)).isEqualTo(catalog);
      assertThat(CatalogReader.read(json, false)).isEqualTo(catalog);
      assertThat(STRICT.bind(json, Catalog.class)).isEqualTo(catalog);
    });
  }

  /** A catalog's JSON with one change somewhere in it: a field removed, added, nulled or retyped. */
  private static Gen<String> brokenCatalogs() {
    Gen<Catalog> catalogs = CatalogGenerators.catalogs(1);
    return rs -> {
      Catalog catalog = catalogs.generate(rs);
      ObjectNode root = (ObjectNode) STRICT.mapper().valueToTree(catalog);
      List<ObjectNode> objects = new ArrayList<>();
      collect(root, objects);
      ObjectNode target = objects.get((int) Generate.range(0, objects.size() - 1).generate(rs).longValue());
      List<String> names = new ArrayList<>(target.propertyNames());
      String name = names.isEmpty() ? null : names.get(Generate.range(0, names.size() - 1).generate(rs));
      int mutation = Generate.range(0, names.isEmpty() ? 0 : 4).generate(rs);
      JsonNodeFactory f = JsonNodeFactory.instance;
      switch (mutation) {
        case 0: target.put("zzUnknown", 1); break;
        case 1: target.remove(name); break;
        case 2: target.set(name, f.nullNode()); break;
        case 3: target.set(name, retyped(target.get(name), f)); break;
        default: target.set(name, f.arrayNode().add(target.get(name))); break;
      }
      return STRICT.mapper().writeValueAsString(root);
    };
  }

  private static JsonNode retyped(JsonNode value, JsonNodeFactory f) {
    if (value.isString()) {
      return f.objectNode().put("value", value.asString());
    }
    if (value.isNumber() || value.isBoolean()) {
      return f.arrayNode();
    }
    return f.stringNode("x");
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode) {
      out.add((ObjectNode) node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), out);
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        collect(element, out);
      }
    }
  }

  @Test
  void bothPathsRejectTheSameBrokenDocumentsAtTheSamePlace() {
    qt().withExamples(1500).forAll(brokenCatalogs()).checkAssert(json -> {
      for (RusomsorgJson codec : List.of(STRICT, LENIENT)) {
        boolean strict = codec == STRICT;
        Object streamed = outcome(() -> CatalogReader.read(json, strict));
        Object bound = outcome(() -> codec.bind(json, Catalog.class));
        if (streamed instanceof Catalog || bound instanceof Catalog) {
          assertThat(streamed).as("strict=%s: %s", strict, json).isEqualTo(bound);
        } else {
          InvalidValueException s = (InvalidValueException) streamed;
          InvalidValueException b = (InvalidValueException) bound;
          // the same place, or a more precise one inside it (data binding sometimes stops at the object)
          assertThat(s.field()).as("strict=%s: %s vs %s", strict, s.getMessage(), b.getMessage())
              .matches(java.util.regex.Pattern.quote(b.field()) + "([.\\[].*)?");
        }
      }
    });
  }

  private static Object outcome(java.util.function.Supplier<Catalog> read) {
    try {
      return read.get();
    } catch (InvalidValueException e) {
      return e;
    }
  }

  @Test
  void theCatalogReaderDoesNotCoerceScalars() {
    qt().withExamples(50).forAll(CatalogGenerators.catalogs()).checkAssert(catalog -> {
      String json = STRICT.write(catalog);
      String numberForText = json.replaceFirst("\"dataVersion\" : \"[^\"]*\"", "\"dataVersion\" : 2026");
      assertThatThrownBy(() -> STRICT.read(numberForText, Catalog.class))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("$.dataVersion");
            assertThat(e.rule()).isEqualTo(Rule.FORMAT);
          });
      String textForDate = json.replaceFirst("\"verifiedOn\" : \"[^\"]*\"", "\"verifiedOn\" : [2026, 11, 22]");
      assertThatThrownBy(() -> STRICT.read(textForDate, Catalog.class))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("$.verifiedOn");
            assertThat(e.rule()).isEqualTo(Rule.FORMAT);
          });
    });
  }

  @Test
  void aFieldGivenTwiceIsASyntaxErrorAtItsPlace() {
    String json = "{\"dataVersion\": \"1\", \"dataVersion\": \"2\"}";
    assertThatThrownBy(() -> STRICT.read(json, Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.SYNTAX);
          assertThat(e.getMessage()).contains("dataVersion");
        });
  }

  @Test
  void emptyAndTrailingContentAreRejected() {
    assertThatThrownBy(() -> STRICT.read("", Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.REQUIRED));
    assertThatThrownBy(() -> STRICT.read("null", Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.REQUIRED));
    qt().withExamples(20).forAll(CatalogGenerators.catalogs()).checkAssert(catalog ->
        assertThatThrownBy(() -> STRICT.read(STRICT.write(catalog) + " {}", Catalog.class))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SYNTAX)));
  }
}
