package no.rusomsorg.core.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.NonWorkingDay;
import no.rusomsorg.core.calendar.NorwegianCalendar;

/**
 * Computes {@link Deadline deadlines} from a {@link DeadlineRule} and the date of its start event.
 *
 * <p><b>Counting (domstolloven § 148).</b> A period in days does not count the starting day (12 March
 * + 3 days = 15 March). A period in weeks ends on the same weekday as the start; one in months or
 * years on the same day number, or on the last day of the month when the month is shorter (31
 * January + 1 month = 28 or 29 February; 29 February + 1 year = 28 February). Working days are
 * counted in the {@link NorwegianCalendar}, the starting day not counted; 0 working days is the start
 * itself.
 *
 * <p><b>Extension (domstolloven § 149).</b> For a deadline to act, a plain date on a Saturday, a Sunday
 * or a holiday (including 1 and 17 May) moves to the next working day; 24 and 31 December are working
 * days and do not move. Maximum durations and the one-year bar of fvl § 31 never move (see
 * {@link DeadlineRule}). The start date itself may be any day, working or not.
 *
 * <p><b>Errors.</b> A null argument, a start outside the calendar's years
 * ({@value NorwegianCalendar#MIN_YEAR}–{@value NorwegianCalendar#MAX_YEAR}), a period given to a rule
 * that takes none, or a result beyond the calendar's last year is rejected with an
 * {@link InvalidValueException} naming the argument ({@code rule}, {@code start}, {@code period},
 * {@code expectedEnd}, {@code due}).
 *
 * <p>Instances are immutable and thread-safe; every computation runs in constant or logarithmic time.
 */
public final class DeadlineCalculator {
  /** The longest pregnancy detention accepted: 44 weeks from admission, longer than any pregnancy. */
  static final int MAX_PREGNANCY_DAYS = 44 * 7;

  private static final DeadlineCalculator STANDARD =
      new DeadlineCalculator(NorwegianCalendar.standard(), WorkingDayReading.SATURDAY_NOT_A_WORKING_DAY);
  private static final DeadlineCalculator SATURDAY_WORKING =
      new DeadlineCalculator(NorwegianCalendar.standard(), WorkingDayReading.SATURDAY_IS_A_WORKING_DAY);

  private final NorwegianCalendar calendar;
  private final WorkingDayReading reading;

  private DeadlineCalculator(NorwegianCalendar calendar, WorkingDayReading reading) {
    this.calendar = calendar;
    this.reading = reading;
  }

  /**
   * The calculator on the {@link NorwegianCalendar#standard() Norwegian calendar}, reading "working
   * days" as {@link WorkingDayReading#SATURDAY_NOT_A_WORKING_DAY} (the library's reading).
   *
   * @return the shared instance
   */
  public static DeadlineCalculator standard() {
    return STANDARD;
  }

  /**
   * The same calculator with another reading of "virkedager" for periods counted in working days (the
   * open question whether a Saturday is one, see {@link WorkingDayReading}). Only periods in
   * {@link PeriodUnit#WORKING_DAYS} are affected: with Saturdays counted, such a period may end on a
   * Saturday, which is then a working day and not extended. Periods in days, weeks, months and years
   * are extended from a Saturday as before (domstolloven § 149).
   *
   * @param reading the reading
   * @return a calculator counting working days with that reading
   */
  public DeadlineCalculator withWorkingDayReading(WorkingDayReading reading) {
    Objects.requireNonNull(reading, "reading");
    if (reading == null) {
      throw new InvalidValueException("reading", Rule.REQUIRED, "a reading of working days is required");
    }
    return reading == WorkingDayReading.SATURDAY_NOT_A_WORKING_DAY ? STANDARD : SATURDAY_WORKING;
  }

  /**
   * The reading of "virkedager" this calculator counts working days with.
   *
   * @return the reading
   */
  public WorkingDayReading workingDayReading() {
    return reading;
  }

  /**
   * Computes a rule's deadline with its own period.
   *
   * @param rule the rule
   * @param start the date of the start event
   * @return the deadline
   * @throws InvalidValueException if an argument is out of range; if the rule has no period of
   *     its own ({@link DeadlineRule#COERCION_PREGNANCY_10_3}: field {@code expectedEnd};
   *     {@link DeadlineRule#RESPONSE_PROMISE}: field {@code period}; both REQUIRED)
   */
  public Deadline compute(DeadlineRule rule, LocalDate start) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    require(rule, start);
    if (rule.needsEndDate()) {
      throw new InvalidValueException("expectedEnd", Rule.REQUIRED,
          rule + " ends at a date: pass the expected end of the pregnancy");
    }
    PeriodSpec period = rule.period().orElseThrow(() -> new InvalidValueException("period", Rule.REQUIRED,
        rule + " takes its period from the caller"));
    return build(rule, start, Optional.of(period), null, Optional.empty());
  }

  /**
   * The due date of a rule's deadline with its own period, without building the explained
   * {@link Deadline}: always equal to {@code compute(rule, start).due()}, and rejects the same
   * arguments with the same exceptions. Use it for bulk work (a deadline for every decision in a
   * register); use {@link #compute(DeadlineRule, LocalDate)} when a caseworker needs the trace and the
   * skipped days. It allocates nothing but the returned date.
   *
   * @param rule the rule
   * @param start the date of the start event
   * @return the due date, after any extension to a working day (domstolloven § 149)
   * @throws InvalidValueException as {@link #compute(DeadlineRule, LocalDate)} does
   */
  public LocalDate dueDate(DeadlineRule rule, LocalDate start) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    require(rule, start);
    if (rule.needsEndDate()) {
      throw new InvalidValueException("expectedEnd", Rule.REQUIRED,
          rule + " ends at a date: pass the expected end of the pregnancy");
    }
    Optional<PeriodSpec> period = rule.period();
    if (period.isEmpty()) {
      throw new InvalidValueException("period", Rule.REQUIRED, rule + " takes its period from the caller");
    }
    PeriodSpec p = period.get();
    if (!rule.extendsToWorkingDay() || p.unit() == PeriodUnit.WORKING_DAYS) {
      return plain(start, p); // working days already end on a working day
    }
    // Days and weeks stay in epoch days until the end: one LocalDate instead of three.
    long end = p.unit() == PeriodUnit.DAYS ? start.toEpochDay() + p.amount()
        : p.unit() == PeriodUnit.WEEKS ? start.toEpochDay() + 7L * p.amount()
        : plain(start, p).toEpochDay();
    if (end > LAST_EPOCH_DAY) {
      requireInRange(LocalDate.ofEpochDay(end));
    }
    try {
      return LocalDate.ofEpochDay(calendar.workingDayOnOrAfter(end));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("due", Rule.RANGE, "the due date is beyond the calendar's last year", e);
    }
  }

  private static final long LAST_EPOCH_DAY = LocalDate.of(NorwegianCalendar.MAX_YEAR, 12, 31).toEpochDay();

  /**
   * Computes a parameterised rule's deadline with a period chosen by the caller: the hold period of
   * {@link DeadlineRule#CONSENT_DETENTION_10_4} (whose 3-week default is unverified), or the period
   * of a {@link DeadlineRule#RESPONSE_PROMISE}.
   *
   * @param rule a rule for which {@link DeadlineRule#isParameterised()} is true
   * @param start the date of the start event
   * @param period the period to use
   * @return the deadline
   * @throws InvalidValueException if an argument is out of range, or the rule takes no period
   *     from the caller (field {@code period}, CONSISTENCY)
   */
  public Deadline compute(DeadlineRule rule, LocalDate start, PeriodSpec period) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(period, "period");
    require(rule, start);
    if (period == null) {
      throw new InvalidValueException("period", Rule.REQUIRED, "a period is required");
    }
    if (!rule.isParameterised()) {
      throw new InvalidValueException("period", Rule.CONSISTENCY, rule + " has a fixed period");
    }
    return build(rule, start, Optional.of(period), null, Optional.empty());
  }

  /**
   * Computes a rule that ends at a date rather than after a period: the detention of a pregnant woman
   * under hol § 10-3, which may last the whole pregnancy. The end is the expected end of the
   * pregnancy (birth); it is never extended. Recompute when the expected date changes.
   *
   * @param rule {@link DeadlineRule#COERCION_PREGNANCY_10_3}
   * @param start the date of admission
   * @param expectedEnd the expected end of the pregnancy, not before {@code start} and at most 44 weeks
   *     after it
   * @return the deadline, with no period
   * @throws InvalidValueException if an argument is out of range (field {@code expectedEnd}:
   *     ORDER when before the start, RANGE when too late), or the rule does not end at a date (field
   *     {@code expectedEnd}, CONSISTENCY)
   */
  public Deadline compute(DeadlineRule rule, LocalDate start, LocalDate expectedEnd) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(expectedEnd, "expectedEnd");
    require(rule, start);
    if (!rule.needsEndDate()) {
      throw new InvalidValueException("expectedEnd", Rule.CONSISTENCY, rule + " is computed from its period");
    }
    if (expectedEnd == null) {
      throw new InvalidValueException("expectedEnd", Rule.REQUIRED, "the expected end of the pregnancy is required");
    }
    return build(rule, start, Optional.empty(), expectedEnd, Optional.empty());
  }

  /**
   * Computes the due date of a response time a service publishes, such as "assessment interview within
   * 2–3 working days": the due date is the start plus the <em>longest</em> period ({@code amountMax}),
   * the last day on which the promise is still kept. The range is kept in {@link Deadline#period()}.
   *
   * @param amountMin the lower bound of the promise (equal to {@code amountMax} for a single amount)
   * @param amountMax the upper bound
   * @param unit the unit
   * @param start the date the enquiry or referral was received
   * @return the deadline, with rule {@link DeadlineRule#RESPONSE_PROMISE}
   * @throws InvalidValueException if an amount is negative, too large or the bounds are reversed
   *     (fields {@code lowerAmount}, {@code amount}), or the start is out of range
   */
  public Deadline promise(int amountMin, int amountMax, PeriodUnit unit, LocalDate start) {
    Objects.requireNonNull(start, "start");
    return promise(PeriodSpec.range(amountMin, amountMax, unit), start);
  }

  /**
   * Computes the due date of a published response time, citing the source that publishes it.
   *
   * @param period the promised period (a range counts to its upper bound)
   * @param start the date the enquiry or referral was received
   * @param sourceId the id of the source document, such as a municipality's page, if known
   * @return the deadline, with rule {@link DeadlineRule#RESPONSE_PROMISE}
   * @throws InvalidValueException if the start is out of range, or the source id is not a valid id
   *     (field {@code sourceId}, FORMAT)
   */
  public Deadline promise(PeriodSpec period, LocalDate start, String sourceId) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(sourceId, "sourceId");
    require(DeadlineRule.RESPONSE_PROMISE, start);
    return build(DeadlineRule.RESPONSE_PROMISE, start, Optional.of(period), null, Optional.of(sourceId));
  }

  /**
   * Computes the due date of a published response time whose source is not known.
   *
   * @param period the promised period (a range counts to its upper bound)
   * @param start the date the enquiry or referral was received
   * @return the deadline, with rule {@link DeadlineRule#RESPONSE_PROMISE}
   * @throws InvalidValueException if the start is out of range
   */
  public Deadline promise(PeriodSpec period, LocalDate start) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    require(DeadlineRule.RESPONSE_PROMISE, start);
    return build(DeadlineRule.RESPONSE_PROMISE, start, Optional.of(period), null, Optional.empty());
  }

  /**
   * The plain end of a period counted from a date by domstolloven § 148, without any extension.
   *
   * @param start the start date (not counted)
   * @param period the period (a range counts to its upper bound)
   * @return the end date
   * @throws InvalidValueException if the start is outside the calendar's years
   *     (field {@code start}) or the result is beyond them (field {@code due})
   */
  public LocalDate endOf(LocalDate start, PeriodSpec period) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(period, "period");
    requireStart(start);
    if (period == null) {
      throw new InvalidValueException("period", Rule.REQUIRED, "a period is required");
    }
    return plain(start, period);
  }

  private Deadline build(DeadlineRule rule, LocalDate start, Optional<PeriodSpec> period, LocalDate end,
      Optional<String> sourceId) {
    Parts parts = parts(rule, start, period, end);
    return ImmutableDeadline.builder()
        .rule(rule)
        .start(start)
        .period(period)
        .workingDayReading(period.filter(p -> p.unit() == PeriodUnit.WORKING_DAYS).map(p -> reading))
        .unextendedDue(parts.unextended)
        .due(parts.due)
        .addAllSkippedDays(parts.skipped)
        .sourceId(sourceId)
        .build();
  }

  /** The computed dates; also used by {@link Deadline}'s check to verify a value read from JSON. */
  Parts parts(DeadlineRule rule, LocalDate start, Optional<PeriodSpec> period, LocalDate end) {
    require(rule, start);
    LocalDate unextended;
    if (rule.needsEndDate()) {
      if (period.isPresent()) {
        throw new InvalidValueException("period", Rule.CONSISTENCY, rule + " ends at a date and has no period");
      }
      if (end.isBefore(start)) {
        throw new InvalidValueException("expectedEnd", Rule.ORDER, "the expected end is before the start");
      }
      if (ChronoUnit.DAYS.between(start, end) > MAX_PREGNANCY_DAYS) {
        throw new InvalidValueException("expectedEnd", Rule.RANGE,
            "the expected end is more than 44 weeks after the start");
      }
      requireInRange(end);
      unextended = end;
    } else {
      PeriodSpec p = period.orElseThrow(() -> new InvalidValueException("period", Rule.REQUIRED,
          "a period is required"));
      if (!rule.isParameterised() && !rule.period().equals(period)) {
        throw new InvalidValueException("period", Rule.CONSISTENCY, rule + " has a fixed period");
      }
      unextended = plain(start, p);
    }
    boolean countedInWorkingDays = period.isPresent() && period.get().unit() == PeriodUnit.WORKING_DAYS;
    boolean saturdayCounts = countedInWorkingDays && reading == WorkingDayReading.SATURDAY_IS_A_WORKING_DAY
        && unextended.getDayOfWeek() == java.time.DayOfWeek.SATURDAY && !calendar.isHoliday(unextended);
    if (!rule.extendsToWorkingDay() || saturdayCounts || calendar.isWorkingDay(unextended)) {
      // a count of working days that ends on a Saturday under the reading that counts Saturdays is not moved
      return new Parts(unextended, unextended, Collections.emptyList());
    }
    LocalDate due;
    try {
      due = calendar.nextWorkingDay(unextended);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("due", Rule.RANGE, "the due date is beyond the calendar's last year", e);
    }
    List<NonWorkingDay> skipped = new ArrayList<>();
    for (LocalDate d = unextended; d.isBefore(due); d = d.plusDays(1)) {
      skipped.add(calendar.nonWorkingDay(d).orElseThrow());
    }
    return new Parts(unextended, due, Collections.unmodifiableList(skipped));
  }

  private LocalDate plain(LocalDate start, PeriodSpec period) {
    int n = period.amount();
    LocalDate end = switch (period.unit()) {
      case DAYS -> start.plusDays(n);
      case WEEKS -> start.plusWeeks(n);
      case MONTHS -> start.plusMonths(n); // clamps to the month's last day, as § 148 requires
      case YEARS -> start.plusYears(n); // 29 February + 1 year = 28 February
      case WORKING_DAYS -> {
        try {
          yield reading == WorkingDayReading.SATURDAY_IS_A_WORKING_DAY
              ? plusWorkingDaysWithSaturdays(start, n) : calendar.plusWorkingDays(start, n);
        } catch (InvalidValueException e) {
          throw new InvalidValueException("due", Rule.RANGE, "the due date is beyond the calendar's last year", e);
        }
      }
    };
    requireInRange(end);
    return end;
  }

  /** Counts n working days after a date with Saturdays (that are not holidays) as working days. */
  private LocalDate plusWorkingDaysWithSaturdays(LocalDate start, int n) {
    LocalDate d = start;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      requireInRange(d);
      if (calendar.isWorkingDay(d) || d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY && !calendar.isHoliday(d)) {
        counted++;
      }
    }
    return d;
  }

  private static void require(DeadlineRule rule, LocalDate start) {
    if (rule == null) {
      throw new InvalidValueException("rule", Rule.REQUIRED, "a rule is required");
    }
    requireStart(start);
  }

  private static void requireStart(LocalDate start) {
    if (start == null) {
      throw new InvalidValueException("start", Rule.REQUIRED, "a start date is required");
    }
    if (start.getYear() < NorwegianCalendar.MIN_YEAR || start.getYear() > NorwegianCalendar.MAX_YEAR) {
      throw new InvalidValueException("start", Rule.RANGE, "the start must be in the years "
          + NorwegianCalendar.MIN_YEAR + "-" + NorwegianCalendar.MAX_YEAR);
    }
  }

  private static void requireInRange(LocalDate due) {
    if (due.getYear() > NorwegianCalendar.MAX_YEAR) {
      throw new InvalidValueException("due", Rule.RANGE, "the due date is beyond the calendar's last year "
          + NorwegianCalendar.MAX_YEAR);
    }
  }

  /** The computed dates of a deadline. */
  static final class Parts {
    final LocalDate unextended;
    final LocalDate due;
    final List<NonWorkingDay> skipped;

    Parts(LocalDate unextended, LocalDate due, List<NonWorkingDay> skipped) {
      this.unextended = unextended;
      this.due = due;
      this.skipped = skipped;
    }
  }
}
