package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * FVL complaint deadlines (3 weeks, extended to a working day) for 1,000,000 start dates drawn
 * uniformly from 2000–2100 with a fixed seed. One operation is one deadline; each invocation computes
 * the next {@value #CHUNK}. {@code dueDate} is the fast API that returns only the due date;
 * {@code compute} builds the explained {@code Deadline} (skipped days, self-check) for comparison.
 * Target: at least 20 million deadlines per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBulkBenchmark {
  static final int DATES = 1_000_000;
  static final int CHUNK = 1000;

  private final DeadlineCalculator calculator = DeadlineCalculator.standard();
  private LocalDate[] starts;
  private int next;

  /** Draws the start dates. */
  @Setup
  public void setUp() {
    Random random = new Random(20000101L);
    long first = LocalDate.of(2000, 1, 1).toEpochDay();
    int span = (int) (LocalDate.of(2100, 12, 31).toEpochDay() - first + 1);
    starts = new LocalDate[DATES];
    for (int i = 0; i < DATES; i++) {
      starts[i] = LocalDate.ofEpochDay(first + random.nextInt(span));
    }
  }

  private int advance() {
    int from = next;
    next = from + CHUNK >= DATES ? 0 : from + CHUNK;
    return from;
  }

  /**
   * The fast API: the due date only.
   *
   * @param bh consumes the dates
   */
  @Benchmark
  @OperationsPerInvocation(CHUNK)
  public void dueDate(Blackhole bh) {
    int from = advance();
    for (int i = from; i < from + CHUNK; i++) {
      bh.consume(calculator.dueDate(DeadlineRule.FVL_COMPLAINT, starts[i]));
    }
  }

  /**
   * The explained deadline.
   *
   * @param bh consumes the deadlines
   */
  @Benchmark
  @OperationsPerInvocation(CHUNK)
  public void compute(Blackhole bh) {
    int from = advance();
    for (int i = from; i < from + CHUNK; i++) {
      bh.consume(calculator.compute(DeadlineRule.FVL_COMPLAINT, starts[i]));
    }
  }
}
