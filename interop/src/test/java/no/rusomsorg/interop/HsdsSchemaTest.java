package no.rusomsorg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.register.NationalRegister;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every HSDS document the exporter writes is valid against our JSON Schema of HSDS 3.0
 * (src/test/resources/no/rusomsorg/interop/hsds-3.0.schema.json), and every reference between objects
 * points at an object of the export.
 */
class HsdsSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = load();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static JsonNode load() {
    try (InputStream in = HsdsSchemaTest.class.getResourceAsStream("hsds-3.0.schema.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema arrayOf(String type) {
    ObjectNode s = ((ObjectNode) SCHEMA.deepCopy());
    s.put("type", "array");
    s.putObject("items").put("$ref", "#/$defs/" + type);
    return REGISTRY.getSchema(s);
  }

  static List<String> problems(ExportFiles export) {
    List<String> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, String> f : export.files().entrySet()) {
      String type = f.getKey().replace(".json", "");
      JsonNode doc = JSON.readTree(f.getValue());
      arrayOf(type).validate(doc).forEach(e -> out.add(f.getKey() + ": " + e.getMessage()));
      doc.forEach(o -> assertThat(ids.add(o.get("id").asString())).as("unique id " + o.get("id")).isTrue());
    }
    for (Map.Entry<String, String> f : export.files().entrySet()) {
      for (JsonNode o : JSON.readTree(f.getValue())) {
        for (Map.Entry<String, JsonNode> field : o.properties()) {
          if (field.getKey().endsWith("_id") && !ids.contains(field.getValue().asString())) {
            out.add(f.getKey() + ": " + field.getKey() + " refers to nothing: " + field.getValue());
          }
        }
      }
    }
    return out;
  }

  @Test
  void sandnesIsValid() {
    assertThat(problems(Hsds.export(HsdsTest.SANDNES, HsdsTest.PLUGIN, HsdsTest.DAY))).isEmpty();
  }

  @Test
  void theSchemaCatchesAMissingRequiredField() {
    ExportFiles export = Hsds.export(HsdsTest.SANDNES, HsdsTest.PLUGIN, HsdsTest.DAY);
    String broken = export.file("service.json").orElseThrow().replaceFirst("\"status\" : \"active\",", "");
    Map<String, String> files = new java.util.TreeMap<>(export.files());
    files.put("service.json", broken);
    assertThat(problems(ExportFiles.of(files))).anyMatch(p -> p.startsWith("service.json") && p.contains("status"));
  }

  @Test
  void baselinesAreValid() {
    var all = NationalRegister.standard().municipalitiesOn(HsdsTest.DAY);
    for (int i = 0; i < all.size(); i += 37) {
      Catalog c = Catalogs.baseline(all.get(i), HsdsTest.DAY);
      assertThat(problems(Hsds.export(c, Catalogs.baselineProvenance(), HsdsTest.DAY))).as(c.toString()).isEmpty();
    }
  }

  @Test
  void generatedCatalogsAreValid() {
    qt().withExamples(60).withShrinkCycles(20).forAll(Catalogs.catalogs(), Catalogs.edgeDates())
        .checkAssert((c, day) -> assertThat(problems(Hsds.export(c, Provenance.plugin("generert"), day))).isEmpty());
  }
}
