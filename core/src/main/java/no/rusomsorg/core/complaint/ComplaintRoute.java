package no.rusomsorg.core.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * The ordered steps of a complaint under one regime, for one municipality, on one date: which body
 * (named as on that date), what it does, how to reach it, the deadline and where to get help.
 *
 * <p>Built by {@link ComplaintRoutes}. A route for a date before the regime's
 * {@linkplain ComplaintRegime#rulesInForceFrom() rules came into force} applies today's rules with
 * that date's names and is marked {@link #unverified()}.
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
   * @return the steps, never empty
   */
  public abstract List<ComplaintStep> steps();

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
   */
  public ComplaintStep finalStep() {
    return steps().get(steps().size() - 1);
  }

  /**
   * The step where the complaint is decided outside the municipality: the county governor, or for
   * coercion the district court.
   *
   * @return the step
   */
  public ComplaintStep appealStep() {
    AuthorityKind kind = regime() == ComplaintRegime.COERCION ? AuthorityKind.DISTRICT_COURT : AuthorityKind.COUNTY_GOVERNOR;
    return steps().stream().filter(s -> s.body().kind() == kind).findFirst().orElseThrow();
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
    if (steps().isEmpty()) {
      throw new InvalidValueException("steps", Rule.REQUIRED, "a route has at least one step");
    }
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).number() != i + 1) {
        throw new InvalidValueException("steps[" + i + "].number", Rule.ORDER, "steps are numbered 1, 2, 3 in order");
      }
    }
  }
}
