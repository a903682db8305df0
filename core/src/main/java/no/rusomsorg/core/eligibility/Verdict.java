package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/**
 * The answer to "may this person receive the service?" with its explanation.
 *
 * <p>{@link #reasons()} are the leaf criteria that decided the outcome: for a conjunction that fails,
 * the parts that failed; for a disjunction that holds, the parts that held; otherwise every part.
 * {@link #missingFacts()} is empty unless the outcome is {@link Outcome#UNKNOWN}; then it names the
 * facts that could decide it, and only those: parts already decided by other facts contribute
 * nothing. Learning all of them decides the outcome, unless a part is a {@link Criterion.NotStated}
 * or {@link Criterion.Described} condition that no fact decides: then the outcome may stay unknown,
 * and an unknown outcome may have no missing facts at all (its reasons say why).
 *
 * @param outcome the outcome
 * @param reasons the reasons, never empty
 * @param missingFacts the facts that would decide an unknown outcome
 */
@JsonPropertyOrder({"outcome", "missingFacts", "reasons"})
public record Verdict(Outcome outcome, List<Reason> reasons, Set<Fact> missingFacts) {

  /**
   * Validates and copies.
   *
   * @param outcome the outcome
   * @param reasons the reasons, never empty
   * @param missingFacts the facts that would decide an unknown outcome
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Verdict {
    Evaluator.required("outcome", outcome);
    reasons = Evaluator.nonEmptyList("reasons", reasons);
    missingFacts = Evaluator.enumSetOrEmpty("missingFacts", missingFacts, Fact.class);
    if (outcome.isKnown() && !missingFacts.isEmpty()) {
      throw new InvalidValueException("missingFacts", Rule.CONSISTENCY,
          "missing facts are listed only when the outcome is UNKNOWN");
    }
    if (!outcome.isKnown() && missingFacts.isEmpty() && !undecidable(reasons)) {
      throw new InvalidValueException("missingFacts", Rule.CONSISTENCY,
          "an UNKNOWN outcome lists its missing facts, unless a reason is a condition no fact decides");
    }
  }

  private static boolean undecidable(List<Reason> reasons) {
    for (Reason r : reasons) {
      if (Evaluator.decidedByNoFact(r.criterion())) {
        return true;
      }
    }
    return false;
  }

  /**
   * This verdict for a criterion of a service with the given sources: each reason whose basis names
   * no source id cites the service's sources (see {@link Reason#citing(List)}); the outcome and the
   * missing facts are unchanged. {@code Service.evaluate} returns verdicts resolved this way.
   *
   * @param serviceSourceIds the ids of the sources of the service the criterion belongs to
   * @return the verdict with its reasons' sources resolved
   * @throws InvalidValueException if the list or an element is null or not a valid id
   */
  public Verdict citing(List<String> serviceSourceIds) {
    Evaluator.required("serviceSourceIds", serviceSourceIds);
    List<Reason> resolved = new java.util.ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      resolved.add(r.citing(serviceSourceIds));
    }
    return new Verdict(outcome, resolved, missingFacts);
  }

  /**
   * Whether the person is eligible.
   *
   * @return true if the outcome is {@link Outcome#ELIGIBLE}
   */
  @JsonIgnore
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }

  /**
   * The outcome and the missing facts; the reasons' texts are left out because they may contain
   * health information.
   *
   * @return for example {@code Verdict[UNKNOWN, missing=[BIRTH_DATE], reasons=2]}
   */
  @Override
  public String toString() {
    return "Verdict[" + outcome + (missingFacts.isEmpty() ? "" : ", missing=" + missingFacts) + ", reasons=" + reasons.size() + "]";
  }
}
