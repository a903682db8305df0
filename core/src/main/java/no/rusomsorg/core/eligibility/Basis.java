package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a criterion rests on: a section of law, a source document, both, or neither (then only the
 * sources of the service the criterion belongs to).
 *
 * <p>The source is named by its stable id (such as {@code standard-tjenestebeskrivelse}); the
 * {@link no.rusomsorg.core.source.Source} with that id is kept with the data that uses the criterion.
 * <b>A basis without a source id cites the sources of the service the criterion belongs to</b>
 * ({@link #citesServiceSources()}): {@link #ofService()} has nothing but that, and
 * {@link #of(LegalReference)} adds a section of law. So a criterion written without naming a
 * document is never attributed to someone else's page; the service's own sources stand behind it,
 * and a verdict evaluated for the service names them ({@link Reason#sourceIds()}).
 *
 * <p>JSON: {@code {"legalReference": {"act": "HELSE_OG_OMSORGSTJENESTELOVEN", "section": "3-1"},
 * "sourceId": "..."}}; both fields may be left out ({@code {}} is {@link #ofService()}).
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
   * A basis in law, as the sources of the service the criterion belongs to state it.
   *
   * @param reference the section
   * @return the basis
   */
  public static Basis of(LegalReference reference) {
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
   * names no source id of its own.
   *
   * @return true if the service's sources stand behind the criterion
   */
  @JsonIgnore
  public boolean citesServiceSources() {
    return sourceId().isEmpty();
  }

  /**
   * The ids of the sources this basis cites for a criterion of a service with the given sources: its
   * own source id, or, if it names none, the service's.
   *
   * @param serviceSourceIds the sources of the service the criterion belongs to
   * @return the cited source ids (empty only if the basis names none and the list is empty)
   * @throws InvalidValueException if the list or an element is null
   */
  public List<String> sourceIds(List<String> serviceSourceIds) {
    Evaluator.required("serviceSourceIds", serviceSourceIds);
    if (sourceId().isPresent()) {
      return List.of(sourceId().get());
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
   * The legal reference and the source id, or "service sources" for a basis that names no source.
   *
   * @return for example {@code hol § 3-1; service sources}
   */
  @Override
  public String toString() {
    return legalReference().map(r -> r + "; ").orElse("") + sourceId().orElse("service sources");
  }
}
