package no.rusomsorg.spi;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.rusomsorg.core.json.RusomsorgJson;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;

/**
 * The catalog wire format as Jackson sees the model: starting from a root type, the strict mapper's
 * format visitor lists each type's JSON properties and their Java types, enums give their constants,
 * and {@code @JsonSubTypes} gives the criterion type names. The one description of the format that
 * the schema generator and the sync tests read (ADR 0019).
 */
final class CatalogModel {
  enum Kind { OBJECT, ENUM, STRING, UNION }

  /** One model type reachable from the root. */
  static final class ModelType {
    final Class<?> type;
    final Kind kind;
    final Map<String, BeanProperty> properties = new LinkedHashMap<>();
    final Map<String, Class<?>> subtypes = new LinkedHashMap<>();
    String typeName;
    Class<?> union;

    ModelType(Class<?> type, Kind kind) {
      this.type = type;
      this.kind = kind;
    }

    String defName() {
      return CatalogModel.defName(type);
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

    /** The class to read a standalone value of this type as. */
    Class<?> readAs() {
      return union != null ? union : type;
    }
  }

  final Map<Class<?>, ModelType> types = new LinkedHashMap<>();

  static String defName(Class<?> c) {
    return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
  }

  static String ref(Class<?> c) {
    return "#/$defs/" + defName(c);
  }

  /** The types reachable from {@code root}, in breadth-first order. */
  static CatalogModel introspect(Class<?> root) {
    CatalogModel model = new CatalogModel();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (model.types.containsKey(c)) {
        continue;
      }
      ModelType t = describe(c);
      model.types.put(c, t);
      for (BeanProperty p : t.properties.values()) {
        Class<?> leaf = leaf(p.getType()).getRawClass();
        if (!isScalar(leaf)) {
          todo.add(leaf);
        }
      }
      todo.addAll(t.subtypes.values());
    }
    for (ModelType union : model.types.values()) {
      for (Map.Entry<String, Class<?>> e : union.subtypes.entrySet()) {
        ModelType member = model.types.get(e.getValue());
        member.typeName = e.getKey();
        member.union = union.type;
      }
    }
    return model;
  }

  ModelType byDefName(String name) {
    for (ModelType t : types.values()) {
      if (t.defName().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static ModelType describe(Class<?> c) {
    if (c.isEnum()) {
      return new ModelType(c, Kind.ENUM);
    }
    if (c.isAnnotationPresent(JsonTypeInfo.class)) {
      JsonTypeInfo info = c.getAnnotation(JsonTypeInfo.class);
      if (info.use() != JsonTypeInfo.Id.NAME || !info.property().equals("type")) {
        throw new IllegalStateException(c + ": a union is written with a \"type\" name; extend the generator");
      }
      ModelType union = new ModelType(c, Kind.UNION);
      for (JsonSubTypes.Type sub : c.getAnnotation(JsonSubTypes.class).value()) {
        union.subtypes.put(sub.name(), sub.value());
      }
      return union;
    }
    ModelType[] result = new ModelType[1];
    RusomsorgJson.strict().mapper().acceptJsonFormatVisitor(c, new JsonFormatVisitorWrapper.Base() {
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
    if (result[0] == null) {
      throw new IllegalStateException("Jackson writes " + c + " as neither an object nor a string; extend the generator");
    }
    return result[0];
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
}
