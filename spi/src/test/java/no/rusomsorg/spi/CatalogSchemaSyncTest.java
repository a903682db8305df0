package no.rusomsorg.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code municipality-catalog.schema.json} in step with the model.
 *
 * <p>The model side is found by Jackson itself: starting from {@link Catalog}, the strict mapper's
 * format visitor lists each type's JSON properties and their Java types, enums give their constants,
 * and {@code @JsonSubTypes} gives the criterion type names. The schema must then have exactly one
 * {@code $defs} entry per reachable type with exactly those properties, matching types and enum
 * values; its {@code required} lists must be exactly what the builders require (found by removing
 * each property from real documents and reading them back); and documents must pass or fail the
 * schema (checked by {@link SchemaChecker}) in agreement with {@link RusomsorgJson#strict()}.
 */
class CatalogSchemaSyncTest {
  private static final String SCHEMA = "/no/rusomsorg/spi/municipality-catalog.schema.json";
  private static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
  private static final String UNKNOWN = "zzUnknownProperty";
  private static final JsonMapper MAPPER = RusomsorgJson.strict().mapper();

  private static final JsonNode SCHEMA_ROOT = readTree(resource(SCHEMA));
  private static final SchemaChecker CHECKER = new SchemaChecker(SCHEMA_ROOT);
  private static final Model MODEL = Model.introspect(Catalog.class);
  private static final Map<String, String> DOCUMENTS = documents();
  private static final List<Sample> SAMPLES = samples();

  // ---------------------------------------------------------------- the model, as Jackson sees it

  enum Kind { OBJECT, ENUM, STRING, UNION }

  /** One model type reachable from Catalog. */
  static final class ModelType {
    final Class<?> type;
    final Kind kind;
    final Map<String, BeanProperty> properties = new LinkedHashMap<>();
    final Map<String, Class<?>> subtypes = new LinkedHashMap<>();
    String typeName;

    ModelType(Class<?> type, Kind kind) {
      this.type = type;
      this.kind = kind;
    }

    String defName() {
      return Model.defName(type);
    }

    /** The JSON property names, including the type discriminator of a union member. */
    Set<String> jsonProperties() {
      Set<String> names = new LinkedHashSet<>();
      if (typeName != null) {
        names.add("type");
      }
      names.addAll(properties.keySet());
      return names;
    }

    /** The class to read a standalone sample of this type as. */
    Class<?> readAs() {
      return typeName != null ? MODEL.unionOf(type).type : type;
    }
  }

  static final class Model {
    final Map<Class<?>, ModelType> types = new LinkedHashMap<>();

    static String defName(Class<?> c) {
      return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
    }

    static Model introspect(Class<?> root) {
      Model model = new Model();
      Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
      while (!todo.isEmpty()) {
        Class<?> c = todo.poll();
        if (model.types.containsKey(c)) {
          continue;
        }
        ModelType t = model.describe(c);
        model.types.put(c, t);
        t.properties.values().forEach(p -> {
          Class<?> leaf = leaf(p.getType()).getRawClass();
          if (!isScalar(leaf)) {
            todo.add(leaf);
          }
        });
        todo.addAll(t.subtypes.values());
      }
      for (ModelType union : model.types.values()) {
        union.subtypes.forEach((name, sub) -> model.types.get(sub).typeName = name);
      }
      return model;
    }

    ModelType unionOf(Class<?> member) {
      return types.values().stream().filter(t -> t.subtypes.containsValue(member)).findFirst().orElseThrow();
    }

    private ModelType describe(Class<?> c) {
      if (c.isEnum()) {
        return new ModelType(c, Kind.ENUM);
      }
      if (c.isAnnotationPresent(JsonTypeInfo.class)) {
        JsonTypeInfo info = c.getAnnotation(JsonTypeInfo.class);
        assertThat(info.use()).as("%s: type ids are names", c).isEqualTo(JsonTypeInfo.Id.NAME);
        assertThat(info.property()).as("%s: the discriminator", c).isEqualTo("type");
        ModelType union = new ModelType(c, Kind.UNION);
        for (JsonSubTypes.Type sub : c.getAnnotation(JsonSubTypes.class).value()) {
          union.subtypes.put(sub.name(), sub.value());
        }
        return union;
      }
      ModelType[] result = new ModelType[1];
      MAPPER.acceptJsonFormatVisitor(c, new JsonFormatVisitorWrapper.Base() {
        @Override
        public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
          ModelType t = new ModelType(c, Kind.OBJECT);
          result[0] = t;
          return new JsonObjectFormatVisitor.Base(getContext()) {
            @Override
            public void property(BeanProperty p) {
              t.properties.put(p.getName(), p);
            }

            @Override
            public void optionalProperty(BeanProperty p) {
              t.properties.put(p.getName(), p);
            }
          };
        }

        @Override
        public JsonStringFormatVisitor expectStringFormat(JavaType type) {
          result[0] = new ModelType(c, Kind.STRING);
          return null;
        }
      });
      assertThat(result[0]).as("Jackson writes %s as neither an object nor a string; extend this test", c).isNotNull();
      return result[0];
    }
  }

  /** The element type under Optional and collections. */
  static JavaType leaf(JavaType t) {
    while (t.isReferenceType() || t.isCollectionLikeType()) {
      t = t.getContentType();
    }
    return t;
  }

  static boolean isScalar(Class<?> c) {
    return c == String.class || c == boolean.class || c == Boolean.class || c == int.class || c == Integer.class
        || c == LocalDate.class || c == LocalTime.class || c == URI.class;
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
    return "#/$defs/" + Model.defName(c);
  }

  @Test
  void theSchemaIsDraft2020AndDescribesACatalogAtTheRoot() {
    assertThat(SCHEMA_ROOT.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA_ROOT.get("$ref").asString()).isEqualTo(ref(Catalog.class));
    assertThat(CHECKER.unsupportedKeywords()).as("keywords the in-test checker does not check").isEmpty();
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
          into.add(SchemaChecker.defName(e.getValue().asString()));
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
    if (!isScalar(c)) {
      if (!schema.path("$ref").asString("").equals(ref(c))) {
        problems.add(where + ": expected {\"$ref\": \"" + ref(c) + "\"} for " + c.getName());
      }
      return;
    }
    JsonNode effective = schema;
    if (schema.has("$ref")) {
      String target = SchemaChecker.defName(schema.get("$ref").asString());
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
        assertThat(names(def(Model.defName(sub)).get("required"))).as("%s requires its type", sub).contains("type");
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

  /** An object in a document, with the $defs entry that describes it. */
  static final class Sample {
    final String document;
    final String pointer;
    final String path;
    final String def;
    final JsonNode node;

    Sample(String document, String pointer, String path, String def, JsonNode node) {
      this.document = document;
      this.pointer = pointer;
      this.path = path;
      this.def = def;
      this.node = node;
    }

    @Override
    public String toString() {
      return document + " " + path + " (" + def + ")";
    }
  }

  private static Map<String, String> documents() {
    Map<String, String> docs = new LinkedHashMap<>();
    try {
      docs.put("golden catalog-sandnes.json", Files.readString(
          Path.of("..", "core", "src", "test", "resources", "golden", "catalog-sandnes.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    docs.put("fjellvik.json", resource("/META-INF/rusomsorg/fjellvik.json"));
    docs.put("elvestad.json", resource("/META-INF/rusomsorg/elvestad.json"));
    docs.put("catalog-every-field.json", resource("/schema/catalog-every-field.json"));
    return docs;
  }

  private static List<Sample> samples() {
    List<Sample> out = new ArrayList<>();
    DOCUMENTS.forEach((name, text) -> walk(name, readTree(text), SCHEMA_ROOT, "", "$", out));
    return out;
  }

  private static void walk(String doc, JsonNode node, JsonNode schema, String pointer, String path, List<Sample> out) {
    if (schema.has("$ref")) {
      String name = SchemaChecker.defName(schema.get("$ref").asString());
      JsonNode def = def(name);
      if (def.has("oneOf") && node.isObject()) {
        for (JsonNode branch : def.get("oneOf")) {
          String member = SchemaChecker.defName(branch.get("$ref").asString());
          if (def(member).path("properties").path("type").path("const").equals(node.get("type"))) {
            walk(doc, node, branch, pointer, path, out);
          }
        }
        return;
      }
      if (node.isObject() && def.path("type").asString("").equals("object")) {
        out.add(new Sample(doc, pointer, path, name, node));
      }
      walk(doc, node, def, pointer, path, out);
      return;
    }
    if (node.isObject() && schema.has("properties")) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode sub = schema.get("properties").get(e.getKey());
        if (sub != null) {
          walk(doc, e.getValue(), sub, pointer + "/" + e.getKey(), path + "." + e.getKey(), out);
        }
      }
    }
    if (node.isArray() && schema.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        walk(doc, node.get(i), schema.get("items"), pointer + "/" + i, path + "[" + i + "]", out);
      }
    }
  }

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

  /**
   * The {@code required} list of each object definition is exactly the set of properties without
   * which a value can never be read: the builder (or the record's constructor) reports the value as
   * missing, or the value's own check reports it as {@link Rule#REQUIRED} (a municipality's number
   * periods). A property is shown to be optional by a valid sample document without it, or by its
   * removal from every sample never being reported as missing.
   */
  @Test
  void requiredListsAreWhatTheBuildersRequire() {
    List<String> problems = new ArrayList<>();
    for (ModelType t : types(Kind.OBJECT)) {
      JsonNode def = def(t.defName());
      Set<String> required = names(def.get("required"));
      for (String property : t.jsonProperties()) {
        List<Sample> samples = samplesOf(t.defName());
        List<Sample> without = samples.stream().filter(s -> !s.node.has(property)).collect(Collectors.toList());
        List<String> reportedMissing = new ArrayList<>();
        List<String> notReportedMissing = new ArrayList<>();
        for (Sample s : samples) {
          if (s.node.has(property)) {
            ObjectNode removed = (ObjectNode) s.node.deepCopy();
            removed.remove(property);
            InvalidValueException error = readError(removed.toString(), t.readAs());
            (error != null && reportsMissing(error, property, t) ? reportedMissing : notReportedMissing)
                .add(s + " -> " + error);
          }
        }
        if (required.contains(property)) {
          without.forEach(s -> problems.add(s + " is valid without required '" + property + "'"));
          notReportedMissing.forEach(s -> problems.add(s + ": without required '" + property + "' not reported as missing"));
        } else if (without.isEmpty() && !reportedMissing.isEmpty()) {
          problems.add(t.defName() + "." + property + " is reported as missing when left out, so the schema must require it: "
              + reportedMissing.get(0));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static InvalidValueException readError(String json, Class<?> type) {
    try {
      RusomsorgJson.strict().read(json, type);
      return null;
    } catch (InvalidValueException e) {
      return e;
    }
  }

  private static boolean reportsMissing(InvalidValueException e, String property, ModelType t) {
    if (t.typeName != null && property.equals("type")) {
      return e.field().equals("$");
    }
    if (e.field().equals("$." + property) && (e.rule() == Rule.REQUIRED || t.type.isRecord() && e.rule() == Rule.FORMAT)) {
      return true;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InvalidValueException.MissingValue && ((InvalidValueException) c).field().equals(property)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- documents against the schema

  @Test
  void theSampleDocumentsPassTheSchemaAndTheStrictReader() {
    assertThat(DOCUMENTS).hasSize(4);
    DOCUMENTS.forEach((name, text) -> {
      assertThat(CHECKER.validate(readTree(text))).as(name).isEmpty();
      assertThat(RusomsorgJson.strict().read(text, Catalog.class)).as(name).isNotNull();
    });
  }

  @Test
  void aMisspeltFieldFailsTheSchemaAndTheStrictReader() {
    ObjectNode doc = (ObjectNode) readTree(DOCUMENTS.get("fjellvik.json"));
    ObjectNode contact = (ObjectNode) doc.at("/units/0/contactPoints/0");
    contact.set("phone", contact.remove("phones"));
    assertThat(CHECKER.validate(doc)).containsExactly("$.units[0].contactPoints[0].phone: unknown property");
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
    assertThat(CHECKER.validate(doc)).containsExactly("$.services[1].kind: required property missing");
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
    assertThat(CHECKER.validate(doc)).first().asString().startsWith("$.services[1].eligibility: matches none");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc.toString(), Catalog.class))
        .isInstanceOf(InvalidValueException.class);

    ObjectNode doc2 = (ObjectNode) readTree(DOCUMENTS.get("catalog-every-field.json"));
    ((ObjectNode) doc2.at("/units/0/contactPoints/0/openingHours/periods/0")).put("opens", "8:00");
    ((ObjectNode) doc2.at("/services/0")).put("kind", "SAUNA");
    ((ObjectNode) doc2.at("/services/0/responsePromises/0")).put("min", "0");
    ((ObjectNode) doc2.at("/sources/0")).put("verifiedOn", "2026-02-30");
    assertThat(CHECKER.validate(doc2)).hasSize(4).anyMatch(e -> e.startsWith("$.units[0].contactPoints[0].openingHours.periods[0].opens"))
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
          List<String> errors = CHECKER.validate(doc);
          assertThat(errors).as(s.toString()).contains(s.path + "." + name + ": unknown property")
              .allMatch(m -> m.equals(s.path + "." + name + ": unknown property")
                  || m.contains(": matches none of the ") && s.path.startsWith(m.substring(0, m.indexOf(": "))));
          InvalidValueException e = readError(doc.toString(), Catalog.class);
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
          assertThat(CHECKER.validate(doc)).as(s + " without " + property)
              .contains(s.path + "." + property + ": required property missing");
          InvalidValueException e = readError(doc.toString(), Catalog.class);
          assertThat(e).as(s + " without " + property).isNotNull();
          assertThat(e.field()).as(s + " without " + property).startsWith(s.path);
        });
  }

  // ---------------------------------------------------------------- helpers

  private static String resource(String name) {
    try (InputStream in = CatalogSchemaSyncTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(String json) {
    return MAPPER.readTree(json);
  }
}
