package no.rusomsorg.core.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A document that data was taken from: a municipality's web page, a national guide, an encyclopedia
 * article. Carries when it was retrieved and when the data was last checked against it, so that the
 * freshness of a plugin's data can be measured.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"id", "title", "publisher", "url", "document", "retrieved", "verifiedOn"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Source {

  Source() {}

  /**
   * A stable id, unique within a plugin, such as {@code sandnes-rustjenester}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The document's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Who published it (a municipality, a national agency).
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * The address where it was published, if known.
   *
   * @return an http or https address
   */
  public abstract Optional<URI> url();

  /**
   * The name of a stored copy of the document (for example a file in the project's seeds).
   *
   * @return the document name
   */
  public abstract Optional<String> document();

  /**
   * When the document was retrieved, if known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> retrieved();

  /**
   * When the data taken from it was last checked against it.
   *
   * @return the date
   */
  public abstract LocalDate verifiedOn();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("title", title());
    Checks.notBlank("publisher", publisher());
    Checks.notBlank("document", document());
    url().ifPresent(u -> {
      String scheme = u.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new InvalidValueException("url", Rule.FORMAT, "must be an absolute http or https address");
      }
    });
    if (retrieved().isPresent() && verifiedOn().isBefore(retrieved().get())) {
      throw new InvalidValueException("verifiedOn", Rule.ORDER,
          "verified (" + verifiedOn() + ") before the document was retrieved (" + retrieved().get() + ")");
    }
  }
}
