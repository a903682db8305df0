package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import no.rusomsorg.core.text.LocalizedText;

/**
 * One step of a verdict's explanation: a leaf criterion, its own outcome for the person, and a text
 * saying why.
 *
 * <p>The outcome is the leaf's, before any {@link Criterion.Not} above it is applied. The explanation
 * may mention facts about the person (for example that they are pregnant): show it to the person or
 * their case worker, but {@link #toString()} leaves it out.
 *
 * @param criterion the leaf criterion
 * @param outcome the leaf's outcome
 * @param explanation why, in bokmål and English
 */
@JsonPropertyOrder({"criterion", "outcome", "explanation"})
public record Reason(Criterion.Leaf criterion, Outcome outcome, LocalizedText explanation) {

  /**
   * Validates.
   *
   * @param criterion the leaf criterion
   * @param outcome the leaf's outcome
   * @param explanation why, in bokmål and English
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Reason {
    Evaluator.required("criterion", criterion);
    Evaluator.required("outcome", outcome);
    Evaluator.required("explanation", explanation);
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

  /**
   * The criterion's type, outcome and basis, without the explanation.
   *
   * @return for example {@code Reason[MinimumAge: ELIGIBLE; standard-tjenestebeskrivelse]}
   */
  /** Written out rather than generated, for start-up time; see {@link Criterion}. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Reason)) {
      return false;
    }
    Reason o = (Reason) other;
    return o.outcome == outcome && o.criterion.equals(criterion) && o.explanation.equals(explanation);
  }

  @Override
  public int hashCode() {
    return (31 * criterion.hashCode() + outcome.hashCode()) * 31 + explanation.hashCode();
  }

  @Override
  public String toString() {
    return "Reason[" + criterion.getClass().getSimpleName() + ": " + outcome + "; " + basis() + "]";
  }
}
