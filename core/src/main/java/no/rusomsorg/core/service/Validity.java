package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The period in which something is in force: from a first day, and up to and <b>including</b> a last
 * day if it has ended or will end.
 *
 * <p>Used by municipalities, their numbers, units and services. A validity that ends before it starts
 * is rejected ({@link no.rusomsorg.core.InvalidValueException.Rule#ORDER ORDER}); a one-day validity
 * ({@code from == to}) is allowed.
 *
 * <p>A validity is anchored in real dates; a length of time with no position ("3 weeks", "2–3 working
 * days") is a {@link no.rusomsorg.core.deadline.PeriodSpec}.
 *
 * <p>JSON: {@code {"from": "2020-01-01", "to": "2020-12-31"}}; {@code to} is left out when open-ended.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidity.class)
@JsonDeserialize(as = ImmutableValidity.class)
@JsonPropertyOrder({"from", "to"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Validity {

  Validity() {}

  /**
   * The first day in force.
   *
   * @return the date
   */
  public abstract LocalDate from();

  /**
   * The last day in force (inclusive), if the period ends.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> to();

  /**
   * An open-ended validity.
   *
   * @param from the first day
   * @return the validity
   */
  public static Validity starting(LocalDate from) {
    return ImmutableValidity.builder().from(from).build();
  }

  /**
   * A validity with a last day.
   *
   * @param from the first day
   * @param to the last day, inclusive
   * @return the validity
   * @throws no.rusomsorg.core.InvalidValueException if {@code to} is before {@code from}
   */
  public static Validity of(LocalDate from, LocalDate to) {
    return ImmutableValidity.builder().from(from).to(to).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableValidity.Builder builder() {
    return ImmutableValidity.builder();
  }

  /**
   * Whether a day lies in the period (both ends inclusive).
   *
   * @param date the day
   * @return true if {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    CatalogChecks.notNull("date", date);
    return !date.isBefore(from()) && (to().isEmpty() || !date.isAfter(to().get()));
  }

  /**
   * Whether two periods share at least one day.
   *
   * @param other the other period
   * @return true if they overlap
   */
  public boolean overlaps(Validity other) {
    CatalogChecks.notNull("other", other);
    boolean thisStartsBeforeOtherEnds = other.to().isEmpty() || !from().isAfter(other.to().get());
    boolean otherStartsBeforeThisEnds = to().isEmpty() || !other.from().isAfter(to().get());
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Whether the period has no last day.
   *
   * @return true if open-ended
   */
  public boolean openEnded() {
    return to().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.order("to", from(), to());
  }

  @Override
  public String toString() {
    return from() + ".." + to().map(LocalDate::toString).orElse("");
  }
}
