package no.rusomsorg.benchmarks;

import static no.rusomsorg.core.eligibility.Criterion.all;
import static no.rusomsorg.core.eligibility.Criterion.minimumAge;
import static no.rusomsorg.core.eligibility.Criterion.residency;
import static no.rusomsorg.core.eligibility.Criterion.role;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.ImmutablePersonFacts;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.eligibility.Verdict;
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
 * A typical eligibility criterion — at least 18, registered resident or present in the
 * municipality, has a substance problem — evaluated for varied people, on the fast path
 * ({@link Criterion#test}) and with explanations ({@link Criterion#evaluate}).
 *
 * <p>The 1024 people are drawn with a fixed seed: about half know every fact the criterion reads, the
 * rest leave one or more of them unknown; birth dates span 1940–2025 and include people who turn 18
 * around the evaluation date and people born on 29 February. Each single-call benchmark takes the next
 * person; the {@code ...All} benchmarks evaluate all 1024 in one invocation and report the time per
 * person. Targets: at least 10 million fast-path evaluations per second on one thread (at most
 * 100 ns each), and no allocation on the fast path ({@code gc.alloc.rate.norm} about 0 B/op).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EligibilityBenchmark {
  private static final int PEOPLE = 1024;
  private static final LocalDate DATE = LocalDate.of(2026, 3, 12);

  private final Criterion criterion = all(
      minimumAge(18),
      residency(MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT),
      role(Role.SUBSTANCE_PROBLEM));
  private PersonFacts[] people;
  private int next;

  /** Draws the people. */
  @Setup
  public void setUp() {
    Random random = new Random(20260312L);
    MunicipalityRelation[] relations = MunicipalityRelation.values();
    people = new PersonFacts[PEOPLE];
    int[] outcomes = new int[Outcome.values().length];
    for (int i = 0; i < PEOPLE; i++) {
      boolean complete = random.nextBoolean();
      ImmutablePersonFacts.Builder b = PersonFacts.builder();
      if (complete || random.nextInt(3) > 0) {
        b.birthDate(birthDate(random));
      }
      if (complete || random.nextInt(3) > 0) {
        b.municipalityRelation(relations[random.nextInt(relations.length)]);
      }
      if (complete || random.nextInt(3) > 0) {
        b.substanceProblem(random.nextInt(4) > 0);
      }
      // facts the criterion does not read, so that the values are not all alike
      if (random.nextBoolean()) {
        b.homeless(random.nextBoolean());
      }
      if (random.nextBoolean()) {
        b.pregnant(random.nextBoolean());
      }
      people[i] = b.build();
      outcomes[criterion.test(people[i], DATE).ordinal()]++;
    }
    for (Outcome o : Outcome.values()) {
      if (outcomes[o.ordinal()] == 0) {
        throw new IllegalStateException("the people never give " + o);
      }
    }
  }

  /** Mostly adults, some within days of their 18th birthday, some born on 29 February. */
  private static LocalDate birthDate(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return DATE.minusYears(18).plusDays(random.nextInt(21) - 10);
      case 1:
        return LocalDate.of(2000 + 4 * random.nextInt(6), 2, 29);
      default:
        LocalDate first = LocalDate.of(1940, 1, 1);
        return first.plusDays(random.nextInt((int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay())));
    }
  }

  private PersonFacts nextPerson() {
    next = (next + 1) & (PEOPLE - 1);
    return people[next];
  }

  /** The fast path, one person per call. */
  @Benchmark
  public Outcome test() {
    return criterion.test(nextPerson(), DATE);
  }

  /** The fast path over all 1024 people; the score is per person. */
  @Benchmark
  @OperationsPerInvocation(PEOPLE)
  public void testAll(Blackhole blackhole) {
    for (PersonFacts p : people) {
      blackhole.consume(criterion.test(p, DATE));
    }
  }

  /** With explanations (reasons in two languages, missing facts), one person per call. */
  @Benchmark
  public Verdict evaluate() {
    return criterion.evaluate(nextPerson(), DATE);
  }

  /** With explanations over all 1024 people; the score is per person. */
  @Benchmark
  @OperationsPerInvocation(PEOPLE)
  public void evaluateAll(Blackhole blackhole) {
    for (PersonFacts p : people) {
      blackhole.consume(criterion.evaluate(p, DATE));
    }
  }
}
