package no.rusomsorg.core.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * A length of time as a statute, a rule or a municipality writes it: an amount of a {@link PeriodUnit},
 * such as "3 weeks" or "10 working days", or a range of amounts such as "2–3 working days".
 *
 * <p>This is the library's one type for "an amount (or a range of amounts) of a unit". The same type
 * is the period of a {@link DeadlineRule} ("3 weeks", fvl § 29), the deadline a municipality publishes
 * ({@link no.rusomsorg.core.service.PublishedComplaintInfo#deadline()}), the call-back time of an
 * answering service ({@link no.rusomsorg.core.contact.Fallback#callbackWithin()}) and the range of a
 * {@link no.rusomsorg.core.service.ResponsePromise} ("within 2–3 working days"). It is not anchored
 * to a date; how it is counted from a date is {@link DeadlineCalculator}'s business (domstolloven
 * §§ 148–149), and the result of counting is a {@link Deadline}.
 *
 * <p>How it differs from its neighbours:
 * <ul>
 *   <li>{@link java.time.Period} is an exact amount of years, months and days; a {@code PeriodSpec}
 *       has one unit, which may be {@link PeriodUnit#WORKING_DAYS} (a count that depends on the
 *       Norwegian calendar), and may be a range. {@link #toPeriod()} converts the calendar units.
 *   <li>{@link no.rusomsorg.core.service.Validity} is a span of real dates (from a first day to an
 *       inclusive last day); a {@code PeriodSpec} is a length with no position in time.
 *   <li>{@link Deadline} is a {@code PeriodSpec} counted from a start date: a due date with the rule
 *       and the trace that produced it.
 * </ul>
 *
 * <p>For a range, {@link #amount()} is the <em>upper</em> bound and {@link #lowerAmount()} the lower
 * one: a deadline computed from a range is due at the end of the longest period, because that is the
 * last day on which the promise is still kept. Amounts are from 0 to {@value #MAX_AMOUNT}
 * ({@link Rule#RANGE}); the lower bound is not above the upper one ({@link Rule#ORDER}). Where a place
 * needs more (a published complaint deadline is at least 1), the place says so.
 *
 * <p>JSON: {@code {"amount": 3, "unit": "WEEKS"}} or {@code {"amount": 3, "unit": "WORKING_DAYS",
 * "lowerAmount": 2}}. A {@link no.rusomsorg.core.service.ResponsePromise} writes its range flat, as
 * {@code "min"}, {@code "max"} and {@code "unit"}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodSpec.class)
@JsonDeserialize(as = ImmutablePeriodSpec.class)
@JsonPropertyOrder({"amount", "unit", "lowerAmount"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class PeriodSpec {
  /** The largest amount accepted (10 000 days is some 27 years; no rule or promise comes near it). */
  public static final int MAX_AMOUNT = 10_000;

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
   * Whether this is a range such as "2–3 working days" rather than a single amount.
   *
   * @return true if {@link #lowerAmount()} is present
   */
  @JsonIgnore
  public boolean isRange() {
    return lowerAmount().isPresent();
  }

  /**
   * The lower bound, which for a single amount is the amount itself.
   *
   * @return {@link #lowerAmount()}, or {@link #amount()} when this is not a range
   */
  public int minAmount() {
    return lowerAmount().orElse(amount());
  }

  /**
   * The calendar length of a single amount in days, weeks, months or years, as a {@link java.time.Period}.
   *
   * @return the period, such as {@code P21D} for 3 weeks; empty for working days (their length
   *     depends on the calendar) and for a range
   */
  public Optional<java.time.Period> toPeriod() {
    if (isRange()) {
      return Optional.empty();
    }
    return switch (unit()) {
      case DAYS -> Optional.of(java.time.Period.ofDays(amount()));
      case WEEKS -> Optional.of(java.time.Period.ofWeeks(amount()));
      case MONTHS -> Optional.of(java.time.Period.ofMonths(amount()));
      case YEARS -> Optional.of(java.time.Period.ofYears(amount()));
      case WORKING_DAYS -> Optional.empty();
    };
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
      if (lower < 0 || lower > MAX_AMOUNT) {
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
