package no.rusomsorg.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import no.rusomsorg.spi.CatalogModel.Kind;
import no.rusomsorg.spi.CatalogModel.ModelType;
import no.rusomsorg.spi.CatalogSchemaGenerator.Sample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds the three descriptions of the catalog format to one another (ADR 0019): the model (as
 * {@link CatalogModel} finds it through Jackson), the generated schema, and the streaming reader.
 *
 * <p>{@link CatalogSchemaUpToDateTest} makes sure the committed schema is what the generator writes;
 * these tests check what the generator promises (one {@code $defs} entry per reachable type with
 * exactly its properties, matching types, enum values and criterion type names), that the sample
 * documents use every definition and property, that the streaming reader reads them as data binding
 * does, and that broken documents fail the schema (checked by {@code com.networknt:json-schema-validator})
 * and {@link RusomsorgJson#strict()} at the same path. A field the reader does not know, or reads
 * into the wrong place, fails here.
 */
class CatalogSchemaSyncTest {
  private static final String SCHEMA = CatalogSchemaGenerator.RESOURCE;
  private static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
  private static final String UNKNOWN = "zzUnknownProperty";
  private static final JsonMapper MAPPER = RusomsorgJson.strict().mapper();

  private static final JsonNode SCHEMA_ROOT = readTree(CatalogSchemaGenerator.resource(SCHEMA));
  private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(SCHEMA_ROOT);
  private static final CatalogModel MODEL = CatalogModel.introspect(Catalog.class);
  private static final Map<String, String> DOCUMENTS = CatalogSchemaGenerator.sampleDocuments();
  private static final List<Sample> SAMPLES = CatalogSchemaGenerator.samples(DOCUMENTS, SCHEMA_ROOT);

  // ---------------------------------------------------------------- the validator's findings, as JSON paths

  /**
   * The schema's verdict on a document from {@code com.networknt:json-schema-validator}, one line per
   * finding: {@code "$.units[0].contactPoints[0].phone: unknown property"},
   * {@code "$.services[1].kind: required property missing"}, {@code "<path>: matches none of the N
   * alternatives"} (then the findings of the closest alternative), or {@code "<path>: <keyword>: <message>"}.
   */
  static List<String> validate(JsonNode document) {
    return visible(VALIDATOR.validate(document), "");
  }

  private static List<String> visible(List<com.networknt.schema.Error> errors, String prefix) {
    List<String> out = new ArrayList<>();
    for (com.networknt.schema.Error e : errors) {
      String evaluation = e.getEvaluationPath().toString();
      if (!evaluation.startsWith(prefix) || evaluation.substring(prefix.length()).contains("/oneOf/")) {
        continue; // an explanation inside an alternative: shown below for the closest one only
      }
      out.add(describe(e));
      if (e.getKeyword().equals("oneOf")) {
        Map<String, List<com.networknt.schema.Error>> branches = new TreeMap<>();
        for (com.networknt.schema.Error inner : errors) {
          String p = inner.getEvaluationPath().toString();
          if (p.startsWith(evaluation + "/")) {
            String rest = p.substring(evaluation.length() + 1);
            String branch = evaluation + "/" + rest.substring(0, rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
            branches.computeIfAbsent(branch, k -> new ArrayList<>()).add(inner);
          }
        }
        // the closest alternative: the one whose "type" name matches, else the one with the fewest findings
        String typeAt = e.getInstanceLocation() + "/type";
        branches.entrySet().stream().min(Comparator.comparingInt(b -> namesOtherType(b.getValue(), typeAt)
                * 100_000 + b.getValue().size()))
            .ifPresent(best -> out.addAll(visible(best.getValue(), best.getKey())));
      }
    }
    return out;
  }

  private static int namesOtherType(List<com.networknt.schema.Error> errors, String typeAt) {
    for (com.networknt.schema.Error e : errors) {
      if (e.getKeyword().equals("const") && e.getInstanceLocation().toString().equals(typeAt)) {
        return 1;
      }
    }
    return 0;
  }

  private static String describe(com.networknt.schema.Error e) {
    String path = jsonPath(e.getInstanceLocation().toString());
    switch (e.getKeyword()) {
      case "additionalProperties": return path + "." + e.getProperty() + ": unknown property";
      case "required": return path + "." + e.getProperty() + ": required property missing";
      case "oneOf": return path + ": matches none of the " + SCHEMA_ROOT.at("/$defs/Criterion/oneOf").size()
          + " alternatives" + (e.getMessage().contains("but 0 are valid") ? "" : " exactly: " + e.getMessage());
      default: return path + ": " + e.getKeyword() + ": " + e.getMessage();
    }
  }

  /** A JSON pointer ({@code /units/0/name}) as a JSON path ({@code $.units[0].name}). */
  static String jsonPath(String pointer) {
    StringBuilder sb = new StringBuilder("$");
    if (pointer.isEmpty() || pointer.equals("/")) {
      return sb.toString();
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      if (name.matches("0|[1-9][0-9]*")) {
        sb.append('[').append(name).append(']');
      } else {
        sb.append('.').append(name);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- definitions and properties

  private static JsonNode def(String name) {
    JsonNode def = SCHEMA_ROOT.get("$defs").get(name);
    assertThat(def).as("the schema has no $defs entry '%s'", name).isNotNull();
    return def;
  }

  private static Set<String> names(JsonNode objectOrArray) {
    Set<String> names = new TreeSet<>();
    if (objectOrArray == null) {
      return names;
    }
    if (objectOrArray.isArray()) {
      objectOrArray.forEach(n -> names.add(n.asString()));
    } else {
      names.addAll(objectOrArray.propertyNames());
    }
    return names;
  }

  private static String ref(Class<?> c) {
    return "#/$defs/" + CatalogModel.defName(c);
  }

  @Test
  void theSchemaIsDraft2020AndDescribesACatalogAtTheRoot() {
    assertThat(SCHEMA_ROOT.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA_ROOT.get("$ref").asString()).isEqualTo(ref(Catalog.class));
    Schema metaschema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(metaschema.validate(SCHEMA_ROOT)).as("the schema against the 2020-12 metaschema").isEmpty();
  }

  @Test
  void everyModelTypeHasADefinitionAndEveryDefinitionIsUsed() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (ModelType t : MODEL.types.values()) {
      Class<?> clash = byName.put(t.defName(), t.type);
      assertThat(clash).as("two model types are both called %s; give one a qualified $defs name", t.defName()).isNull();
      def(t.defName());
    }
    Set<String> referenced = new TreeSet<>();
    collectRefs(SCHEMA_ROOT, referenced);
    for (String name : names(SCHEMA_ROOT.get("$defs"))) {
      assertThat(referenced).as("$defs entry '%s' is never referenced", name).contains(name);
      if (!byName.containsKey(name)) {
        assertThat(def(name).path("type").asString())
            .as("'%s' is no model type; only string helper definitions (ids, times) may be", name).isEqualTo("string");
      }
    }
  }

  private static void collectRefs(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          into.add(CatalogSchemaGenerator.defName(e.getValue().asString()));
        } else {
          collectRefs(e.getValue(), into);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, into));
    }
  }

  @Test
  void objectDefinitionsHaveExactlyTheModelsPropertiesAndNoOthers() {
    for (ModelType t : types(Kind.OBJECT)) {
      JsonNode def = def(t.defName());
      assertThat(def.path("type").asString()).as("%s.type", t.defName()).isEqualTo("object");
      assertThat(def.path("additionalProperties").isBoolean() && !def.get("additionalProperties").booleanValue())
          .as("%s rejects unknown properties as the strict reader does", t.defName()).isTrue();
      assertThat(names(def.get("properties"))).as("properties of %s", t.defName())
          .containsExactlyInAnyOrderElementsOf(t.jsonProperties());
      assertThat(names(def.get("properties"))).as("%s: required properties are properties", t.defName())
          .containsAll(names(def.get("required")));
    }
  }

  @Test
  void propertyTypesMatchTheJavaTypes() {
    List<String> problems = new ArrayList<>();
    for (ModelType t : types(Kind.OBJECT)) {
      for (BeanProperty p : t.properties.values()) {
        JsonNode schema = def(t.defName()).get("properties").get(p.getName());
        if (schema != null) {
          match(p.getType(), p, schema, t.defName() + "." + p.getName(), problems);
        }
      }
      if (t.typeName != null) {
        JsonNode type = def(t.defName()).get("properties").get("type");
        if (type == null || !type.path("const").asString("").equals(t.typeName)) {
          problems.add(t.defName() + ".type: must be {\"const\": \"" + t.typeName + "\"}");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void match(JavaType type, BeanProperty p, JsonNode schema, String where, List<String> problems) {
    if (type.isReferenceType()) {
      match(type.getContentType(), p, schema, where, problems);
      return;
    }
    if (type.isCollectionLikeType()) {
      if (!schema.path("type").asString("").equals("array") || !schema.has("items")) {
        problems.add(where + ": a " + type.getRawClass().getSimpleName() + " is an array with items");
      } else {
        match(type.getContentType(), p, schema.get("items"), where + "[]", problems);
      }
      return;
    }
    Class<?> c = type.getRawClass();
    if (!CatalogModel.isScalar(c)) {
      if (!schema.path("$ref").asString("").equals(ref(c))) {
        problems.add(where + ": expected {\"$ref\": \"" + ref(c) + "\"} for " + c.getName());
      }
      return;
    }
    JsonNode effective = schema;
    if (schema.has("$ref")) {
      String target = CatalogSchemaGenerator.defName(schema.get("$ref").asString());
      if (MODEL.types.values().stream().anyMatch(m -> m.defName().equals(target))) {
        problems.add(where + ": a " + c.getSimpleName() + " cannot refer to the model type " + target);
        return;
      }
      effective = def(target);
    }
    String jsonType = effective.path("type").asString("");
    String expected;
    if (c == boolean.class || c == Boolean.class) {
      expected = "boolean";
    } else if (c == int.class || c == Integer.class) {
      expected = "integer";
    } else {
      expected = "string";
    }
    if (!jsonType.equals(expected)) {
      problems.add(where + ": a " + c.getSimpleName() + " has type " + expected + ", not '" + jsonType + "'");
    }
    if (c == LocalDate.class && !effective.path("format").asString("").equals("date")) {
      problems.add(where + ": a LocalDate has format date");
    }
    if (c == URI.class && !effective.path("format").asString("").equals("uri")) {
      problems.add(where + ": a URI has format uri");
    }
    if (c == LocalTime.class) {
      JsonFormat format = p.getAnnotation(JsonFormat.class);
      if (format == null || !format.pattern().equals("HH:mm")) {
        problems.add(where + ": the schema only knows LocalTime written as HH:mm; extend the schema and this test");
      }
      if (!effective.path("pattern").asString("").equals(TIME_PATTERN)) {
        problems.add(where + ": a time has the pattern " + TIME_PATTERN);
      }
    }
  }

  @Test
  void enumDefinitionsListExactlyTheConstantsByName() {
    for (ModelType t : types(Kind.ENUM)) {
      JsonNode def = def(t.defName());
      assertThat(def.path("type").asString()).as("%s.type", t.defName()).isEqualTo("string");
      List<String> values = new ArrayList<>();
      def.path("enum").forEach(v -> values.add(v.asString()));
      assertThat(values).as("enum of %s", t.defName()).containsExactlyElementsOf(
          Arrays.stream(t.type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.toList()));
    }
  }

  @Test
  void valueTypesWrittenAsTextAreStrings() {
    assertThat(types(Kind.STRING)).extracting(ModelType::defName)
        .contains("MunicipalityNumber", "PhoneNumber", "EmailAddress");
    for (ModelType t : types(Kind.STRING)) {
      assertThat(def(t.defName()).path("type").asString()).as("%s.type", t.defName()).isEqualTo("string");
    }
  }

  @Test
  void theCriterionUnionHasOneBranchPerTypeName() {
    assertThat(types(Kind.UNION)).extracting(t -> (Object) t.type).containsExactly(Criterion.class);
    for (ModelType union : types(Kind.UNION)) {
      JsonNode def = def(union.defName());
      assertThat(names(def)).as("%s is only a oneOf", union.defName()).containsExactlyInAnyOrder("description", "oneOf");
      List<String> branches = new ArrayList<>();
      def.get("oneOf").forEach(b -> branches.add(b.path("$ref").asString()));
      assertThat(branches).containsExactlyInAnyOrderElementsOf(
          union.subtypes.values().stream().map(CatalogSchemaSyncTest::ref).collect(Collectors.toList()));
      assertThat(union.subtypes.values()).as("every concrete permitted subtype has a type name")
          .containsExactlyInAnyOrderElementsOf(concretePermitted(union.type));
      for (Class<?> sub : union.subtypes.values()) {
        assertThat(names(def(CatalogModel.defName(sub)).get("required"))).as("%s requires its type", sub).contains("type");
      }
    }
  }

  private static Set<Class<?>> concretePermitted(Class<?> sealed) {
    Set<Class<?>> out = new LinkedHashSet<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.isInterface()) {
        out.addAll(concretePermitted(c));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static List<ModelType> types(Kind kind) {
    return MODEL.types.values().stream().filter(t -> t.kind == kind).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- samples from real documents

  private static List<Sample> samplesOf(String def) {
    return SAMPLES.stream().filter(s -> s.def.equals(def)).collect(Collectors.toList());
  }

  @Test
  void theSampleDocumentsUseEveryDefinitionAndEveryProperty() {
    for (ModelType t : MODEL.types.values()) {
      if (t.kind == Kind.OBJECT) {
        List<Sample> samples = samplesOf(t.defName());
        assertThat(samples).as("no sample document has a %s", t.defName()).isNotEmpty();
        Set<String> used = new TreeSet<>();
        samples.forEach(s -> used.addAll(s.node.propertyNames()));
        assertThat(used).as("properties of %s used by some sample", t.defName())
            .containsAll(names(def(t.defName()).get("properties")));
      }
    }
  }

  @Test
  void theStrictReaderKnowsExactlyTheSchemasProperties() {
    for (ModelType t : types(Kind.OBJECT)) {
      Sample s = samplesOf(t.defName()).get(0);
      ObjectNode withUnknown = (ObjectNode) s.node.deepCopy();
      withUnknown.put(UNKNOWN, 1);
      try {
        MAPPER.readValue(withUnknown.toString(), t.readAs());
        fail("the strict mapper accepted an unknown property in " + s);
      } catch (UnrecognizedPropertyException e) {
        Set<String> known = e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>(names(def(t.defName()).get("properties")));
        if (t.typeName != null) {
          expected.remove("type");
        }
        assertThat(known).as("properties the strict reader accepts for %s", t.defName())
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  /** The streaming reader and data binding read every sample document to the same catalog. */
  @Test
  void theStreamingReaderReadsTheSampleDocumentsAsDataBindingDoes() {
    DOCUMENTS.forEach((name, text) -> assertThat(RusomsorgJson.strict().read(text, Catalog.class)).as(name)
        .isEqualTo(MAPPER.readValue(text, Catalog.class)));
  }

  // ---------------------------------------------------------------- documents against the schema

  @Test
  void theSampleDocumentsPassTheSchemaAndTheStrictReader() {
    assertThat(DOCUMENTS).hasSize(4);
    DOCUMENTS.forEach((name, text) -> {
      assertThat(validate(readTree(text))).as(name).isEmpty();
      assertThat(RusomsorgJson.strict().read(text, Catalog.class)).as(name).isNotNull();
    });
  }

  @Test
  void aMisspeltFieldFailsTheSchemaAndTheStrictReader() {
    ObjectNode doc = (ObjectNode) readTree(DOCUMENTS.get("fjellvik.json"));
    ObjectNode contact = (ObjectNode) doc.at("/units/0/contactPoints/0");
    contact.set("phone", contact.remove("phones"));
    assertThat(validate(doc)).containsExactly("$.units[0].contactPoints[0].phone: unknown property");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc.toString(), Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
          assertThat(e.field()).isEqualTo("$.units[0].contactPoints[0].phone");
        });
  }

  @Test
  void aMissingRequiredFieldFailsTheSchemaAndTheStrictReader() {
    ObjectNode doc = (ObjectNode) readTree(DOCUMENTS.get("fjellvik.json"));
    ((ObjectNode) doc.at("/services/1")).remove("kind");
    assertThat(validate(doc)).containsExactly("$.services[1].kind: required property missing");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc.toString(), Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
          assertThat(e.field()).startsWith("$.services[1]");
        });
  }

  @Test
  void anUnknownCriterionTypeOrAWrongValueFailsTheSchema() {
    ObjectNode doc = (ObjectNode) readTree(DOCUMENTS.get("catalog-every-field.json"));
    ((ObjectNode) doc.at("/services/1/eligibility")).put("type", "relative");
    assertThat(validate(doc)).first().asString().startsWith("$.services[1].eligibility: matches none");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc.toString(), Catalog.class))
        .isInstanceOf(InvalidValueException.class);

    ObjectNode doc2 = (ObjectNode) readTree(DOCUMENTS.get("catalog-every-field.json"));
    ((ObjectNode) doc2.at("/units/0/contactPoints/0/openingHours/periods/0")).put("opens", "8:00");
    ((ObjectNode) doc2.at("/services/0")).put("kind", "SAUNA");
    ((ObjectNode) doc2.at("/services/0/responsePromises/0")).put("min", "0");
    ((ObjectNode) doc2.at("/sources/0")).put("verifiedOn", "2026-02-30");
    assertThat(validate(doc2)).hasSize(4).anyMatch(e -> e.startsWith("$.units[0].contactPoints[0].openingHours.periods[0].opens"))
        .anyMatch(e -> e.startsWith("$.services[0].kind")).anyMatch(e -> e.startsWith("$.services[0].responsePromises[0].min"))
        .anyMatch(e -> e.startsWith("$.sources[0].verifiedOn"));
  }

  /** Any object of the sample documents: an unknown property is rejected by both, at its path. */
  @Test
  void anUnknownPropertyAnywhereFailsBoth() {
    qt().withExamples(300).forAll(integers().between(0, SAMPLES.size() - 1), integers().between(0, 999))
        .checkAssert((index, suffix) -> {
          Sample s = SAMPLES.get(index);
          ObjectNode doc = (ObjectNode) readTree(DOCUMENTS.get(s.document));
          String name = "x" + suffix;
          ((ObjectNode) doc.at(s.pointer)).put(name, true);
          List<String> errors = validate(doc);
          assertThat(errors).as(s.toString()).contains(s.path + "." + name + ": unknown property")
              .allMatch(m -> m.equals(s.path + "." + name + ": unknown property")
                  || m.contains(": matches none of the ") && s.path.startsWith(m.substring(0, m.indexOf(": "))));
          InvalidValueException e = CatalogSchemaGenerator.readError(doc.toString(), Catalog.class);
          assertThat(e).as(s.toString()).isNotNull();
          assertThat(e.rule()).as(s.toString()).isEqualTo(Rule.UNKNOWN_PROPERTY);
          assertThat(e.field()).as(s.toString()).isEqualTo(s.path + "." + name);
        });
  }

  /** Any object of the sample documents: removing one of its required properties is rejected by both. */
  @Test
  void aMissingRequiredPropertyAnywhereFailsBoth() {
    List<Sample> withRequired = SAMPLES.stream().filter(s -> def(s.def).has("required")).collect(Collectors.toList());
    qt().withExamples(300).forAll(integers().between(0, withRequired.size() - 1), integers().between(0, 99))
        .checkAssert((index, pick) -> {
          Sample s = withRequired.get(index);
          List<String> required = new ArrayList<>(names(def(s.def).get("required")));
          String property = required.get(pick % required.size());
          ObjectNode doc = (ObjectNode) readTree(DOCUMENTS.get(s.document));
          ((ObjectNode) doc.at(s.pointer)).remove(property);
          assertThat(validate(doc)).as(s + " without " + property)
              .contains(s.path + "." + property + ": required property missing");
          InvalidValueException e = CatalogSchemaGenerator.readError(doc.toString(), Catalog.class);
          assertThat(e).as(s + " without " + property).isNotNull();
          assertThat(e.field()).as(s + " without " + property).startsWith(s.path);
        });
  }

  // ---------------------------------------------------------------- helpers

  private static JsonNode readTree(String json) {
    return MAPPER.readTree(json);
  }
}
