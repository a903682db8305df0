package no.rusomsorg.interop.internal;

import java.util.Locale;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ServiceCategory;

/**
 * The names HSDS export and import share: the file of each object type, the taxonomies this library
 * publishes, and the codes of their terms.
 */
public final class HsdsVocabulary {
  private HsdsVocabulary() {}

  /** The HSDS version written. */
  public static final String VERSION = "3.0";

  /** Taxonomy of service kinds (terms: the categories, each with its kinds below it). */
  public static final String SERVICE_KIND = "rusomsorg-service-kind";
  /** Taxonomy of target groups. */
  public static final String TARGET_GROUP = "rusomsorg-target-group";
  /** Taxonomy of access modes (the attribute's value names a requisitioning agency). */
  public static final String ACCESS_MODE = "rusomsorg-access-mode";
  /** Taxonomy of cost kinds. */
  public static final String COST = "rusomsorg-cost";
  /** Taxonomy of the library's record facts that HSDS has no field for (the value carries the data). */
  public static final String RECORD = "rusomsorg-record";

  /** Record term: the library's id of the object (value). */
  public static final String LIBRARY_ID = "library-id";
  /** Record term: the service is offered from (value, ISO date). */
  public static final String VALID_FROM = "valid-from";
  /** Record term: the service is offered up to and including (value, ISO date). */
  public static final String VALID_TO = "valid-to";
  /** Record term: an application must be sent before the first contact. */
  public static final String APPLICATION_BEFORE_CONTACT = "application-before-contact";
  /** Record term: the schedule applies on working days only, closed on Norwegian public holidays. */
  public static final String CLOSED_ON_PUBLIC_HOLIDAYS = "closed-on-public-holidays";
  /** Record term: the location is always open (24/7). */
  public static final String ALWAYS_OPEN = "always-open";
  /** Record term: the data is the municipality's own, from a plugin (value: the plugin). */
  public static final String PROVENANCE_PLUGIN = "provenance-plugin";
  /** Record term: the data is the national baseline (value: its source). */
  public static final String PROVENANCE_BASELINE = "provenance-national-baseline";

  /** The record terms, in the order they are written. */
  public static final String[] RECORD_TERMS = {LIBRARY_ID, VALID_FROM, VALID_TO, APPLICATION_BEFORE_CONTACT,
      CLOSED_ON_PUBLIC_HOLIDAYS, ALWAYS_OPEN, PROVENANCE_PLUGIN, PROVENANCE_BASELINE};

  /** The object types written, each to {@code <type>.json}, in the order of the HSDS reference. */
  public static final String[] TYPES = {"organization", "organization_identifier", "service", "location", "address",
      "service_at_location", "phone", "contact", "schedule", "service_area", "language", "taxonomy", "taxonomy_term",
      "attribute"};

  /**
   * A constant as a term code: lower case, words joined by hyphens.
   *
   * @param e the constant
   * @return the code
   */
  public static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant with a code.
   *
   * @param type the enum
   * @param code the code
   * @param <E> the enum type
   * @return the constant, or null if none has the code
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (code(e).equals(code)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The code of a category term (kept apart from the kinds' codes).
   *
   * @param c the category
   * @return the code
   */
  public static String categoryCode(ServiceCategory c) {
    return "category-" + code(c);
  }

  /**
   * The label of a cost kind when the cost has no description of its own.
   *
   * @param kind the kind
   * @return the label in bokmål
   */
  public static String costLabel(Cost.Kind kind) {
    return switch (kind) {
      case FREE -> "Gratis.";
      case FEE -> "Egenandel.";
      case NOT_STATED -> "Pris ikke oppgitt.";
    };
  }

}
