package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;

/**
 * One step of a verdict's explanation: a leaf criterion, its own outcome for the person, a text
 * saying why, and the sources it cites.
 *
 * <p>The outcome is the leaf's, before any {@link Criterion.Not} above it is applied. The explanation
 * may mention facts about the person (for example that they are pregnant): show it to the person or
 * their case worker, but {@link #toString()} leaves it out.
 *
 * <p>{@link #sourceIds()} are the sources the reason cites: the basis's own source id; for
 * {@link Basis#ofService()} (see {@link Basis#citesServiceSources()}) the sources of the service the
 * criterion belongs to; none for a basis in law alone. A criterion evaluated on its own knows no service, and such a reason cites
 * no source until the verdict is resolved for its service ({@link Verdict#citing(List)}, which
 * {@code Service.evaluate} does).
 *
 * @param criterion the leaf criterion
 * @param outcome the leaf's outcome
 * @param explanation why, in bokmål and English
 * @param sourceIds the ids of the sources the reason cites
 */
@JsonPropertyOrder({"criterion", "outcome", "explanation", "sourceIds"})
public record Reason(Criterion.Leaf criterion, Outcome outcome, LocalizedText explanation, List<String> sourceIds) {

  /**
   * Validates and copies; absent source ids are the basis's own (none for {@link Basis#ofService()}
   * until resolved for a service).
   *
   * @param criterion the leaf criterion
   * @param outcome the leaf's outcome
   * @param explanation why, in bokmål and English
   * @param sourceIds the ids of the sources the reason cites; null gives the basis's own
   * @throws InvalidValueException if a source id is not a valid id, or the basis is not
   *     {@link Basis#ofService()} and the list is not what it names (field {@code sourceIds}, CONSISTENCY)
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Reason {
    Evaluator.required("criterion", criterion);
    Evaluator.required("outcome", outcome);
    Evaluator.required("explanation", explanation);
    Basis basis = criterion.basis();
    if (sourceIds == null) {
      sourceIds = basis.sourceIds(List.of());
    } else {
      sourceIds = Evaluator.nonNullCopy("sourceIds", sourceIds);
      for (int i = 0; i < sourceIds.size(); i++) {
        Checks.id("sourceIds[" + i + "]", sourceIds.get(i));
      }
      if (!basis.citesServiceSources() && !sourceIds.equals(basis.sourceIds(List.of()))) {
        throw new InvalidValueException("sourceIds", Rule.CONSISTENCY,
            "a reason cites the source its basis names, or the service's sources for a basis of the service");
      }
    }
  }

  /**
   * A reason citing the basis's own source, if it names one.
   *
   * @param criterion the leaf criterion
   * @param outcome the leaf's outcome
   * @param explanation why, in bokmål and English
   */
  public Reason(Criterion.Leaf criterion, Outcome outcome, LocalizedText explanation) {
    this(criterion, outcome, explanation, null);
  }

  /**
   * This reason for a criterion of a service with the given sources: {@link Basis#ofService()} cites
   * them; any other basis keeps what it names.
   *
   * @param serviceSourceIds the service's source ids
   * @return the reason with its cited sources resolved
   * @throws InvalidValueException if the list or an element is null or not a valid id
   */
  public Reason citing(List<String> serviceSourceIds) {
    return new Reason(criterion, outcome, explanation, criterion.basis().sourceIds(serviceSourceIds));
  }

  /**
   * The legal reference and/or source the criterion rests on.
   *
   * @return the criterion's basis
   */
  @JsonIgnore
  public Basis basis() {
    return criterion.basis();
  }

  /** Written out rather than generated, for start-up time; see {@link Criterion}. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Reason)) {
      return false;
    }
    Reason o = (Reason) other;
    return o.outcome == outcome && o.criterion.equals(criterion) && o.explanation.equals(explanation)
        && o.sourceIds.equals(sourceIds);
  }

  @Override
  public int hashCode() {
    return ((31 * criterion.hashCode() + outcome.hashCode()) * 31 + explanation.hashCode()) * 31 + sourceIds.hashCode();
  }

  /**
   * The criterion's type, outcome, basis and cited sources, without the explanation.
   *
   * @return for example {@code Reason[MinimumAge: ELIGIBLE; service sources [sandnes-rustjenester]]}
   */
  @Override
  public String toString() {
    return "Reason[" + criterion.getClass().getSimpleName() + ": " + outcome + "; " + basis() + (basis().citesServiceSources() ? " " + sourceIds : "") + "]";
  }
}
