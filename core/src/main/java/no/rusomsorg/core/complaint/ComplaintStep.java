package no.rusomsorg.core.complaint;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * One step of a {@link ComplaintRoute}: the body (under its name on the route's date), what it does,
 * who brings the case there and how, the deadline, the legal basis and where to get help.
 */
@Value.Immutable
public abstract class ComplaintStep {

  ComplaintStep() {}

  /**
   * The step's position in the route, from 1.
   *
   * @return the position
   */
  public abstract int number();

  /**
   * The body at this step, under the name valid on the route's date.
   *
   * @return the body
   */
  public abstract Authority body();

  /**
   * What the body does.
   *
   * @return the action
   */
  public abstract StepAction action();

  /**
   * Who brings the case to this body.
   *
   * @return the submitter
   */
  public abstract Submitter submittedBy();

  /**
   * How the person can address the body at this step; empty when the case is forwarded
   * ({@link Submitter#PREVIOUS_BODY}) or brought by the municipality.
   *
   * @return the channels
   */
  public abstract Set<Channel> channels();

  /**
   * The deadline rule for reaching this step, if there is one.
   *
   * @return the rule
   */
  public abstract Optional<DeadlineRule> deadlineRule();

  /**
   * The computed deadline, when the route was asked for with the date that starts it.
   *
   * @return the deadline
   */
  public abstract Optional<Deadline> deadline();

  /**
   * The statute sections this step rests on; empty for a step that is practice rather than law
   * (such as first raising a service complaint with the service's leader).
   *
   * @return the references
   */
  public abstract List<LegalReference> legalReferences();

  /**
   * What happens at the step, for the person.
   *
   * @return the description in bokmål and English
   */
  public abstract LocalizedText description();

  /**
   * Where to get help at this step.
   *
   * @return the help, possibly none
   */
  public abstract List<ComplaintHelp> help();

  /**
   * Whether something in this step rests on secondary sources or an assumption.
   *
   * @return true if not fully verified
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
  public static ImmutableComplaintStep.Builder builder() {
    return ImmutableComplaintStep.builder();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new InvalidValueException("number", Rule.RANGE, "steps are numbered from 1");
    }
    if (deadline().isPresent() && !deadline().get().rule().equals(deadlineRule().orElse(null))) {
      throw new InvalidValueException("deadline", Rule.CONSISTENCY, "the deadline must follow the step's rule");
    }
    if (submittedBy() == Submitter.PERSON && channels().isEmpty()) {
      throw new InvalidValueException("channels", Rule.REQUIRED, "say how the person can reach the body");
    }
  }
}
