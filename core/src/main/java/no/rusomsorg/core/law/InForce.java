package no.rusomsorg.core.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import org.immutables.value.Value;

/**
 * When an act, or a change to one, is in force: {@link Status#IN_FORCE in force} with no start the
 * library records, {@link Status#FROM_DATE from a date}, or {@link Status#DATE_NOT_DECIDED not yet in
 * force with no date decided} (the new Public Administration Act, LOV-2025-06-20-81, whose date the
 * King decides). An act replaced on a known date also has a last day ({@link #until()}).
 *
 * <p>The library never invents a date: an unknown date is {@code DATE_NOT_DECIDED}, and the act is
 * treated as not in force on any date until the date is recorded in the law table (see
 * {@link Statutes}).
 */
@Value.Immutable
public abstract class InForce {
  InForce() {}

  /** How the act stands. */
  public enum Status {
    /** In force on every date the library answers for; its start is not recorded in the library. */
    IN_FORCE,
    /** In force from {@link InForce#from()}. */
    FROM_DATE,
    /** Passed but not yet in force, and no date has been decided. */
    DATE_NOT_DECIDED
  }

  /**
   * How the act stands.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * The first day in force; present exactly when the status is {@link Status#FROM_DATE}.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> from();

  /**
   * The last day in force, when the act was replaced on a known date.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> until();

  /**
   * In force, with no start recorded.
   *
   * @return the value
   */
  public static InForce inForce() {
    return ImmutableInForce.builder().status(Status.IN_FORCE).build();
  }

  /**
   * In force from a date.
   *
   * @param from the first day
   * @return the value
   */
  public static InForce from(LocalDate from) {
    return ImmutableInForce.builder().status(Status.FROM_DATE).from(from).build();
  }

  /**
   * Not yet in force; no date decided.
   *
   * @return the value
   */
  public static InForce dateNotDecided() {
    return ImmutableInForce.builder().status(Status.DATE_NOT_DECIDED).build();
  }

  /**
   * The same, with a last day.
   *
   * @param lastDay the last day in force
   * @return a copy
   */
  public InForce until(LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    return ImmutableInForce.copyOf(this).withUntil(lastDay);
  }

  /**
   * Whether in force on a date.
   *
   * @param date the date
   * @return false before {@link #from()}, after {@link #until()}, and on every date while no date is decided
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date == null) {
      throw new InvalidValueException("date", Rule.REQUIRED, "a date is required");
    }
    if (status() == Status.DATE_NOT_DECIDED) {
      return false;
    }
    if (from().isPresent() && date.isBefore(from().get())) {
      return false;
    }
    return until().isEmpty() || !date.isAfter(until().get());
  }

  @Value.Check
  void check() {
    if ((status() == Status.FROM_DATE) != from().isPresent()) {
      throw new InvalidValueException("from", Rule.CONSISTENCY, "a date is given exactly when in force from a date");
    }
    if (until().isPresent() && status() == Status.DATE_NOT_DECIDED) {
      throw new InvalidValueException("until", Rule.CONSISTENCY, "an act not yet in force has no last day");
    }
    if (until().isPresent() && from().isPresent() && until().get().isBefore(from().get())) {
      throw new InvalidValueException("until", Rule.ORDER, "the last day is before the first");
    }
  }

  @Override
  public String toString() {
    return switch (status()) {
      case DATE_NOT_DECIDED -> "not yet in force (date not decided)";
      case FROM_DATE -> "in force from " + from().get() + until().map(u -> " until " + u).orElse("");
      case IN_FORCE -> "in force" + until().map(u -> " until " + u).orElse("");
    };
  }
}
