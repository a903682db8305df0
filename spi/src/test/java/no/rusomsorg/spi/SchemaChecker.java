package no.rusomsorg.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A tiny JSON Schema (2020-12) checker for exactly the subset of keywords that
 * {@code municipality-catalog.schema.json} uses, so that the tests need no validator library.
 *
 * <p>Supported: {@code $ref} (only {@code #/$defs/<name>}), {@code type}, {@code properties},
 * {@code required}, {@code additionalProperties: false}, {@code enum}, {@code const}, {@code items},
 * {@code oneOf}, {@code pattern}, {@code format} ({@code date}, {@code uri}, as assertions),
 * {@code minimum}, {@code maximum}, {@code minItems}, {@code minLength}, {@code maxItems},
 * {@code maxLength}, {@code uniqueItems}. Any other keyword in the
 * schema is an error ({@link #unsupportedKeywords()}), so the schema cannot silently use more than
 * the checker checks.
 */
final class SchemaChecker {
  static final Set<String> ASSERTIONS = Set.of("$ref", "type", "properties", "required", "additionalProperties",
      "enum", "const", "items", "oneOf", "pattern", "format", "minimum", "maximum", "minItems", "minLength",
      "maxItems", "maxLength", "uniqueItems");
  static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description");

  private final JsonNode root;

  SchemaChecker(JsonNode root) {
    this.root = root;
  }

  /** The schema's definitions. */
  JsonNode defs() {
    return root.get("$defs");
  }

  /** The definition a {@code $ref} points to. */
  JsonNode resolve(String ref) {
    String prefix = "#/$defs/";
    if (!ref.startsWith(prefix) || !defs().has(ref.substring(prefix.length()))) {
      throw new IllegalStateException("unresolvable $ref " + ref);
    }
    return defs().get(ref.substring(prefix.length()));
  }

  /** The name of the definition a {@code $ref} points to. */
  static String defName(String ref) {
    return ref.substring("#/$defs/".length());
  }

  /**
   * Validates a document against the root schema.
   *
   * @return the errors, each with a path such as {@code $.units[0].id}; empty if valid
   */
  List<String> validate(JsonNode instance) {
    List<String> errors = new ArrayList<>();
    check(instance, root, "$", errors);
    return errors;
  }

  /** Every place in the schema that uses a keyword this checker does not know. */
  List<String> unsupportedKeywords() {
    List<String> found = new ArrayList<>();
    scan(root, "#", true, found);
    return found;
  }

  private static void scan(JsonNode schema, String where, boolean isRoot, List<String> found) {
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      if (!ASSERTIONS.contains(k) && !ANNOTATIONS.contains(k)) {
        found.add(where + "/" + k);
      }
      if ((k.equals("$schema") || k.equals("$id") || k.equals("$defs")) && !isRoot) {
        found.add(where + "/" + k + " (only at the root)");
      }
      if (k.equals("additionalProperties") && !(v.isBoolean() && !v.booleanValue())) {
        found.add(where + "/additionalProperties (only false is supported)");
      }
      if (k.equals("$defs") || k.equals("properties")) {
        for (Map.Entry<String, JsonNode> d : v.properties()) {
          scan(d.getValue(), where + "/" + k + "/" + d.getKey(), false, found);
        }
      } else if (k.equals("items")) {
        scan(v, where + "/items", false, found);
      } else if (k.equals("oneOf")) {
        for (int i = 0; i < v.size(); i++) {
          scan(v.get(i), where + "/oneOf/" + i, false, found);
        }
      } else if (k.equals("format") && !(v.asString().equals("date") || v.asString().equals("uri"))) {
        found.add(where + "/format " + v.asString());
      }
    }
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
    if (schema.has("$ref")) {
      check(value, resolve(schema.get("$ref").asString()), path, errors);
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asString())) {
      errors.add(path + ": expected " + schema.get("type").asString() + ", got " + value.getNodeType());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(path + ": expected the constant " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |= allowed.equals(value);
      }
      if (!found) {
        errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isString()) {
      checkString(value.asString(), schema, path, errors);
    }
    if (value.isIntegralNumber()) {
      if (schema.has("minimum") && value.longValue() < schema.get("minimum").longValue()) {
        errors.add(path + ": below the minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && value.longValue() > schema.get("maximum").longValue()) {
        errors.add(path + ": above the maximum " + schema.get("maximum"));
      }
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").intValue()) {
        errors.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").intValue()) {
        errors.add(path + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.path("uniqueItems").asBoolean(false)) {
        java.util.Set<JsonNode> seen = new java.util.HashSet<>();
        for (JsonNode item : value) {
          if (!seen.add(item)) {
            errors.add(path + ": an item occurs twice");
          }
        }
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
        }
      }
    }
    if (value.isObject()) {
      checkObject(value, schema, path, errors);
    }
    if (schema.has("oneOf")) {
      checkOneOf(value, schema.get("oneOf"), path, errors);
    }
  }

  private static void checkString(String s, JsonNode schema, String path, List<String> errors) {
    if (schema.has("minLength") && s.codePointCount(0, s.length()) < schema.get("minLength").intValue()) {
      errors.add(path + ": shorter than " + schema.get("minLength"));
    }
    if (schema.has("maxLength") && s.codePointCount(0, s.length()) > schema.get("maxLength").intValue()) {
      errors.add(path + ": longer than " + schema.get("maxLength"));
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(s).find()) {
      errors.add(path + ": '" + s + "' does not match " + schema.get("pattern").asString());
    }
    if (schema.has("format")) {
      String format = schema.get("format").asString();
      try {
        if (format.equals("date")) {
          LocalDate.parse(s);
        } else if (format.equals("uri") && !new URI(s).isAbsolute()) {
          errors.add(path + ": not an absolute URI");
        }
      } catch (DateTimeParseException | URISyntaxException e) {
        errors.add(path + ": not a valid " + format);
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
    JsonNode properties = schema.get("properties");
    if (schema.has("required")) {
      for (JsonNode r : schema.get("required")) {
        if (!value.has(r.asString())) {
          errors.add(path + "." + r.asString() + ": required property missing");
        }
      }
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      String name = e.getKey();
      if (properties != null && properties.has(name)) {
        check(e.getValue(), properties.get(name), path + "." + name, errors);
      } else if (schema.has("additionalProperties")) {
        errors.add(path + "." + name + ": unknown property");
      }
    }
  }

  private void checkOneOf(JsonNode value, JsonNode branches, String path, List<String> errors) {
    int matching = 0;
    List<String> best = null;
    for (JsonNode branch : branches) {
      List<String> branchErrors = new ArrayList<>();
      check(value, branch, path, branchErrors);
      if (branchErrors.isEmpty()) {
        matching++;
      } else if (best == null || discriminatorMatches(value, branch)) {
        best = branchErrors;
      }
    }
    if (matching == 0) {
      errors.add(path + ": matches none of the " + branches.size() + " alternatives");
      if (best != null) {
        errors.addAll(best);
      }
    } else if (matching > 1) {
      errors.add(path + ": matches " + matching + " alternatives, expected exactly one");
    }
  }

  private boolean discriminatorMatches(JsonNode value, JsonNode branch) {
    JsonNode def = branch.has("$ref") ? resolve(branch.get("$ref").asString()) : branch;
    JsonNode type = def.path("properties").path("type").path("const");
    return value.isObject() && !type.isMissingNode() && type.equals(value.get("type"));
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isString();
      case "integer":
        return value.isIntegralNumber();
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "null":
        return value.isNull();
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }
}
