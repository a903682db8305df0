package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.municipality.sandnes.SandnesProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Bulk screening: every Sandnes service that has an eligibility criterion, tested on the fast path
 * ({@link Criterion#test(PersonFacts, LocalDate)}) for 1,000,000 generated people. One operation is
 * one service verdict; each invocation screens the next {@value #CHUNK} people against all
 * {@value #CRITERIA} criteria, walking through the million (each thread from its own offset).
 * Targets: at least 5 million verdicts per second on one thread, and at least 1.7 times that on two.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BulkEligibilityBenchmark {
  static final int PEOPLE = 1_000_000;
  static final int CHUNK = 1000;
  /** The Sandnes services with a criterion; setup fails if the catalog no longer has this many. */
  static final int CRITERIA = 16;
  static final LocalDate DATE = LocalDate.of(2026, 3, 12);

  /** The people and the criteria, shared by all threads (read only). */
  @State(Scope.Benchmark)
  public static class Data {
    PersonFacts[] people;
    Criterion[] criteria;

    /** Generates the people and collects the criteria. */
    @Setup(Level.Trial)
    public void setUp() {
      Catalog catalog = new SandnesProvider().catalog();
      List<Criterion> list = catalog.services().stream().map(Service::eligibility)
          .flatMap(java.util.Optional::stream).collect(Collectors.toList());
      if (list.size() != CRITERIA) {
        throw new IllegalStateException("Sandnes has " + list.size() + " criteria; update CRITERIA");
      }
      criteria = list.toArray(new Criterion[0]);
      people = Persons.generate(PEOPLE, DATE, 20260312L);
      int[] outcomes = new int[Outcome.values().length];
      for (int i = 0; i < 10_000; i++) {
        for (Criterion c : criteria) {
          outcomes[c.test(people[i], DATE).ordinal()]++;
        }
      }
      for (Outcome o : Outcome.values()) {
        if (outcomes[o.ordinal()] == 0) {
          throw new IllegalStateException("the people never give " + o);
        }
      }
    }
  }

  /** Where a thread is in the million. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    /**
     * Starts each thread at its own share of the people.
     *
     * @param params the thread's index
     */
    @Setup(Level.Trial)
    public void setUp(ThreadParams params) {
      next = (int) ((long) PEOPLE * params.getThreadIndex() / params.getThreadCount()) / CHUNK * CHUNK;
    }
  }

  private static int screen(Data data, Cursor cursor) {
    PersonFacts[] people = data.people;
    Criterion[] criteria = data.criteria;
    int from = cursor.next;
    int to = from + CHUNK;
    cursor.next = to >= PEOPLE ? 0 : to;
    int eligible = 0;
    for (int i = from; i < to; i++) {
      PersonFacts p = people[i];
      for (Criterion c : criteria) {
        if (c.test(p, DATE) == Outcome.ELIGIBLE) {
          eligible++;
        }
      }
    }
    return eligible;
  }

  /**
   * One thread.
   *
   * @param data the people and criteria
   * @param cursor the thread's position
   * @return the number of eligible verdicts, so that nothing is optimised away
   */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(CHUNK * CRITERIA)
  public int oneThread(Data data, Cursor cursor) {
    return screen(data, cursor);
  }

  /**
   * Two threads, each on its own half of the people; the score is the total of both.
   *
   * @param data the people and criteria
   * @param cursor the thread's position
   * @return the number of eligible verdicts
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(CHUNK * CRITERIA)
  public int twoThreads(Data data, Cursor cursor) {
    return screen(data, cursor);
  }
}
