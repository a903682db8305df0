package no.rusomsorg.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.interop.internal.HsdsReader;
import no.rusomsorg.interop.internal.HsdsVocabulary;
import no.rusomsorg.interop.internal.HsdsWriter;

/**
 * Open Referral's Human Services Data Specification (HSDS) 3.0: export of a catalog, and import of a
 * dataset of the same shape.
 *
 * <p><b>Shape.</b> One JSON document per object type, each a JSON array of flat objects that refer to
 * each other by id (as the tabular form of HSDS does, in JSON): {@code organization.json},
 * {@code organization_identifier.json}, {@code service.json}, {@code location.json},
 * {@code address.json}, {@code service_at_location.json}, {@code phone.json}, {@code contact.json},
 * {@code schedule.json}, {@code service_area.json}, {@code language.json}, {@code taxonomy.json},
 * {@code taxonomy_term.json} and {@code attribute.json}. docs/interop.md has the mapping table and
 * what is lost.
 *
 * <p><b>Identifiers</b> are name-based UUIDs (version 5) of the municipality's id and the library's id of
 * each object, so an export of unchanged data is byte-identical, and each object also carries the
 * library's id as an attribute so that an import restores it.
 *
 * <p><b>Round trip.</b> For every valid catalog {@code c}: exporting {@code import(export(c))} gives
 * the same documents as exporting {@code c}, given the same provenance, date and a supplement with
 * {@code c}'s municipality.
 */
public final class Hsds {
  private Hsds() {}

  /** The HSDS version written and read. */
  public static final String VERSION = HsdsVocabulary.VERSION;

  /**
   * Exports a catalog.
   *
   * @param catalog the catalog
   * @param provenance where its data comes from; written on the municipality and on every service
   * @param asOf the day the export describes: a service's {@code status} ({@code active} when offered on
   *     that day, {@code inactive} before, {@code defunct} after), the municipality's number and county
   * @return the documents
   */
  public static ExportFiles export(Catalog catalog, Provenance provenance, LocalDate asOf) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(asOf, "asOf");
    return ExportFiles.of(HsdsWriter.write(catalog, provenance, asOf));
  }

  /**
   * Imports documents of the shape {@link #export} writes.
   *
   * @param files file name to JSON text; {@code organization.json} and {@code service.json} are required
   * @param supplement what HSDS cannot say
   * @return the catalog
   * @throws InvalidValueException if a document is malformed or breaks a rule of the catalog; the field is
   *     {@code <file>[<index>].<field>}
   */
  public static Catalog read(Map<String, String> files, HsdsSupplement supplement) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(supplement, "supplement");
    return HsdsReader.read(files, supplement);
  }

  /**
   * Imports the documents in a directory (the {@code *.json} files named after the object types).
   *
   * @param directory the directory
   * @param supplement what HSDS cannot say
   * @return the catalog
   * @throws InvalidValueException as {@link #read(Map, HsdsSupplement)}
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Catalog read(Path directory, HsdsSupplement supplement) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(supplement, "supplement");
    Map<String, String> files = new LinkedHashMap<>();
    for (String type : HsdsVocabulary.TYPES) {
      Path file = directory.resolve(type + ".json");
      if (Files.isRegularFile(file)) {
        try {
          files.put(type + ".json", Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException("could not read " + file, e);
        }
      }
    }
    if (files.isEmpty()) {
      throw new InvalidValueException("directory", InvalidValueException.Rule.REQUIRED,
          "no HSDS documents (organization.json, service.json, ...) in the directory");
    }
    return read(files, supplement);
  }
}
