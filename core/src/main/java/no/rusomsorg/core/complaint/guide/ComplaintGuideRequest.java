package no.rusomsorg.core.complaint.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.complaint.ComplaintRegime;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a person tells {@link ComplaintGuides}: the day they write ({@link #on()}), the date of the
 * decision and/or the day they learnt of it, and optionally the regime.
 *
 * <p>Rules: at least one of {@link #decided()} and {@link #learnt()} (field {@code decided},
 * {@link Rule#REQUIRED}); the day learnt not before the decision (field {@code learnt}, {@link Rule#ORDER});
 * neither after {@link #on()} (field {@code decided} or {@code learnt}, {@link Rule#RANGE}): a decision not
 * yet made or known cannot be complained about.
 *
 * <p>JSON: {@code {"on": "2026-03-20", "decided": "2026-03-10", "learnt": "2026-03-12", "regime": "PBRL"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaintGuideRequest.class)
@JsonDeserialize(as = ImmutableComplaintGuideRequest.class)
@JsonPropertyOrder({"on", "decided", "learnt", "regime"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ComplaintGuideRequest {

  ComplaintGuideRequest() {}

  /**
   * The day the person writes: bodies are named as on this day, the municipality and its county are
   * taken as on this day, and whether the deadline has passed is judged on it. Pass today's date from a
   * clock; nothing here reads one.
   *
   * @return the day
   */
  public abstract LocalDate on();

  /**
   * The date the decision was made (the date on the decision letter). It starts the one-year bar on late
   * complaints (fvl § 31), and the deadline when {@link #learnt()} is not given.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> decided();

  /**
   * The day notice of the decision reached the person (fvl § 29), or the day they got sufficient
   * knowledge to complain (pbrl § 7-5), or for coercion the day the tribunal's decision was made known to
   * them. It starts the deadline.
   *
   * @return the day
   */
  public abstract Optional<LocalDate> learnt();

  /**
   * The complaint regime, when the person chooses it; otherwise it follows from the service's legal basis
   * ({@link ComplaintRegime#forLegalBasis(java.util.List)}).
   *
   * @return the regime
   */
  public abstract Optional<ComplaintRegime> regime();

  /**
   * The day that starts the deadline: {@link #learnt()} if given, otherwise {@link #decided()} (the
   * earliest the deadline can start, so never a due date later than the law's).
   *
   * @return the start
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public LocalDate deadlineStart() {
    return learnt().or(this::decided).orElseThrow();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableComplaintGuideRequest.Builder builder() {
    return ImmutableComplaintGuideRequest.builder();
  }

  @Value.Check
  void check() {
    if (decided().isEmpty() && learnt().isEmpty()) {
      throw new InvalidValueException("decided", Rule.REQUIRED,
          "give the date of the decision or the day you learnt of it");
    }
    if (decided().isPresent() && learnt().isPresent() && learnt().get().isBefore(decided().get())) {
      throw new InvalidValueException("learnt", Rule.ORDER, "the day you learnt of the decision is before the decision");
    }
    if (decided().isPresent() && decided().get().isAfter(on())) {
      throw new InvalidValueException("decided", Rule.RANGE, "the decision date is after the day of the guide");
    }
    if (learnt().isPresent() && learnt().get().isAfter(on())) {
      throw new InvalidValueException("learnt", Rule.RANGE, "the day you learnt of it is after the day of the guide");
    }
  }
}
