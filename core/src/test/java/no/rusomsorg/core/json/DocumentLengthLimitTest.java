package no.rusomsorg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.municipality.Catalog;
import org.junit.jupiter.api.Test;

/**
 * Where the document-length limit bites (docs/security.md, "Limits"). Jackson checks the length each time
 * it loads the next buffer of input (8,000 characters or bytes) and at the end of the input. So a document
 * read to its end is held to the limit exactly (characters for text, bytes for a stream); a document with
 * another error near the limit may be reported with that error instead; and no reader takes in more than
 * the limit plus one buffer.
 */
class DocumentLengthLimitTest {
  private static final RusomsorgJson JSON = RusomsorgJson.strict();
  private static final int MAX = (int) JsonLimits.MAX_DOCUMENT_LENGTH;
  /** Jackson's input buffer, in characters or bytes. */
  private static final int BUFFER = 8_000;

  /** The document with spaces after its first brace, to a length in characters. */
  private static String padded(String json, int length) {
    return "{" + " ".repeat(length - json.length()) + json.substring(1);
  }

  private static Rule rule(Runnable read) {
    Throwable t = catchThrowable(read::run);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    return ((InvalidValueException) t).rule();
  }

  @Test
  void aDocumentReadToItsEndIsHeldToTheLimitExactly() {
    String catalog = JSON.write(SandnesFixture.catalog());
    String facts = "{\"pregnant\":true}";
    // text: characters
    assertThat(JSON.read(padded(catalog, MAX), Catalog.class)).isEqualTo(SandnesFixture.catalog());
    assertThat(JSON.bind(padded(catalog, MAX), Catalog.class)).isEqualTo(SandnesFixture.catalog());
    assertThat(JSON.read(padded(facts, MAX), PersonFacts.class).pregnant()).contains(true);
    assertThat(rule(() -> JSON.read(padded(catalog, MAX + 1), Catalog.class))).isEqualTo(Rule.RANGE);
    assertThat(rule(() -> JSON.bind(padded(catalog, MAX + 1), Catalog.class))).isEqualTo(Rule.RANGE);
    assertThat(rule(() -> JSON.read(padded(facts, MAX + 1), PersonFacts.class))).isEqualTo(Rule.RANGE);
    // a stream: bytes (the catalog has letters that take two bytes in UTF-8)
    int extraBytes = catalog.getBytes(StandardCharsets.UTF_8).length - catalog.length();
    assertThat(extraBytes).isPositive();
    byte[] atLimit = padded(catalog, MAX - extraBytes).getBytes(StandardCharsets.UTF_8);
    assertThat(atLimit).hasSize(MAX);
    assertThat(JSON.read(new ByteArrayInputStream(atLimit), Catalog.class)).isEqualTo(SandnesFixture.catalog());
    byte[] oneMore = padded(catalog, MAX - extraBytes + 1).getBytes(StandardCharsets.UTF_8);
    assertThat(rule(() -> JSON.read(new ByteArrayInputStream(oneMore), Catalog.class))).isEqualTo(Rule.RANGE);
    byte[] factsOneMore = padded(facts, MAX + 1).getBytes(StandardCharsets.UTF_8);
    assertThat(rule(() -> JSON.read(new ByteArrayInputStream(factsOneMore), PersonFacts.class))).isEqualTo(Rule.RANGE);
  }

  @Test
  void anErrorJustPastTheLimitMayWinButNoReaderGoesPastOneMoreBuffer() {
    // an unknown field a few characters past the limit: the catalog reader meets it before it loads the
    // next buffer, so it reports the field, not the length
    String nearly = "{" + " ".repeat(MAX + 100) + "\"unknown\":1}";
    assertThat(rule(() -> JSON.read(nearly, Catalog.class))).isIn(Rule.UNKNOWN_PROPERTY, Rule.RANGE);
    // the same field past the limit and one more buffer: the length is always what stops it
    String far = "{" + " ".repeat(MAX + BUFFER + 1) + "\"unknown\":1}";
    assertThat(rule(() -> JSON.read(far, Catalog.class))).isEqualTo(Rule.RANGE);
    assertThat(rule(() -> JSON.read(new ByteArrayInputStream(far.getBytes(StandardCharsets.US_ASCII)), Catalog.class)))
        .isEqualTo(Rule.RANGE);
    assertThat(rule(() -> JSON.bind(far, Catalog.class))).isEqualTo(Rule.RANGE);
    assertThat(rule(() -> JSON.read(far, PersonFacts.class))).isEqualTo(Rule.RANGE);
  }
}
