package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.rusomsorg.core.eligibility.Gens.Person;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Generated criterion trees against generated, partly known facts. */
class CriterionPropertiesTest {

  // ---------------------------------------------------------------- reference evaluation

  /** Outcomes as numbers: Kleene's logic is then min, max and 2 - x. */
  private static int rank(Outcome o) {
    return o == Outcome.NOT_ELIGIBLE ? 0 : o == Outcome.UNKNOWN ? 1 : 2;
  }

  private static Outcome fromRank(int r) {
    return r == 0 ? Outcome.NOT_ELIGIBLE : r == 1 ? Outcome.UNKNOWN : Outcome.ELIGIBLE;
  }

  /** An independent evaluation from the person and the set of known facts. */
  static Outcome reference(Criterion c, Person p, Set<Fact> known) {
    if (c instanceof Criterion.All) {
      int r = 2;
      for (Criterion child : ((Criterion.All) c).of()) {
        r = Math.min(r, rank(reference(child, p, known)));
      }
      return fromRank(r);
    }
    if (c instanceof Criterion.Any) {
      int r = 0;
      for (Criterion child : ((Criterion.Any) c).of()) {
        r = Math.max(r, rank(reference(child, p, known)));
      }
      return fromRank(r);
    }
    if (c instanceof Criterion.Not) {
      return fromRank(2 - rank(reference(((Criterion.Not) c).criterion(), p, known)));
    }
    if (c instanceof Criterion.MinimumAge) {
      if (!known.contains(Fact.BIRTH_DATE)) {
        return Outcome.UNKNOWN;
      }
      return reachedAge(p.birth, ((Criterion.MinimumAge) c).years(), p.date) ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
    }
    if (c instanceof Criterion.Residency) {
      if (!known.contains(Fact.MUNICIPALITY_RELATION)) {
        return Outcome.UNKNOWN;
      }
      return ((Criterion.Residency) c).accepted().contains(p.relation) ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
    }
    if (c instanceof Criterion.ProxyWithPowerOfAttorney) {
      Outcome forSelf = known.contains(Fact.ACTING_FOR_ANOTHER) ? (value(p, Fact.ACTING_FOR_ANOTHER) ? Outcome.NOT_ELIGIBLE : Outcome.ELIGIBLE) : Outcome.UNKNOWN;
      Outcome poa = known.contains(Fact.POWER_OF_ATTORNEY) ? (value(p, Fact.POWER_OF_ATTORNEY) ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE) : Outcome.UNKNOWN;
      return fromRank(Math.max(rank(forSelf), rank(poa)));
    }
    if (c instanceof Criterion.NotStated || c instanceof Criterion.Described) {
      return Outcome.UNKNOWN;
    }
    Fact fact;
    if (c instanceof Criterion.HasRole) {
      fact = ((Criterion.HasRole) c).role().fact();
    } else if (c instanceof Criterion.Pregnant) {
      fact = Fact.PREGNANT;
    } else if (c instanceof Criterion.Homeless) {
      fact = Fact.HOMELESS;
    } else if (c instanceof Criterion.CoOccurringMentalIllness) {
      fact = Fact.CO_OCCURRING_MENTAL_ILLNESS;
    } else if (c instanceof Criterion.InLar) {
      fact = Fact.IN_LAR;
    } else {
      throw new AssertionError("the reference evaluation does not know " + c.getClass());
    }
    if (!known.contains(fact)) {
      return Outcome.UNKNOWN;
    }
    return value(p, fact) ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  private static boolean value(Person p, Fact fact) {
    for (int i = 0; i < Gens.FLAGS.length; i++) {
      if (Gens.FLAGS[i] == fact) {
        return p.flags[i];
      }
    }
    throw new IllegalArgumentException(fact.name());
  }

  /**
   * The age rule stated independently: the age is reached in the birthday year once the date's
   * (month, day) is not before the birth date's (month, day). So 29 February is reached on 1 March
   * in a common year, and on 29 February in a leap year.
   */
  static boolean reachedAge(LocalDate birth, int years, LocalDate date) {
    int yearsBetween = date.getYear() - birth.getYear();
    if (yearsBetween != years) {
      return yearsBetween > years;
    }
    int md = date.getMonthValue() * 100 + date.getDayOfMonth();
    int birthMd = birth.getMonthValue() * 100 + birth.getDayOfMonth();
    return md >= birthMd;
  }

  // ---------------------------------------------------------------- properties

  @Test
  void kleeneLogicMatchesTheReferenceEvaluation() {
    qt().withExamples(Examples.of(3000)).forAll(Gens.criteria(), Gens.persons(), Gens.knownSets()).checkAssert((c, p, known) -> {
      PersonFacts facts = p.facts(known);
      assertThat(c.evaluate(facts, p.date).outcome()).as("%s / %s", c, known).isEqualTo(reference(c, p, known));
    });
  }

  @Test
  void fastPathAndExplainedPathAlwaysAgree() {
    qt().withExamples(Examples.of(3000)).forAll(Gens.criteria(), Gens.persons(), Gens.knownSets()).checkAssert((c, p, known) -> {
      PersonFacts facts = p.facts(known);
      Verdict verdict = c.evaluate(facts, p.date);
      assertThat(c.test(facts, p.date)).isEqualTo(verdict.outcome());
    });
  }

  @Test
  void addingFactsNeverChangesADecidedOutcome() {
    qt().withExamples(Examples.of(3000)).forAll(Gens.criteria(), Gens.persons(), Gens.knownSets(), Gens.knownSets())
        .checkAssert((c, p, known, more) -> {
          EnumSet<Fact> completed = EnumSet.copyOf(known);
          completed.addAll(more);
          Outcome before = c.test(p.facts(known), p.date);
          Outcome after = c.test(p.facts(completed), p.date);
          Outcome full = c.test(p.facts(EnumSet.allOf(Fact.class)), p.date);
          if (before.isKnown()) {
            assertThat(after).isEqualTo(before);
          }
          assertThat(full.isKnown() || Gens.hasUndecidable(c)).isTrue();
          if (after.isKnown()) {
            assertThat(full).isEqualTo(after);
          }
        });
  }

  @Test
  void missingFactsAreExactlyWhatDecidesAnUnknownVerdict() {
    qt().withExamples(Examples.of(3000)).forAll(Gens.criteria(), Gens.persons(), Gens.knownSets()).checkAssert((c, p, known) -> {
      Verdict v = c.evaluate(p.facts(known), p.date);
      assertThat(v.reasons()).isNotEmpty();
      boolean undecidable = Gens.hasUndecidable(c);
      if (!v.outcome().isKnown() && v.missingFacts().isEmpty()) {
        // only a condition that no fact decides may leave an unknown verdict without missing facts,
        // and then a reason says so
        assertThat(undecidable).as("unknown without missing facts").isTrue();
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.criterion())
            .isInstanceOfAny(Criterion.NotStated.class, Criterion.Described.class));
      } else if (!v.outcome().isKnown()) {
        assertThat(v.missingFacts()).isNotEmpty().isSubsetOf(c.relevantFacts());
        for (Fact k : known) {
          assertThat(v.missingFacts()).doesNotContain(k);
        }
        // learning every missing fact decides the verdict
        EnumSet<Fact> completed = EnumSet.copyOf(known.isEmpty() ? EnumSet.noneOf(Fact.class) : known);
        completed.addAll(v.missingFacts());
        if (!undecidable) {
          assertThat(c.test(p.facts(completed), p.date).isKnown()).as("missing %s", v.missingFacts()).isTrue();
        }
        // every missing fact is read by a leaf whose own outcome is unknown and which is listed as a reason
        for (Fact m : v.missingFacts()) {
          assertThat(v.reasons()).as("a reason needs %s", m)
              .anySatisfy(r -> {
                assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
                assertThat(r.criterion().relevantFacts()).contains(m);
              });
        }
      } else {
        assertThat(v.missingFacts()).isEmpty();
      }
    });
  }

  @Test
  void criteriaRoundTripThroughJson() {
    RusomsorgJson json = RusomsorgJson.strict();
    qt().withExamples(Examples.of(1000)).forAll(Gens.criteria()).checkAssert(c -> {
      String text = json.write(c);
      assertThat(json.read(text, Criterion.class)).isEqualTo(c);
      assertThat(text).doesNotContain("no.rusomsorg").contains("\"type\"");
    });
  }

  @Test
  void notIsAnInvolutionAndDeMorganHolds() {
    qt().withExamples(Examples.of(1000)).forAll(Gens.criteria(), Gens.criteria(), Gens.persons(), Gens.knownSets())
        .checkAssert((a, b, p, known) -> {
          PersonFacts f = p.facts(known);
          assertThat(Criterion.not(Criterion.not(a)).test(f, p.date)).isEqualTo(a.test(f, p.date));
          assertThat(Criterion.not(Criterion.all(a, b)).test(f, p.date))
              .isEqualTo(Criterion.any(Criterion.not(a), Criterion.not(b)).test(f, p.date));
          assertThat(Criterion.all(a, b).test(f, p.date)).isEqualTo(a.test(f, p.date).and(b.test(f, p.date)));
          assertThat(Criterion.any(a, b).test(f, p.date)).isEqualTo(a.test(f, p.date).or(b.test(f, p.date)));
        });
  }

  @Test
  void evaluationIsDeterministicUnderConcurrentUse() throws Exception {
    Gen<Criterion> trees = Gens.criteria();
    Gen<Person> persons = Gens.persons();
    Gen<EnumSet<Fact>> sets = Gens.knownSets();
    List<Criterion> criteria = new ArrayList<>();
    List<PersonFacts> facts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    qt().withExamples(Examples.of(400)).withFixedSeed(20260101L).forAll(trees, persons, sets).checkAssert((c, p, k) -> {
      criteria.add(c);
      facts.add(p.facts(k));
      dates.add(p.date);
    });
    Criterion shared = Criterion.any(criteria.subList(0, 20).toArray(new Criterion[0]));
    List<Verdict> expected = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      expected.add(shared.evaluate(facts.get(i), dates.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Verdict>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          List<Verdict> got = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            for (int j = 0; j < facts.size(); j++) {
              int i = (j + offset * 97) % facts.size();
              Verdict v = shared.evaluate(facts.get(i), dates.get(i));
              if (shared.test(facts.get(i), dates.get(i)) != v.outcome()) {
                throw new AssertionError("fast and explained paths disagree under concurrency");
              }
              if (round == 0) {
                got.add(v);
              }
            }
          }
          List<Verdict> ordered = new ArrayList<>(got);
          for (int j = 0; j < got.size(); j++) {
            ordered.set((j + offset * 97) % got.size(), got.get(j));
          }
          return ordered;
        }));
      }
      for (Future<List<Verdict>> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void generatorsReachTheEdges() {
    // Guard against generators that silently stop producing the interesting cases.
    int[] outcomes = new int[3];
    int[] leapBirths = {0};
    qt().withExamples(2000).withFixedSeed(7L).forAll(Gens.criteria(), Gens.persons(), Gens.knownSets()).checkAssert((c, p, k) -> {
      outcomes[c.test(p.facts(k), p.date).ordinal()]++;
      if (p.birth.getMonthValue() == 2 && p.birth.getDayOfMonth() == 29) {
        leapBirths[0]++;
      }
    });
    for (int n : outcomes) {
      assertThat(n).isGreaterThan(100);
    }
    assertThat(leapBirths[0]).isPositive();
  }

  static Gen<Integer> ints(int from, int to) {
    return in -> (int) in.next(Constraint.between(from, to));
  }
}
