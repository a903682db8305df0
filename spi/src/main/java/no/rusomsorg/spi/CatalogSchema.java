package no.rusomsorg.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the catalog format that JSON-defined municipalities are written in.
 *
 * <p>The schema is a resource of this module ({@value #RESOURCE}); this class reads it for callers on the
 * module path, where the resource's package is encapsulated. It describes the structure (fields, types,
 * enums, required fields, no unknown fields); rules that depend on several fields are checked by the
 * reader, not the schema.
 */
public final class CatalogSchema {
  /** The schema's resource name within this module. */
  public static final String RESOURCE = "/no/rusomsorg/spi/municipality-catalog.schema.json";

  private CatalogSchema() {}

  /**
   * The schema as JSON text.
   *
   * @return the schema
   */
  public static String json() {
    try (InputStream in = CatalogSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the spi module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
