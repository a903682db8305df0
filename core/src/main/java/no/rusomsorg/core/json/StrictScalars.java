package no.rusomsorg.core.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.service.TargetGroup;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * The data-binding path's readers of texts, booleans, whole numbers, dates and times: as strict as
 * the catalog reader. A value of the wrong JSON type is an error, never coerced ({@code 1} is not
 * {@code true}, {@code 30.5} is not 30, {@code 1990} is not a date, {@code "1990-05-17T23:59"} is not a
 * date). Their messages never repeat the value, which may be a personal fact.
 */
final class StrictScalars {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
      .withResolverStyle(ResolverStyle.STRICT);

  /** What a date must look like, for messages. */
  static final String DATE_RULE = "a date written yyyy-mm-dd that exists, with a year from 0001 to 9999";
  /** What a time must look like, for messages. */
  static final String TIME_RULE = "a time of day written HH:mm, from 00:00 to 23:59 (midnight at the end of a "
      + "day is written 00:00)";

  private StrictScalars() {}

  /** A rejected value: the message is the library's own and names the expected form, not the value. */
  static final class Rejected extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    Rejected(JsonParser p, String message, Class<?> type) {
      super(p, message, type);
    }
  }

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("rusomsorg-strict-scalars");
    m.addDeserializer(String.class, new ValueDeserializer<String>() {
      @Override
      public String deserialize(JsonParser p, DeserializationContext ctxt) {
        return text(p, String.class);
      }
    });
    ValueDeserializer<Boolean> bool = new ValueDeserializer<Boolean>() {
      @Override
      public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
          return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
          return Boolean.FALSE;
        }
        throw new Rejected(p, "expected true or false, found " + describe(t), Boolean.class);
      }
    };
    // Primitive boolean and int keep Jackson's deserializers, so that a missing one is reported as
    // before (FAIL_ON_NULL_FOR_PRIMITIVES); the mapper's coercion settings make them as strict.
    m.addDeserializer(Boolean.class, bool);
    ValueDeserializer<Integer> integer = new ValueDeserializer<Integer>() {
      @Override
      public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
          throw new Rejected(p, "expected a whole number, found " + describe(t), Integer.class);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          throw new Rejected(p, "the number is too large", Integer.class);
        }
        return p.getIntValue();
      }
    };
    m.addDeserializer(Integer.class, integer);
    m.addDeserializer(LocalDate.class, new ValueDeserializer<LocalDate>() {
      @Override
      public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
        LocalDate d = dateOrNull(text(p, LocalDate.class));
        if (d == null) {
          throw new Rejected(p, "expected " + DATE_RULE, LocalDate.class);
        }
        return d;
      }
    });
    m.addDeserializer(LocalTime.class, new ValueDeserializer<LocalTime>() {
      @Override
      public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) {
        LocalTime t = timeOrNull(text(p, LocalTime.class));
        if (t == null) {
          throw new Rejected(p, "expected " + TIME_RULE, LocalTime.class);
        }
        return t;
      }
    });
    m.setDeserializerModifier(new ValueDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
          BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
        return UniqueElements.CHECKED.contains(type.getContentType().getRawClass())
            && Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueElements(type.getContentType()) : deserializer;
      }
    });
    return m;
  }

  /**
   * A set whose JSON list may not repeat an element, as the catalog reader and the schema
   * ({@code uniqueItems}) say: target groups and the accepted relations of a residency criterion. Jackson's
   * own set deserializer would fold a repeat silently. The error names the element's index and the
   * value, which is an enum name and never a personal fact.
   */
  static final class UniqueElements extends ValueDeserializer<Set<Object>> {
    /** The element types whose lists are checked. */
    static final Set<Class<?>> CHECKED = Set.of(TargetGroup.class, MunicipalityRelation.class);

    private final JavaType element;

    UniqueElements(JavaType element) {
      this.element = element;
    }

    @Override
    public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.isExpectedStartArrayToken()) {
        throw new Rejected(p, "expected a list, found " + describe(p.currentToken()), Set.class);
      }
      Set<Object> values = new LinkedHashSet<>();
      int i = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
        Object value;
        try {
          value = t == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, element);
        } catch (JacksonException e) {
          throw e.prependPath(values, i);
        }
        if (!values.add(value) && value != null) {
          throw new InvalidValueException("[" + i + "]", Rule.UNIQUE, value + " is listed twice");
        }
      }
      return values;
    }
  }

  private static String text(JsonParser p, Class<?> type) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw new Rejected(p, "expected " + (type == String.class ? "a text" : type == LocalDate.class ? DATE_RULE
          : TIME_RULE) + ", found " + describe(t), type);
    }
    return p.getString();
  }

  /**
   * A date in exactly the form yyyy-mm-dd with a year from 0001 to 9999, or null: no sign, no
   * six-digit year, no time part, no 30 February.
   */
  static LocalDate dateOrNull(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return null;
      }
    }
    try {
      LocalDate d = LocalDate.parse(s, DATE);
      return d.getYear() >= 1 ? d : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A time in exactly the form HH:mm, from 00:00 to 23:59, or null ({@code "24:00"} is null). */
  static LocalTime timeOrNull(String s) {
    if (s.length() != 5) {
      return null;
    }
    try {
      return LocalTime.parse(s, TIME);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "a list";
      case VALUE_STRING: return "a text";
      case VALUE_NUMBER_INT: return "a whole number";
      case VALUE_NUMBER_FLOAT: return "a number with a fraction";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return "something else";
    }
  }
}
