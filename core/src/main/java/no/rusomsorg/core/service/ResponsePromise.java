package no.rusomsorg.core.service;

import no.rusomsorg.core.deadline.PeriodUnit;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A time the service publishes: how soon it responds, or how long something lasts, as a range
 * from {@link #min()} to {@link #max()} in a {@link PeriodUnit}.
 *
 * <p>Examples from the sources: an assessment interview within 2–3 working days (min 2, max 3,
 * {@code WORKING_DAYS}, {@link PromiseKind#TIME_TO_RESPONSE}, indicative); an assessment period of up
 * to 3 months ({@link PromiseKind#MAXIMUM_DURATION}); a psychologist appointment normally within a
 * week (min 0, max 1, {@code WEEKS}); music therapy in periods of 3 months ({@link PromiseKind#DURATION},
 * min = max = 3). "The same day" is min = max = 0 days.
 *
 * <p>{@link #indicative()} marks what the source says "normally" happens: a published practice, not a
 * promise that can be enforced. Amounts are 0 to {@value TimeSpan#MAX_AMOUNT}, max at least min
 * ({@link Rule#ORDER}).
 *
 * <p>JSON: {@code {"what": {...}, "kind": "TIME_TO_RESPONSE", "min": 2, "max": 3, "unit":
 * "WORKING_DAYS", "indicative": true}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponsePromise.class)
@JsonDeserialize(as = ImmutableResponsePromise.class)
@JsonPropertyOrder({"what", "kind", "min", "max", "unit", "indicative"})
public abstract class ResponsePromise {

  ResponsePromise() {}

  /**
   * What the time is about ("contact for an assessment interview").
   *
   * @return the text
   */
  public abstract LocalizedText what();

  /**
   * Whether this is a time to respond or a duration.
   *
   * @return the kind
   */
  public abstract PromiseKind kind();

  /**
   * The lower end of the range.
   *
   * @return 0 or more
   */
  public abstract int min();

  /**
   * The upper end of the range.
   *
   * @return at least {@link #min()}
   */
  public abstract int max();

  /**
   * The unit of both ends.
   *
   * @return the unit
   */
  public abstract PeriodUnit unit();

  /**
   * Whether the source says this is what <em>normally</em> happens rather than a firm promise.
   *
   * @return true for a normal practice
   */
  @Value.Default
  public boolean indicative() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableResponsePromise.Builder builder() {
    return ImmutableResponsePromise.builder();
  }

  /**
   * The upper end as a time span, if it is at least 1.
   *
   * @return the span {@code max unit}; empty for "the same day"
   */
  public Optional<TimeSpan> upperBound() {
    return max() >= 1 ? Optional.of(TimeSpan.of(max(), unit())) : Optional.empty();
  }

  @Value.Check
  void check() {
    range("min", min());
    range("max", max());
    if (max() < min()) {
      throw new InvalidValueException("max", Rule.ORDER, "the upper end (" + max() + ") is below the lower end (" + min() + ")");
    }
  }

  private static void range(String field, int value) {
    if (value < 0 || value > TimeSpan.MAX_AMOUNT) {
      throw new InvalidValueException(field, Rule.RANGE, "must be from 0 to " + TimeSpan.MAX_AMOUNT + " (got " + value + ")");
    }
  }

  @Override
  public String toString() {
    return what().nb() + ": " + (min() == max() ? "" + max() : min() + "-" + max()) + " " + unit() + " (" + kind() + ")";
  }
}
