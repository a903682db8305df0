package no.rusomsorg.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.spi.CatalogModel.Kind;
import no.rusomsorg.spi.CatalogModel.ModelType;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code municipality-catalog.schema.json} from the model (ADR 0019).
 *
 * <p>What the schema says about the <em>shape</em> of the format is generated: the definitions (one per
 * model type reachable from {@link Catalog}, found by {@link CatalogModel}), each object's properties
 * and their JSON types, references and list types, {@code required} (the properties without which the
 * builders reject a value, found by removing each property from the sample documents and reading them
 * back), {@code additionalProperties: false}, the enums' constants and the criterion union's branches
 * and type names. What the model cannot say is kept from the committed schema: descriptions, and value
 * constraints the builders check in code (patterns, lengths, minimum and maximum), keyed by definition
 * and property. A new property gets a default for its Java type (a date's pattern, a text's
 * {@code minLength}, a list's {@code maxItems}); a removed one disappears with its notes.
 *
 * <p>{@link CatalogSchemaUpToDateTest} fails when the committed schema differs from what this writes;
 * run it with {@code -Dschema.write=true} to rewrite the file.
 */
final class CatalogSchemaGenerator {
  static final String RESOURCE = "/no/rusomsorg/spi/municipality-catalog.schema.json";
  static final Path SOURCE = Path.of("src", "main", "resources", "no", "rusomsorg", "spi", "municipality-catalog.schema.json");
  static final String DATE_PATTERN = "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String TIME_DEF = "Time";
  static final int MAX_ITEMS = 2000;
  /** Keywords of a property or definition that the generator writes; every other keyword is a kept note. */
  private static final Set<String> STRUCTURAL = Set.of("type", "$ref", "items", "format", "enum", "const", "oneOf",
      "properties", "required", "additionalProperties");

  private static final JsonMapper MAPPER = RusomsorgJson.strict().mapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final CatalogModel model;
  private final JsonNode previous;
  private final Map<String, String> documents;

  CatalogSchemaGenerator(CatalogModel model, JsonNode previous, Map<String, String> documents) {
    this.model = model;
    this.previous = previous;
    this.documents = documents;
  }

  /** The sample documents: together they use every definition and every property (checked by the sync test). */
  static Map<String, String> sampleDocuments() {
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

  static String resource(String name) {
    try (InputStream in = CatalogSchemaGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema for today's model, with the notes of the committed schema. */
  static String generate() {
    return new CatalogSchemaGenerator(CatalogModel.introspect(Catalog.class), MAPPER.readTree(resource(RESOURCE)),
        sampleDocuments()).write();
  }

  String write() {
    ObjectNode root = F.objectNode();
    for (String k : List.of("$schema", "$id", "title", "description")) {
      if (previous.has(k)) {
        root.set(k, previous.get(k));
      }
    }
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", CatalogModel.ref(Catalog.class));
    ObjectNode defs = root.putObject("$defs");
    JsonNode oldDefs = previous.path("$defs");
    // the committed order first, so that a change of the model changes only its own lines
    for (String name : oldDefs.propertyNames()) {
      ModelType t = model.byDefName(name);
      if (t != null) {
        defs.set(name, definition(t));
      } else {
        defs.set(name, oldDefs.get(name)); // a helper, or gone: decided below
      }
    }
    for (ModelType t : model.types.values()) {
      if (!defs.has(t.defName())) {
        defs.set(t.defName(), definition(t));
      }
    }
    // helper definitions (ids, times) that the kept notes refer to
    Set<String> referenced = new LinkedHashSet<>();
    for (ModelType t : model.types.values()) {
      collectRefs(defs.get(t.defName()), referenced);
    }
    for (String name : oldDefs.propertyNames()) {
      if (model.byDefName(name) == null && !referenced.contains(name)) {
        defs.remove(name); // a model type that is gone, or a helper no longer used
      }
    }
    if (referenced.contains(TIME_DEF) && !defs.has(TIME_DEF)) {
      defs.putObject(TIME_DEF).put("description", "A time of day in whole minutes, HH:mm.").put("type", "string")
          .put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9]$");
    }
    for (ModelType t : model.types.values()) {
      if (t.kind == Kind.OBJECT) {
        ObjectNode def = (ObjectNode) defs.get(t.defName());
        ArrayNode required = F.arrayNode();
        for (String p : required(t, root)) {
          required.add(p);
        }
        ObjectNode reordered = F.objectNode();
        def.properties().forEach(e -> {
          if (!e.getKey().equals("additionalProperties")) {
            reordered.set(e.getKey(), e.getValue());
          }
        });
        if (!required.isEmpty()) {
          reordered.set("required", required);
        }
        reordered.put("additionalProperties", false);
        defs.set(t.defName(), reordered);
      }
    }
    StringBuilder sb = new StringBuilder();
    pretty(root, 0, sb);
    return sb.append('\n').toString();
  }

  /**
   * Merges the generated keywords with the kept notes of the committed entry: in the committed
   * entry's order, a structural keyword replaced by the generated one (or dropped when no longer
   * generated), a note kept; then the generated keywords that are new.
   */
  private static ObjectNode notes(JsonNode old, ObjectNode generated) {
    if (old == null || !old.isObject()) {
      return generated;
    }
    ObjectNode out = F.objectNode();
    old.properties().forEach(e -> {
      if (!STRUCTURAL.contains(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      } else if (generated.has(e.getKey())) {
        out.set(e.getKey(), generated.get(e.getKey()));
      }
    });
    generated.properties().forEach(e -> {
      if (!out.has(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  private ObjectNode definition(ModelType t) {
    JsonNode old = previous.path("$defs").get(t.defName());
    ObjectNode def = F.objectNode();
    if (old != null && old.has("description")) {
      def.set("description", old.get("description"));
    }
    switch (t.kind) {
      case ENUM: {
        def.put("type", "string");
        ArrayNode values = def.putArray("enum");
        for (Object c : t.type.getEnumConstants()) {
          values.add(((Enum<?>) c).name());
        }
        return notes(old, def);
      }
      case STRING:
        def.put("type", "string");
        return notes(old, def);
      case UNION: {
        ArrayNode branches = def.putArray("oneOf");
        for (Class<?> sub : t.subtypes.values()) {
          branches.addObject().put("$ref", CatalogModel.ref(sub));
        }
        return def;
      }
      default: {
        def.put("type", "object");
        ObjectNode properties = def.putObject("properties");
        JsonNode oldProperties = old == null ? null : old.get("properties");
        if (t.typeName != null) {
          properties.putObject("type").put("const", t.typeName);
        }
        for (BeanProperty p : t.properties.values()) {
          JsonNode oldProperty = oldProperties == null ? null : oldProperties.get(p.getName());
          properties.set(p.getName(), property(p.getType(), p, oldProperty));
        }
        return notes(old, def);
      }
    }
  }

  /** A property's schema: generated from its Java type, with the kept notes. */
  private ObjectNode property(JavaType type, BeanProperty p, JsonNode old) {
    if (type.isReferenceType()) {
      return property(type.getContentType(), p, old);
    }
    ObjectNode out = F.objectNode();
    if (type.isCollectionLikeType()) {
      out.put("type", "array");
      if (old == null || !old.has("maxItems")) {
        out.put("maxItems", MAX_ITEMS);
      }
      out.set("items", property(type.getContentType(), p, old == null ? null : old.get("items")));
      return notes(old, out);
    }
    Class<?> c = type.getRawClass();
    if (!CatalogModel.isScalar(c)) {
      out.put("$ref", CatalogModel.ref(c));
      return notes(old, out);
    }
    if (old != null && old.has("$ref") && model.byDefName(defName(old.get("$ref").asString())) == null) {
      return (ObjectNode) old.deepCopy(); // a helper definition such as Id or Time: a kept note
    }
    if (c == LocalTime.class) {
      out.put("$ref", "#/$defs/" + TIME_DEF);
      return notes(old, out);
    }
    if (c == boolean.class || c == Boolean.class) {
      out.put("type", "boolean");
    } else if (c == int.class || c == Integer.class) {
      out.put("type", "integer");
    } else {
      out.put("type", "string");
      if (c == LocalDate.class) {
        out.put("format", "date");
        if (old == null) {
          out.put("pattern", DATE_PATTERN);
        }
      } else if (c == URI.class) {
        out.put("format", "uri");
      } else if (old == null) {
        out.put("minLength", 1);
      }
    }
    return notes(old, out);
  }

  static String defName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static void collectRefs(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          into.add(defName(e.getValue().asString()));
        } else {
          collectRefs(e.getValue(), into);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, into));
    }
  }

  // ---------------------------------------------------------------- required: what the builders require

  /** An object in a sample document, with the definition that describes it. */
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

  /** Every object of the documents, with its definition in {@code schema}. */
  static List<Sample> samples(Map<String, String> documents, JsonNode schema) {
    List<Sample> out = new ArrayList<>();
    documents.forEach((name, text) -> walk(name, MAPPER.readTree(text), schema, schema, "", "$", out));
    return out;
  }

  private static void walk(String doc, JsonNode node, JsonNode root, JsonNode schema, String pointer, String path,
      List<Sample> out) {
    if (schema.has("$ref")) {
      String name = defName(schema.get("$ref").asString());
      JsonNode def = root.get("$defs").get(name);
      if (def.has("oneOf") && node.isObject()) {
        for (JsonNode branch : def.get("oneOf")) {
          String member = defName(branch.get("$ref").asString());
          if (root.get("$defs").get(member).path("properties").path("type").path("const").equals(node.get("type"))) {
            walk(doc, node, root, branch, pointer, path, out);
          }
        }
        return;
      }
      if (node.isObject() && def.path("type").asString("").equals("object")) {
        out.add(new Sample(doc, pointer, path, name, node));
      }
      walk(doc, node, root, def, pointer, path, out);
      return;
    }
    if (node.isObject() && schema.has("properties")) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode sub = schema.get("properties").get(e.getKey());
        if (sub != null) {
          walk(doc, e.getValue(), root, sub, pointer + "/" + e.getKey(), path + "." + e.getKey(), out);
        }
      }
    }
    if (node.isArray() && schema.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        walk(doc, node.get(i), root, schema.get("items"), pointer + "/" + i, path + "[" + i + "]", out);
      }
    }
  }

  /**
   * The properties without which a value of {@code t} can never be read: no sample is valid without
   * it, and removing it from a sample is reported as a missing value (by the builder, the record's
   * constructor, or the value's own check with {@link Rule#REQUIRED}).
   */
  private List<String> required(ModelType t, JsonNode schema) {
    List<Sample> samples = new ArrayList<>();
    for (Sample s : samples(documents, schema)) {
      if (s.def.equals(t.defName())) {
        samples.add(s);
      }
    }
    List<String> required = new ArrayList<>();
    for (String property : t.jsonProperties()) {
      boolean someLack = false;
      boolean reportedMissing = false;
      for (Sample s : samples) {
        if (!s.node.has(property)) {
          someLack = true;
        } else {
          ObjectNode removed = (ObjectNode) s.node.deepCopy();
          removed.remove(property);
          InvalidValueException error = readError(removed.toString(), t.readAs());
          reportedMissing |= error != null && reportsMissing(error, property, t);
        }
      }
      if (!someLack && reportedMissing) {
        required.add(property);
      }
    }
    return required;
  }

  static InvalidValueException readError(String json, Class<?> type) {
    try {
      RusomsorgJson.strict().read(json, type);
      return null;
    } catch (InvalidValueException e) {
      return e;
    }
  }

  static boolean reportsMissing(InvalidValueException e, String property, ModelType t) {
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

  // ---------------------------------------------------------------- layout

  /**
   * The committed layout: the root, {@code $defs}, each definition, each {@code properties} object and
   * each {@code oneOf} one entry per line; everything below on one line.
   */
  private static void pretty(JsonNode node, int depth, StringBuilder sb) {
    String pad = "  ".repeat(depth);
    sb.append("{\n");
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, JsonNode> e = entries.get(i);
      sb.append(pad).append("  ").append(MAPPER.writeValueAsString(e.getKey())).append(": ");
      JsonNode v = e.getValue();
      boolean expand = v.isObject() && (depth < 2 || e.getKey().equals("properties"));
      if (expand) {
        pretty(v, depth + 1, sb);
      } else if (v.isArray() && e.getKey().equals("oneOf")) {
        sb.append("[\n");
        for (int j = 0; j < v.size(); j++) {
          sb.append(pad).append("    ");
          inline(v.get(j), sb);
          sb.append(j + 1 < v.size() ? ",\n" : "\n");
        }
        sb.append(pad).append("  ]");
      } else {
        inline(v, sb);
      }
      sb.append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    sb.append(pad).append('}');
  }

  private static void inline(JsonNode v, StringBuilder sb) {
    if (v.isObject()) {
      sb.append("{ ");
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        sb.append(first ? "" : ", ").append(MAPPER.writeValueAsString(e.getKey())).append(": ");
        inline(e.getValue(), sb);
        first = false;
      }
      sb.append(" }");
    } else if (v.isArray()) {
      sb.append('[');
      for (int i = 0; i < v.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        inline(v.get(i), sb);
      }
      sb.append(']');
    } else {
      sb.append(MAPPER.writeValueAsString(v));
    }
  }
}
