package no.rusomsorg.core.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The size limits every reader of the library applies to a JSON document, and the one parser factory
 * that enforces them. The numbers are generous for a catalog: the largest bundled one (Søgne) is 42 KB
 * with strings of at most 585 characters, 22 elements in a list and 9 levels of nesting.
 */
final class JsonLimits {
  /** The longest document, in bytes or characters: about a hundred times the largest bundled catalog. */
  static final long MAX_DOCUMENT_LENGTH = 5_000_000;
  /** The longest string value (a description, a name). */
  static final int MAX_STRING_LENGTH = 10_000;
  /** The longest field name. */
  static final int MAX_NAME_LENGTH = 100;
  /** The most levels of objects and lists inside each other. */
  static final int MAX_NESTING_DEPTH = 64;
  /** The most digits of a number. */
  static final int MAX_NUMBER_LENGTH = 20;
  /** The most elements of one list in a catalog (services, units, phones...). */
  static final int MAX_LIST_LENGTH = 2_000;

  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_DOCUMENT_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .build();

  /** The parser factory of every reader: the limits above, and a field given twice is an error. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(CONSTRAINTS)
      .build();

  /** The sentence for a document beyond the limits: fixed, so that no value of it is repeated. */
  static final String EXCEEDED = "the document is beyond the limits of this library (at most " + MAX_DOCUMENT_LENGTH
      + " characters, texts of at most " + MAX_STRING_LENGTH + " characters, field names of at most " + MAX_NAME_LENGTH
      + ", numbers of at most " + MAX_NUMBER_LENGTH + " digits, " + MAX_NESTING_DEPTH + " levels of nesting)";

  private JsonLimits() {}
}
