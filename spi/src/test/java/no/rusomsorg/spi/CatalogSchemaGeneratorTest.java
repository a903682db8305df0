package no.rusomsorg.spi;

import static org.assertj.core.api.Assertions.assertThat;

import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generator takes the format from the model, not from the committed schema: whatever shape the
 * committed schema has drifted to, the generated one is the model's, and only the notes (descriptions,
 * value constraints) are taken over.
 */
class CatalogSchemaGeneratorTest {
  private static final JsonNode COMMITTED = RusomsorgJson.strict().mapper().readTree(
      CatalogSchemaGenerator.resource(CatalogSchemaGenerator.RESOURCE));

  private static JsonNode generateFrom(JsonNode previous) {
    String text = new CatalogSchemaGenerator(CatalogModel.introspect(Catalog.class), previous,
        CatalogSchemaGenerator.sampleDocuments()).write();
    return RusomsorgJson.strict().mapper().readTree(text);
  }

  @Test
  void theShapeComesFromTheModelWhateverTheCommittedSchemaSays() {
    ObjectNode drifted = (ObjectNode) COMMITTED.deepCopy();
    ObjectNode service = (ObjectNode) drifted.at("/$defs/Service");
    ((ObjectNode) service.get("properties")).remove("eligibility");
    ((ObjectNode) service.get("properties")).putObject("eligibilty").put("type", "string").put("description", "a typo");
    service.putArray("required").add("id");
    ((ArrayNode) drifted.at("/$defs/ServiceKind/enum")).remove(0);
    ((ArrayNode) drifted.at("/$defs/Criterion/oneOf")).remove(3);
    ((ObjectNode) drifted.at("/$defs/Criterion.MinimumAge/properties/type")).put("const", "minAge");
    ((ObjectNode) drifted.get("$defs")).remove("Criterion.Homeless");
    ((ObjectNode) drifted.at("/$defs/Validity/properties/to")).put("type", "integer");

    JsonNode generated = generateFrom(drifted);

    assertThat(generated.at("/$defs/Service/properties").has("eligibility")).isTrue();
    assertThat(generated.at("/$defs/Service/properties").has("eligibilty")).isFalse();
    assertThat(generated.at("/$defs/Service/required")).isEqualTo(COMMITTED.at("/$defs/Service/required"));
    assertThat(generated.at("/$defs/ServiceKind/enum")).isEqualTo(COMMITTED.at("/$defs/ServiceKind/enum"));
    assertThat(generated.at("/$defs/Criterion/oneOf")).isEqualTo(COMMITTED.at("/$defs/Criterion/oneOf"));
    assertThat(generated.at("/$defs/Criterion.MinimumAge/properties/type/const").asString()).isEqualTo("minimumAge");
    assertThat(generated.at("/$defs/Criterion.Homeless/properties")).isEqualTo(COMMITTED.at("/$defs/Criterion.Homeless/properties"));
    assertThat(generated.at("/$defs/Validity/properties/to")).isEqualTo(COMMITTED.at("/$defs/Validity/properties/to"));
  }

  @Test
  void notesAreKeptAndANewPropertyGetsTheDefaultsOfItsType() {
    ObjectNode bare = (ObjectNode) COMMITTED.deepCopy();
    ((ObjectNode) bare.at("/$defs/Source/properties")).remove("retrieved");
    ((ObjectNode) bare.at("/$defs/Source/properties")).remove("title");
    ((ObjectNode) bare.at("/$defs/Unit/properties")).remove("contactPoints");
    ((ObjectNode) bare.at("/$defs/Catalog/properties/dataVersion")).put("description", "a kept note");

    JsonNode generated = generateFrom(bare);

    assertThat(generated.at("/$defs/Catalog/properties/dataVersion/description").asString()).isEqualTo("a kept note");
    assertThat(generated.at("/$defs/Source/properties/retrieved")).isEqualTo(COMMITTED.at("/$defs/Source/properties/retrieved"));
    assertThat(generated.at("/$defs/Source/properties/title")).isEqualTo(COMMITTED.at("/$defs/Source/properties/title"));
    assertThat(generated.at("/$defs/Unit/properties/contactPoints")).isEqualTo(COMMITTED.at("/$defs/Unit/properties/contactPoints"));
  }
}
