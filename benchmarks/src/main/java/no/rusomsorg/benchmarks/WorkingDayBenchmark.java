package no.rusomsorg.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic of {@link NorwegianCalendar} against the usual alternative: stepping day by
 * day and asking jollyday's {@link HolidayManager#isHoliday} for each weekday.
 *
 * <p>Each call takes the next of 4096 start dates drawn (fixed seed) from 2000–2040, so that no
 * result can be constant-folded and the year caches of both libraries are warm, as in a long-running
 * service. Targets: {@code plusWorkingDays10} at least 50 times faster than {@code jollydayLoop10};
 * {@code plusWorkingDays2500} within 2 times {@code plusWorkingDays10}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayBenchmark {
  private static final int DATES = 4096;

  private final NorwegianCalendar calendar = NorwegianCalendar.standard();
  private final DeadlineCalculator calculator = DeadlineCalculator.standard();
  private HolidayManager jollyday;
  private LocalDate[] starts;
  private int next;

  /** Draws the start dates and warms both libraries' per-year data. */
  @Setup
  public void setUp() {
    jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));
    Random random = new Random(20260312L);
    LocalDate first = LocalDate.of(2000, 1, 1);
    int span = (int) (LocalDate.of(2040, 12, 31).toEpochDay() - first.toEpochDay());
    starts = new LocalDate[DATES];
    for (int i = 0; i < DATES; i++) {
      starts[i] = first.plusDays(random.nextInt(span));
    }
    for (LocalDate d = first; d.getYear() <= 2051; d = d.plusDays(1)) {
      calendar.isWorkingDay(d);
    }
  }

  private LocalDate nextStart() {
    next = (next + 1) & (DATES - 1);
    return starts[next];
  }

  /** Ten working days with the calendar's rank tables. */
  @Benchmark
  public LocalDate plusWorkingDays10() {
    return calendar.plusWorkingDays(nextStart(), 10);
  }

  /** 2500 working days (about ten years) with the calendar's rank tables. */
  @Benchmark
  public LocalDate plusWorkingDays2500() {
    return calendar.plusWorkingDays(nextStart(), 2500);
  }

  /** A complete fvl § 29 complaint deadline: 3 weeks, § 149 extension, skipped days, immutable value. */
  @Benchmark
  public Deadline fvlComplaintDeadline() {
    return calculator.compute(DeadlineRule.FVL_COMPLAINT, nextStart());
  }

  /** Ten working days by stepping day by day and asking jollyday about each weekday. */
  @Benchmark
  public LocalDate jollydayLoop10() {
    return jollydayPlusWorkingDays(nextStart(), 10);
  }

  /** 2500 working days by stepping day by day with jollyday. */
  @Benchmark
  public LocalDate jollydayLoop2500() {
    return jollydayPlusWorkingDays(nextStart(), 2500);
  }

  private LocalDate jollydayPlusWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      DayOfWeek w = d.getDayOfWeek();
      if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !jollyday.isHoliday(d)) {
        left--;
      }
    }
    return d;
  }
}
