package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a criterion rests on: a section of law, a source document, or both.
 *
 * <p>The source is named by its stable id (such as {@code standard-tjenestebeskrivelse}); the
 * {@link no.rusomsorg.core.source.Source} with that id is kept with the data that uses the criterion.
 * At least one of the two must be given. JSON:
 * {@code {"legalReference": {"act": "HELSE_OG_OMSORGSTJENESTELOVEN", "section": "3-1"}, "sourceId": "..."}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBasis.class)
@JsonDeserialize(as = ImmutableBasis.class)
@JsonPropertyOrder({"legalReference", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Basis {

  Basis() {}

  /**
   * The section of law, if the criterion rests on one.
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * The id of the source document, if the criterion rests on one.
   *
   * @return a stable source id
   */
  public abstract Optional<String> sourceId();

  /**
   * A basis in law.
   *
   * @param reference the section
   * @return the basis
   */
  public static Basis of(LegalReference reference) {
    Objects.requireNonNull(reference, "reference");
    return builder().legalReference(reference).build();
  }

  /**
   * A basis in law, as described in a source document.
   *
   * @param reference the section
   * @param sourceId the source id
   * @return the basis
   */
  public static Basis of(LegalReference reference, String sourceId) {
    Objects.requireNonNull(reference, "reference");
    return builder().legalReference(reference).sourceId(sourceId).build();
  }

  /**
   * A basis in a source document only (such as a municipality's published target group).
   *
   * @param sourceId the source id
   * @return the basis
   */
  public static Basis source(String sourceId) {
    return builder().sourceId(sourceId).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBasis.Builder builder() {
    return ImmutableBasis.builder();
  }

  @Value.Check
  void check() {
    Checks.id("sourceId", sourceId());
    if (legalReference().isEmpty() && sourceId().isEmpty()) {
      throw new InvalidValueException("legalReference", Rule.REQUIRED, "a basis needs a legal reference, a source id, or both");
    }
  }

  @Override
  public String toString() {
    return legalReference().map(LegalReference::toString).orElse("")
        + (legalReference().isPresent() && sourceId().isPresent() ? "; " : "")
        + sourceId().orElse("");
  }
}
