package no.rusomsorg.core.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.text.Language;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A length of time as written in a rule or a published promise: an amount and a {@link PeriodUnit},
 * such as "3 weeks" or "10 working days", optionally a range such as "2–3 working days".
 *
 * <p>For a range, {@link #amount()} is the <em>upper</em> bound and {@link #lowerAmount()} the lower
 * one: a deadline computed from a range is due at the end of the longest period, because that is the
 * last day on which the promise is still kept. Amounts are from 0 to {@value #MAX_AMOUNT}.
 *
 * <p>JSON: {@code {"amount": 3, "unit": "WEEKS"}} or {@code {"amount": 3, "unit": "WORKING_DAYS",
 * "lowerAmount": 2}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodSpec.class)
@JsonDeserialize(as = ImmutablePeriodSpec.class)
@JsonPropertyOrder({"amount", "unit", "lowerAmount"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class PeriodSpec {
  /** The largest amount accepted; larger periods leave the calendar's range anyway. */
  public static final int MAX_AMOUNT = 100_000;

  PeriodSpec() {}

  /**
   * The amount; for a range, its upper bound.
   *
   * @return the amount, 0 or more
   */
  public abstract int amount();

  /**
   * The unit.
   *
   * @return the unit
   */
  public abstract PeriodUnit unit();

  /**
   * The lower bound of a range ("2" in "2–3 working days"), if the period is a range.
   *
   * @return the lower bound, not above {@link #amount()}
   */
  public abstract Optional<Integer> lowerAmount();

  /**
   * A period of a single amount.
   *
   * @param amount the amount, 0 or more
   * @param unit the unit
   * @return the period
   * @throws InvalidValueException if the amount is negative or too large ({@code amount}, RANGE)
   */
  public static PeriodSpec of(int amount, PeriodUnit unit) {
    return ImmutablePeriodSpec.builder().amount(amount).unit(unit).build();
  }

  /**
   * A range such as "2–3 working days". Equal bounds give a single amount.
   *
   * @param lower the lower bound, 0 or more
   * @param upper the upper bound, not below {@code lower}
   * @param unit the unit
   * @return the period
   * @throws InvalidValueException if a bound is out of range ({@code lowerAmount}/{@code amount},
   *     RANGE) or the bounds are in the wrong order ({@code lowerAmount}, ORDER)
   */
  public static PeriodSpec range(int lower, int upper, PeriodUnit unit) {
    if (lower == upper) {
      return of(upper, unit);
    }
    return ImmutablePeriodSpec.builder().amount(upper).unit(unit).lowerAmount(lower).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePeriodSpec.Builder builder() {
    return ImmutablePeriodSpec.builder();
  }

  /**
   * The period as text: "3 uker", "2–3 virkedager"; "3 weeks", "2–3 working days".
   *
   * @param language the language (nynorsk falls back to bokmål)
   * @return the text
   */
  public String text(Language language) {
    Objects.requireNonNull(language, "language");
    String amounts = lowerAmount().map(l -> l + "–").orElse("") + amount();
    return amounts + " " + unit().label(lowerAmount().isPresent() ? 2 : amount(), language);
  }

  @Value.Check
  void check() {
    if (amount() < 0 || amount() > MAX_AMOUNT) {
      throw new InvalidValueException("amount", Rule.RANGE, "an amount is from 0 to " + MAX_AMOUNT);
    }
    if (lowerAmount().isPresent()) {
      int lower = lowerAmount().get();
      if (lower < 0) {
        throw new InvalidValueException("lowerAmount", Rule.RANGE, "an amount is from 0 to " + MAX_AMOUNT);
      }
      if (lower > amount()) {
        throw new InvalidValueException("lowerAmount", Rule.ORDER, "the lower bound exceeds the upper bound");
      }
    }
  }

  @Override
  public String toString() {
    return text(Language.EN);
  }
}
