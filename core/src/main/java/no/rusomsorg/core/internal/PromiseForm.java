package no.rusomsorg.core.internal;

import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;

/**
 * The flat JSON form of a response promise's period ({@code "min"}, {@code "max"}, {@code "unit"}),
 * checked under those field names; shared by Jackson and the streaming catalog reader. Not API.
 */
public final class PromiseForm {
  private PromiseForm() {}

  /**
   * The period from the JSON form's fields.
   *
   * @param min the lower bound, or null when absent
   * @param max the upper bound, or null when absent
   * @param unit the unit, or null when absent
   * @return the period: a single amount when {@code min == max}, else a range
   * @throws InvalidValueException for a missing field ({@link Rule#REQUIRED}), an amount outside 0 to
   *     {@value PeriodSpec#MAX_AMOUNT} ({@link Rule#RANGE}), or {@code max} below {@code min}
   *     ({@code max}, {@link Rule#ORDER})
   */
  public static PeriodSpec period(Integer min, Integer max, PeriodUnit unit) {
    require("min", min);
    require("max", max);
    require("unit", unit);
    range("min", min);
    range("max", max);
    if (max < min) {
      throw new InvalidValueException("max", Rule.ORDER, "the upper end (" + max + ") is below the lower end (" + min + ")");
    }
    return PeriodSpec.range(min, max, unit);
  }

  private static void require(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "is required");
    }
  }

  private static void range(String field, int value) {
    if (value < 0 || value > PeriodSpec.MAX_AMOUNT) {
      throw new InvalidValueException(field, Rule.RANGE, "must be from 0 to " + PeriodSpec.MAX_AMOUNT + " (got " + value + ")");
    }
  }
}
