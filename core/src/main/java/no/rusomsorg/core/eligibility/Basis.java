package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a criterion rests on: a section of law, a source document, both, or neither; neither means the
 * sources of the service the criterion belongs to.
 *
 * <p>The source is named by its stable id (such as {@code standard-tjenestebeskrivelse}); the
 * {@link no.rusomsorg.core.source.Source} with that id is kept with the data that uses the criterion.
 * <b>A basis that names neither law nor a source, {@link #ofService()}, cites the sources of the
 * service the criterion belongs to</b> ({@link #citesServiceSources()}); it is the default of most
 * leaves, so that a criterion written without naming a document is never attributed to another
 * publisher's page. A verdict evaluated for the service names those sources
 * ({@link Reason#sourceIds()}). A basis in law alone cites no document.
 *
 * <p>JSON: {@code {"legalReference": {"act": "HELSE_OG_OMSORGSTJENESTELOVEN", "section": "3-1"},
 * "sourceId": "..."}}; either field may be left out, and {@code {}} is {@link #ofService()}.
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
   * The sources of the service the criterion belongs to, and nothing else: the default basis of most
   * leaves. JSON: {@code {}}.
   *
   * @return the basis
   */
  public static Basis ofService() {
    return builder().build();
  }

  /**
   * A basis in law alone.
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

  /**
   * Whether the basis cites the sources of the service the criterion belongs to: true exactly when it
   * names neither a legal reference nor a source id ({@link #ofService()}).
   *
   * @return true if the service's sources stand behind the criterion
   */
  @JsonIgnore
  public boolean citesServiceSources() {
    return sourceId().isEmpty() && legalReference().isEmpty();
  }

  /**
   * The ids of the sources this basis cites for a criterion of a service with the given sources: its
   * own source id if it names one; the service's if it is {@link #ofService()}; none for law alone.
   *
   * @param serviceSourceIds the sources of the service the criterion belongs to
   * @return the cited source ids
   * @throws InvalidValueException if the list or an element is null
   */
  public List<String> sourceIds(List<String> serviceSourceIds) {
    Evaluator.required("serviceSourceIds", serviceSourceIds);
    if (sourceId().isPresent()) {
      return List.of(sourceId().get());
    }
    if (legalReference().isPresent()) {
      return List.of();
    }
    for (int i = 0; i < serviceSourceIds.size(); i++) {
      Evaluator.required("serviceSourceIds[" + i + "]", serviceSourceIds.get(i));
    }
    return List.copyOf(serviceSourceIds);
  }

  @Value.Check
  void check() {
    Checks.id("sourceId", sourceId());
  }

  /**
   * The legal reference and the source id, or "service sources" for {@link #ofService()}.
   *
   * @return for example {@code hol § 3-1} or {@code service sources}
   */
  @Override
  public String toString() {
    if (citesServiceSources()) {
      return "service sources";
    }
    return legalReference().map(LegalReference::toString).orElse("")
        + (legalReference().isPresent() && sourceId().isPresent() ? "; " : "")
        + sourceId().orElse("");
  }
}
