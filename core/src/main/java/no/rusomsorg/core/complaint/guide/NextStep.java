package no.rusomsorg.core.complaint.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.complaint.StepAction;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where the complaint goes after the addressee: one later step of the complaint route (the municipality's
 * appeal body, the county governor, the Parliamentary Ombud), with the body named as on the guide's date.
 *
 * <p>JSON: {@code {"number": 2, "bodyKind": "COUNTY_GOVERNOR", "bodyName": {...}, "action": "DECIDE",
 * "description": {...}, "deadlineRule": "OMBUD_COMPLAINT", "legalReferences": [...], "unverified": false}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNextStep.class)
@JsonDeserialize(as = ImmutableNextStep.class)
@JsonPropertyOrder({"number", "bodyKind", "bodyName", "action", "description", "deadlineRule", "legalReferences",
    "unverified"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class NextStep {

  NextStep() {}

  /**
   * The step's number in the complaint route.
   *
   * @return the number, from 1
   */
  public abstract int number();

  /**
   * The kind of body.
   *
   * @return the kind
   */
  public abstract AuthorityKind bodyKind();

  /**
   * The body's name on the guide's date.
   *
   * @return the name
   */
  public abstract LocalizedText bodyName();

  /**
   * What the body does.
   *
   * @return the action
   */
  public abstract StepAction action();

  /**
   * What happens at the step, as the complaint route describes it.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * The deadline rule for reaching the step, if any (the Ombud's one year).
   *
   * @return the rule
   */
  public abstract Optional<DeadlineRule> deadlineRule();

  /**
   * The statute sections the step rests on.
   *
   * @return the references
   */
  public abstract List<LegalReference> legalReferences();

  /**
   * Whether something in the step rests on secondary sources.
   *
   * @return true if unverified
   */
  @Value.Default
  public boolean unverified() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableNextStep.Builder builder() {
    return ImmutableNextStep.builder();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new no.rusomsorg.core.InvalidValueException("number", no.rusomsorg.core.InvalidValueException.Rule.RANGE,
          "steps are numbered from 1");
    }
  }
}
