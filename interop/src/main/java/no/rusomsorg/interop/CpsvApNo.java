package no.rusomsorg.interop;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.interop.internal.CpsvWriter;
import no.rusomsorg.interop.internal.Rdf;

/**
 * CPSV-AP-NO 1.1, Digdir's Norwegian application profile of the EU's Core Public Service Vocabulary:
 * the services a catalog offers on a day, as {@code cpsv:PublicService} resources with their competent
 * authority, contact points, channels, cost, eligibility as a criterion requirement, possible output,
 * legal resources (Lovdata links) and texts tagged {@code nb}, {@code nn} and {@code en}.
 *
 * <p>Written by a small writer of this module's own, in Turtle and in JSON-LD 1.1 (the same graph); no
 * RDF library is needed at run time. Identifiers are {@code urn:uuid:} IRIs of name-based UUIDs, the same
 * as in the HSDS export. docs/interop.md has the mapping and what is our reading of the profile.
 */
public final class CpsvApNo {
  private CpsvApNo() {}

  /** The profile version written. */
  public static final String VERSION = "1.1";

  /**
   * The services offered on a day, as Turtle.
   *
   * @param catalog the catalog
   * @param provenance where the data comes from; every service links a provenance statement saying it
   * @param asOf the day: only services offered on it are written
   * @return the Turtle text
   */
  public static String turtle(Catalog catalog, Provenance provenance, LocalDate asOf) {
    return graph(catalog, provenance, asOf).turtle();
  }

  /**
   * The same graph as {@link #turtle}, as JSON-LD 1.1.
   *
   * @param catalog the catalog
   * @param provenance where the data comes from
   * @param asOf the day
   * @return the JSON-LD text
   */
  public static String jsonLd(Catalog catalog, Provenance provenance, LocalDate asOf) {
    return graph(catalog, provenance, asOf).jsonLd();
  }

  /**
   * Both forms as files: {@code services.ttl} and {@code services.jsonld}.
   *
   * @param catalog the catalog
   * @param provenance where the data comes from
   * @param asOf the day
   * @return the files
   */
  public static ExportFiles export(Catalog catalog, Provenance provenance, LocalDate asOf) {
    Rdf g = graph(catalog, provenance, asOf);
    return ExportFiles.of(Map.of("services.ttl", g.turtle(), "services.jsonld", g.jsonLd()));
  }

  private static Rdf graph(Catalog catalog, Provenance provenance, LocalDate asOf) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(asOf, "asOf");
    return CpsvWriter.write(catalog, provenance, asOf);
  }
}
