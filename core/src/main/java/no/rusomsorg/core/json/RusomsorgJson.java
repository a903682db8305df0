package no.rusomsorg.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.municipality.Catalog;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the library's model types as JSON.
 *
 * <p>The wire format:
 * <ul>
 *   <li>field names are the accessor names of the model types and are stable;</li>
 *   <li>dates and times are ISO-8601 strings ({@code "2026-03-12"}, {@code "09:00"});</li>
 *   <li>enums are written by name ({@code "DROP_IN"});</li>
 *   <li>absent optional values are left out; empty lists are written as {@code []}; on reading,
 *       {@code null} stands for an absent optional value or an empty list;</li>
 *   <li>a field given twice in one object is a syntax error;</li>
 *   <li><b>unknown fields are rejected</b> by {@link #strict()} (the default, used for plugin data,
 *       where a misspelt field would otherwise be lost silently) and ignored by {@link #lenient()}
 *       (for reading data written by a newer version of the library);</li>
 *   <li>polymorphic values carry an explicit {@code "type"} name defined by the library; default
 *       typing is never enabled, so no class name ever appears in or is read from JSON.</li>
 * </ul>
 *
 * <p>Catalogs ({@code read(..., Catalog.class)}, which is how plugins' JSON is loaded) are read by a
 * streaming reader that calls the model's builders directly instead of Jackson's data binding, so
 * that loading a plugin does not pay for creating and warming an {@code ObjectMapper}; the mapper
 * behind every other type, and behind {@link #mapper()}, is created on first use. Both paths accept
 * the same documents and report the same JSON paths; the catalog reader is the stricter of the two
 * where Jackson would coerce (a number where a text belongs, a date given as an array).
 *
 * <p>Reading runs the same validation as the builders. Every failure is reported as an
 * {@link InvalidValueException} whose {@link InvalidValueException#field() field} is the JSON path of
 * the offending value (such as {@code "$.units[0].contactPoints[1].phone"}).
 *
 * <p><b>Strict scalars.</b> Every reader, data binding included, takes a value only in its own JSON
 * type: a text as a string, a yes/no as {@code true}/{@code false}, a whole number without a fraction,
 * a date as {@code "yyyy-mm-dd"} (a real date, year 0001-9999, nothing after it), a time as
 * {@code "HH:mm"} from 00:00 to 23:59, an enum by its name. Nothing is coerced ({@code 1} is not
 * {@code true}, {@code 30.5} is not 30, {@code 1990} is not a date). The messages of the data-binding
 * path never repeat a value of the document, which may be a personal fact; they say what was expected.
 *
 * <p><b>Limits.</b> A document is at most 5,000,000 characters, a string at most 10,000, a field name
 * at most 100, a number at most 20 digits, and objects and lists nest at most 64 deep; beyond that it is
 * rejected with {@link InvalidValueException.Rule#RANGE}. A list in a catalog has at most 2,000
 * elements. These are far above what a catalog needs (see {@code docs/security.md}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RusomsorgJson {
  /** The message of a NullPointerException that names a parameter or attribute (docs/adr/0022). */
  private static final java.util.regex.Pattern NAMED_NULL =
      java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*(\\[\\d+])?( (element|key|value))?");
  private static final RusomsorgJson STRICT = new RusomsorgJson(true);
  private static final RusomsorgJson LENIENT = new RusomsorgJson(false);

  private final boolean strict;
  /** Created on first use: building a mapper costs a fresh JVM almost half a second. */
  private volatile JsonMapper mapper;

  private RusomsorgJson(boolean strict) {
    this.strict = strict;
  }

  private static JsonMapper newMapper(boolean strict) {
    return JsonMapper.builder(JsonLimits.FACTORY)
        .addModule(StrictScalars.module())
        .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
        .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
        .configure(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true)
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
        .configure(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, false)
        .configure(SerializationFeature.INDENT_OUTPUT, true)
        .build();
  }

  /**
   * The strict codec: unknown fields are errors.
   *
   * @return the shared strict instance
   */
  public static RusomsorgJson strict() {
    return STRICT;
  }

  /**
   * The lenient codec: unknown fields are ignored (everything else is validated as strictly).
   *
   * @return the shared lenient instance
   */
  public static RusomsorgJson lenient() {
    return LENIENT;
  }

  /**
   * The underlying Jackson mapper, for embedding the model in an application's own JSON.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = newMapper(strict);
          mapper = m;
        }
      }
    }
    return m;
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value a model value
   * @return the JSON text
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper().writeValueAsString(value);
    } catch (JacksonException e) {
      throw new InvalidValueException("$", Rule.CONSISTENCY, "cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a value of a type from JSON text.
   *
   * @param json the text
   * @param type the model type
   * @param <T> the type
   * @return the validated value
   * @throws InvalidValueException with the JSON path, for any syntax, type or validation error
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json == null) {
      throw new InvalidValueException("$", Rule.REQUIRED, "no JSON text given");
    }
    if (type == Catalog.class) {
      return type.cast(CatalogReader.read(json, strict));
    }
    try {
      return requireValue(mapper().readValue(json, type));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value of a type from a JSON stream (UTF-8). The stream is not closed.
   *
   * @param json the stream
   * @param type the model type
   * @param <T> the type
   * @return the validated value
   * @throws InvalidValueException with the JSON path, for any syntax, type or validation error
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json == null) {
      throw new InvalidValueException("$", Rule.REQUIRED, "no JSON stream given");
    }
    if (type == Catalog.class) {
      return type.cast(CatalogReader.read(json, strict));
    }
    try {
      return requireValue(mapper().readValue(json, type));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value from a resource of a class loader's or module's class.
   *
   * @param anchor a class in the same module and package-relative place as the resource
   * @param resource the resource name, as for {@link Class#getResourceAsStream(String)}
   * @param type the model type
   * @param <T> the type
   * @return the validated value
   * @throws InvalidValueException if the resource is missing or invalid
   */
  public <T> T readResource(Class<?> anchor, String resource, Class<T> type) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(type, "type");
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidValueException("$", Rule.REFERENCE, "resource '" + resource + "' not found beside " + anchor.getName());
      }
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads with Jackson's data binding whatever the type, bypassing the catalog reader: for the tests
   * that hold the two paths to the same behaviour.
   */
  <T> T bind(String json, Class<T> type) {
    try {
      return requireValue(mapper().readValue(json, type));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  private static <T> T requireValue(T value) {
    if (value == null) {
      throw new InvalidValueException("$", Rule.REQUIRED, "the document is empty or null");
    }
    return value;
  }

  /**
   * The library's exception for a failure of data binding. Jackson's own messages are not passed on:
   * they can quote the value (a birth date) and name Java classes. The message says what was
   * expected instead.
   */
  private static InvalidValueException translate(JacksonException e) {
    String path = path(e.getPath());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof InvalidValueException) {
        InvalidValueException inner = (InvalidValueException) c;
        return inner.field().startsWith("$") ? inner : inner.under(path);
      }
      if (c instanceof NullPointerException) {
        InvalidValueException missing = missing((NullPointerException) c, path);
        if (missing != null) {
          return missing;
        }
      }
    }
    if (e instanceof StreamConstraintsException) {
      return new InvalidValueException(path, Rule.RANGE, JsonLimits.EXCEEDED, e);
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return new InvalidValueException(path, Rule.UNKNOWN_PROPERTY,
          "unknown field " + InvalidValueException.quote(u.getPropertyName()) + " (known: " + u.getKnownPropertyIds()
              + ")", e);
    }
    if (e instanceof StrictScalars.Rejected) {
      return new InvalidValueException(path, Rule.FORMAT, e.getOriginalMessage(), e);
    }
    if (e instanceof InvalidTypeIdException) {
      return new InvalidValueException(path, Rule.FORMAT, "unknown or missing \"type\" name", e);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      String found = StrictScalars.describe(m.getCurrentToken());
      if (m.getCurrentToken() == tools.jackson.core.JsonToken.VALUE_NULL) {
        return new InvalidValueException(path, Rule.REQUIRED, "must not be null; expected " + expected(m.getTargetType()),
            e);
      }
      return new InvalidValueException(path, Rule.FORMAT, "expected " + expected(m.getTargetType())
          + (m.getCurrentToken() == null ? "" : ", found " + found), e);
    }
    if (e instanceof StreamReadException && !(e instanceof DatabindException)) {
      return new InvalidValueException(path, Rule.SYNTAX, "not well-formed JSON" + at(e), e);
    }
    return new InvalidValueException(path, Rule.FORMAT, "cannot be read as the expected value", e);
  }

  /**
   * A JSON null or a left-out property that reached a constructor: its NPE names the parameter
   * (docs/adr/0022). In a document that is bad data, so it becomes REQUIRED at {@code path.name}.
   *
   * @param e the exception
   * @param path the JSON path of the object being read
   * @return the typed exception, or null when the NPE does not name a parameter (a bug, not data)
   */
  static @Nullable InvalidValueException missing(NullPointerException e, String path) {
    String message = e.getMessage();
    if (message == null || !NAMED_NULL.matcher(message).matches()) {
      return null;
    }
    String field = message.replaceFirst(" (element|key|value)$", "");
    return new InvalidValueException(field, Rule.REQUIRED, "must be given", e).under(path);
  }

  private static String at(JacksonException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
      return "";
    }
    return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  /** What a value of a type looks like in JSON, in words; never a class name. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == String.class) {
      return "a text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == LocalDate.class) {
      return StrictScalars.DATE_RULE;
    }
    if (type == LocalTime.class) {
      return StrictScalars.TIME_RULE;
    }
    if (type.isEnum()) {
      StringBuilder sb = new StringBuilder("one of [");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
      }
      return sb.append(']').toString();
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object";
  }

  private static String path(List<JacksonException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        sb.append('.').append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
