package no.rusomsorg.core.service;

import no.rusomsorg.core.deadline.PeriodUnit;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount of a {@link PeriodUnit} as a document states it, such as "3 weeks" or "1 working day".
 *
 * <p>It is data, not a computed deadline: how a span is counted in law (domstolloven §§ 148–149) is the
 * deadline package's business. The amount is 1 to 10 000.
 *
 * <p>JSON: {@code {"amount": 3, "unit": "WEEKS"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeSpan.class)
@JsonDeserialize(as = ImmutableTimeSpan.class)
@JsonPropertyOrder({"amount", "unit"})
public abstract class TimeSpan {
  /** The largest amount accepted. */
  public static final int MAX_AMOUNT = 10_000;

  TimeSpan() {}

  /**
   * The amount.
   *
   * @return 1 to {@value #MAX_AMOUNT}
   */
  public abstract int amount();

  /**
   * The unit.
   *
   * @return the unit
   */
  public abstract PeriodUnit unit();

  /**
   * A span.
   *
   * @param amount the amount, from 1
   * @param unit the unit
   * @return the span
   */
  public static TimeSpan of(int amount, PeriodUnit unit) {
    return ImmutableTimeSpan.builder().amount(amount).unit(unit).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTimeSpan.Builder builder() {
    return ImmutableTimeSpan.builder();
  }

  @Value.Check
  void check() {
    if (amount() < 1 || amount() > MAX_AMOUNT) {
      throw new InvalidValueException("amount", Rule.RANGE, "must be from 1 to " + MAX_AMOUNT + " (got " + amount() + ")");
    }
  }

  @Override
  public String toString() {
    return amount() + " " + unit();
  }
}
