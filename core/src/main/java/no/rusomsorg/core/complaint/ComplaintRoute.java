package no.rusomsorg.core.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * The ordered steps of a complaint under one regime, for one municipality, on one date: which body
 * (named as on that date), what it does, how to reach it, the deadline and where to get help.
 *
 * <p>Built by {@link ComplaintRoutes}. A route for a date before the regime's
 * {@linkplain ComplaintRegime#rulesInForceFrom() rules came into force} applies today's rules with
 * that date's names and is marked {@link #unverified()}.
 *
 * <p>Every body named in the route's texts carries its name as of {@link #date()}. The patient and user
 * ombud appears only as {@linkplain ComplaintStep#help() help} beside the steps of health and care
 * routes, never as a step. A {@link ComplaintRegime#CONSENT_DETENTION} route has no steps: its
 * {@link #notes()} say why, and its {@link #timeLimits()} give the hold rules.
 */
@Value.Immutable
public abstract class ComplaintRoute {

  ComplaintRoute() {}

  /**
   * The regime.
   *
   * @return the regime
   */
  public abstract ComplaintRegime regime();

  /**
   * The municipality whose decision or service is complained about.
   *
   * @return the municipality
   */
  public abstract MunicipalityRef municipality();

  /**
   * The date the route describes: bodies are named as on this date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The date that starts the complaint deadline (notice received, or knowledge), when given.
   *
   * @return the start date
   */
  public abstract Optional<LocalDate> deadlineStart();

  /**
   * The steps in order, numbered from 1.
   *
   * @return the steps; empty only for {@link ComplaintRegime#CONSENT_DETENTION}
   */
  public abstract List<ComplaintStep> steps();

  /**
   * The statutory time limits of the case the route belongs to that are not a step's own deadline: for
   * coercion the interim decision's two weeks, the six-week lapse and the review every third month; for
   * detention on own consent the two three-week hold rules.
   *
   * @return the rules, possibly none
   */
  public abstract List<DeadlineRule> timeLimits();

  /**
   * Remarks on the route as a whole, such as why it is marked unverified.
   *
   * @return the notes
   */
  public abstract List<LocalizedText> notes();

  /**
   * Whether any part of the route rests on secondary sources or an assumption.
   *
   * @return true if not fully verified
   */
  @Value.Default
  public boolean unverified() {
    return false;
  }

  /**
   * The last step: the Ombud, or for coercion the district court.
   *
   * @return the last step
   * @throws InvalidValueException (field {@code regime}, CONSISTENCY) for a route without steps
   */
  public ComplaintStep finalStep() {
    requireSteps();
    return steps().get(steps().size() - 1);
  }

  /**
   * The step where the complaint is decided by another body than the one that decided: the county
   * governor, for {@link ComplaintRegime#FVL_MUNICIPAL} the municipality's own appeal body, or for
   * coercion the district court.
   *
   * @return the step
   * @throws InvalidValueException (field {@code regime}, CONSISTENCY) for a route without steps
   */
  public ComplaintStep appealStep() {
    requireSteps();
    AuthorityKind kind = regime() == ComplaintRegime.COERCION ? AuthorityKind.DISTRICT_COURT
        : regime() == ComplaintRegime.FVL_MUNICIPAL ? AuthorityKind.MUNICIPAL_APPEAL_BODY
        : AuthorityKind.COUNTY_GOVERNOR;
    return steps().stream().filter(s -> s.body().kind() == kind).findFirst().orElseThrow(() ->
        new InvalidValueException("steps", Rule.CONSISTENCY, "the route has no " + kind + " step"));
  }

  private void requireSteps() {
    if (steps().isEmpty()) {
      throw new InvalidValueException("regime", Rule.CONSISTENCY,
          regime() + " has no complaint steps: nothing is appealed");
    }
  }

  /**
   * The step after the {@linkplain #appealStep() appeal step}: the Ombud; empty for coercion.
   *
   * @return the step
   */
  public Optional<ComplaintStep> stepAfterAppeal() {
    int i = steps().indexOf(appealStep());
    return i + 1 < steps().size() ? Optional.of(steps().get(i + 1)) : Optional.empty();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableComplaintRoute.Builder builder() {
    return ImmutableComplaintRoute.builder();
  }

  @Value.Check
  void check() {
    if (steps().isEmpty() == regime().hasSteps()) {
      throw new InvalidValueException("steps", steps().isEmpty() ? Rule.REQUIRED : Rule.CONSISTENCY,
          steps().isEmpty() ? "a route has at least one step" : regime() + " has no steps: nothing is appealed");
    }
    if (!regime().hasSteps() && notes().isEmpty()) {
      throw new InvalidValueException("notes", Rule.REQUIRED, "a route without steps must say why");
    }
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).number() != i + 1) {
        throw new InvalidValueException("steps[" + i + "].number", Rule.ORDER, "steps are numbered 1, 2, 3 in order");
      }
    }
  }
}
