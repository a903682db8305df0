package no.rusomsorg.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.eligibility.Criterion.All;
import no.rusomsorg.core.eligibility.Criterion.Any;
import no.rusomsorg.core.eligibility.Criterion.CoOccurringMentalIllness;
import no.rusomsorg.core.eligibility.Criterion.Described;
import no.rusomsorg.core.eligibility.Criterion.HasRole;
import no.rusomsorg.core.eligibility.Criterion.Homeless;
import no.rusomsorg.core.eligibility.Criterion.InLar;
import no.rusomsorg.core.eligibility.Criterion.Leaf;
import no.rusomsorg.core.eligibility.Criterion.MinimumAge;
import no.rusomsorg.core.eligibility.Criterion.Not;
import no.rusomsorg.core.eligibility.Criterion.NotStated;
import no.rusomsorg.core.eligibility.Criterion.Pregnant;
import no.rusomsorg.core.eligibility.Criterion.ProxyWithPowerOfAttorney;
import no.rusomsorg.core.eligibility.Criterion.Residency;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Evaluation of criteria: the allocation-free fast path and the explained path, which share the leaf
 * decisions so they cannot disagree. Also the validation helpers of the criterion records.
 *
 * <p><b>Dispatch by visitor.</b> Every operation on criteria here is a {@link Criterion.Visitor}: one
 * method per kind of criterion, no default. A new kind does not compile until each of them (the fast
 * path, the explained path with its texts and missing facts, the facts a criterion reads, the depth
 * check) handles it; {@code CriterionCoverageTest} then checks the paths outside core.
 *
 * <p><b>No type checks against {@link Leaf}.</b> Neither path checks or casts to {@code Leaf}: on JDK
 * 17 a class remembers only its last matched interface, so alternating checks of the same records
 * against {@code Criterion} and {@code Leaf} miss that one-entry cache on every call (JDK-8180450).
 * The visitor hands each method the exact record type, so no such cast is needed.
 */
final class Evaluator {
  private static final MunicipalityRelation[] RELATIONS = MunicipalityRelation.values();
  private static final int ACTING = Fact.ACTING_FOR_ANOTHER.bit();
  private static final int POA = Fact.POWER_OF_ATTORNEY.bit();

  private Evaluator() {}

  // ---------------------------------------------------------------- arguments

  static void checkArguments(PersonFacts facts, LocalDate date) {
    required("facts", facts);
    required("date", date);
    PersonFacts.Packed p = facts.packed();
    if (p.birthYear != 0 && compare(p.birthYear, p.birthMonth, p.birthDay, date) > 0) {
      throw new ContradictoryFactsException("birthDate", EnumSet.of(Fact.BIRTH_DATE),
          "the birth date is after the evaluation date " + date);
    }
  }

  /** Compares (year, month, day) with a date, field by field so that no value can overflow. */
  private static int compare(int year, int month, int day, LocalDate date) {
    int y = date.getYear();
    if (year != y) {
      return year < y ? -1 : 1;
    }
    int m = date.getMonthValue();
    if (month != m) {
      return month < m ? -1 : 1;
    }
    return Integer.compare(day, date.getDayOfMonth());
  }

  // ---------------------------------------------------------------- leaf decisions (shared)

  private static Outcome residency(Residency c, PersonFacts f) {
    int ordinal = f.packed().relation;
    if (ordinal < 0) {
      return Outcome.UNKNOWN;
    }
    return c.accepted().contains(RELATIONS[ordinal]) ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  /**
   * On or after the birthday number {@code years}. The birthday is compared as (year + years, month,
   * day) against the date field by field, so that no value can overflow. A 29 February birthday in a
   * year without that date is 28 February or 1 March by the {@link LeapDayBirthday} reading.
   */
  private static Outcome age(int years, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    PersonFacts.Packed p = f.packed();
    if (p.birthYear == 0) {
      return Outcome.UNKNOWN;
    }
    int year = p.birthYear + years;
    int day = p.birthDay;
    if (p.birthMonth == 2 && day == 29 && leapDay == LeapDayBirthday.FEBRUARY_28 && !java.time.Year.isLeap(year)) {
      day = 28; // with MARCH_1, (2, 29) falls between (2, 28) and (3, 1), which is 1 March
    }
    return compare(year, p.birthMonth, day, date) <= 0 ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  /**
   * Whether the leap-day reading decided an age: born 29 February, the date is 28 February of the year
   * the age is reached, and that year has no 29 February.
   */
  private static boolean onLeapDayEdge(int years, PersonFacts f, LocalDate date) {
    PersonFacts.Packed p = f.packed();
    return p.birthYear != 0 && p.birthMonth == 2 && p.birthDay == 29 && date.getMonthValue() == 2
        && date.getDayOfMonth() == 28 && date.getYear() == p.birthYear + years && !date.isLeapYear();
  }

  private static Outcome flag(PersonFacts f, int bit) {
    PersonFacts.Packed p = f.packed();
    if ((p.known & bit) == 0) {
      return Outcome.UNKNOWN;
    }
    return (p.yes & bit) != 0 ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  /** (not acting for another) or (power of attorney), in Kleene logic. */
  private static Outcome proxy(PersonFacts f) {
    PersonFacts.Packed p = f.packed();
    int known = p.known;
    int yes = p.yes;
    boolean actsForSelf = (known & ACTING) != 0 && (yes & ACTING) == 0;
    boolean hasPoa = (known & POA) != 0 && (yes & POA) != 0;
    if (actsForSelf || hasPoa) {
      return Outcome.ELIGIBLE;
    }
    boolean actsForOther = (known & ACTING) != 0;
    boolean noPoa = (known & POA) != 0;
    return actsForOther && noPoa ? Outcome.NOT_ELIGIBLE : Outcome.UNKNOWN;
  }

  // ---------------------------------------------------------------- fast path

  /**
   * The fast path: outcomes only. One visitor per evaluation date and leap-day reading, with the facts
   * as the visitor's argument, so that evaluating many people on one date allocates nothing (the last
   * visitor is kept; a call with another date builds a new one, a few bytes).
   */
  private static final class FastPath implements Criterion.Visitor<Outcome, PersonFacts> {
    final LocalDate date;
    final LeapDayBirthday leapDay;

    FastPath(LocalDate date, LeapDayBirthday leapDay) {
      this.date = date;
      this.leapDay = leapDay;
    }

    @Override
    public Outcome minimumAge(MinimumAge c, PersonFacts f) {
      return age(c.years(), f, date, leapDay);
    }

    @Override
    public Outcome residency(Residency c, PersonFacts f) {
      return Evaluator.residency(c, f);
    }

    @Override
    public Outcome role(HasRole c, PersonFacts f) {
      return flag(f, c.role().fact().bit());
    }

    @Override
    public Outcome pregnant(Pregnant c, PersonFacts f) {
      return flag(f, Fact.PREGNANT.bit());
    }

    @Override
    public Outcome homeless(Homeless c, PersonFacts f) {
      return flag(f, Fact.HOMELESS.bit());
    }

    @Override
    public Outcome coOccurringMentalIllness(CoOccurringMentalIllness c, PersonFacts f) {
      return flag(f, Fact.CO_OCCURRING_MENTAL_ILLNESS.bit());
    }

    @Override
    public Outcome inLar(InLar c, PersonFacts f) {
      return flag(f, Fact.IN_LAR.bit());
    }

    @Override
    public Outcome proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, PersonFacts f) {
      return proxy(f);
    }

    @Override
    public Outcome notStated(NotStated c, PersonFacts f) {
      return Outcome.UNKNOWN;
    }

    @Override
    public Outcome described(Described c, PersonFacts f) {
      return Outcome.UNKNOWN;
    }

    @Override
    public Outcome all(All c, PersonFacts f) {
      List<Criterion> of = c.of();
      Outcome result = Outcome.ELIGIBLE;
      for (int i = 0, n = of.size(); i < n; i++) {
        Outcome o = of.get(i).accept(this, f);
        if (o == Outcome.NOT_ELIGIBLE) {
          return o;
        }
        if (o == Outcome.UNKNOWN) {
          result = o;
        }
      }
      return result;
    }

    @Override
    public Outcome any(Any c, PersonFacts f) {
      List<Criterion> of = c.of();
      Outcome result = Outcome.NOT_ELIGIBLE;
      for (int i = 0, n = of.size(); i < n; i++) {
        Outcome o = of.get(i).accept(this, f);
        if (o == Outcome.ELIGIBLE) {
          return o;
        }
        if (o == Outcome.UNKNOWN) {
          result = o;
        }
      }
      return result;
    }

    @Override
    public Outcome not(Not c, PersonFacts f) {
      return c.criterion().accept(this, f).not();
    }
  }

  /** The last fast-path visitor built; immutable, so sharing it between threads is safe. */
  private static volatile FastPath lastFastPath = new FastPath(LocalDate.of(2000, 1, 1), LeapDayBirthday.FEBRUARY_28);

  private static FastPath fastPath(LocalDate date, LeapDayBirthday leapDay) {
    FastPath v = lastFastPath;
    if (v.leapDay != leapDay || !v.date.equals(date)) {
      v = new FastPath(date, leapDay);
      lastFastPath = v;
    }
    return v;
  }

  static Outcome test(Criterion c, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    return c.accept(fastPath(date, leapDay), f);
  }

  // ---------------------------------------------------------------- explained path

  /** A partial verdict: outcome, reasons (in order, without duplicates) and missing facts. */
  private static final class Node {
    final Outcome outcome;
    final Set<Reason> reasons;
    final EnumSet<Fact> missing;

    Node(Outcome outcome, Set<Reason> reasons, EnumSet<Fact> missing) {
      this.outcome = outcome;
      this.reasons = reasons;
      this.missing = missing;
    }
  }

  static Verdict explain(Criterion c, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    Node node = c.accept(new Explain(f, date, leapDay), null);
    return new Verdict(node.outcome, new ArrayList<>(node.reasons), node.missing);
  }

  /**
   * The explained path: each leaf's outcome (from the fast path, so the two cannot disagree), its
   * text in bokmål and English, and the facts that would decide it when unknown.
   */
  private static final class Explain implements Criterion.Visitor<Node, Void> {
    private final PersonFacts f;
    private final LocalDate date;
    private final LeapDayBirthday leapDay;
    private final FastPath fast;

    Explain(PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
      this.f = f;
      this.date = date;
      this.leapDay = leapDay;
      this.fast = fastPath(date, leapDay);
    }

    private static Node leaf(Leaf c, Outcome o, LocalizedText text, EnumSet<Fact> missingIfUnknown) {
      Set<Reason> reasons = new LinkedHashSet<>();
      reasons.add(new Reason(c, o, text));
      return new Node(o, reasons, o == Outcome.UNKNOWN ? missingIfUnknown : EnumSet.noneOf(Fact.class));
    }

    private Node flagLeaf(Leaf c, Outcome o, Fact fact, LocalizedText holds, LocalizedText fails) {
      return leaf(c, o, flagText(o, holds, fails), EnumSet.of(fact));
    }

    @Override
    public Node minimumAge(MinimumAge c, Void p) {
      Outcome o = fast.minimumAge(c, f);
      return leaf(c, o, ageText(c.years(), o, f, date, leapDay), EnumSet.of(Fact.BIRTH_DATE));
    }

    @Override
    public Node residency(Residency c, Void p) {
      Outcome o = fast.residency(c, f);
      return leaf(c, o, residencyText(c.accepted(), o), EnumSet.of(Fact.MUNICIPALITY_RELATION));
    }

    @Override
    public Node role(HasRole c, Void p) {
      return flagLeaf(c, fast.role(c, f), c.role().fact(), c.role().holds(), c.role().fails());
    }

    @Override
    public Node pregnant(Pregnant c, Void p) {
      return flagLeaf(c, fast.pregnant(c, f), Fact.PREGNANT, LeafPhrases.PREGNANT,
          LeafPhrases.NOT_PREGNANT);
    }

    @Override
    public Node homeless(Homeless c, Void p) {
      return flagLeaf(c, fast.homeless(c, f), Fact.HOMELESS, LeafPhrases.HOMELESS,
          LeafPhrases.NOT_HOMELESS);
    }

    @Override
    public Node coOccurringMentalIllness(CoOccurringMentalIllness c, Void p) {
      return flagLeaf(c, fast.coOccurringMentalIllness(c, f), Fact.CO_OCCURRING_MENTAL_ILLNESS,
          LeafPhrases.CO_OCCURRING, LeafPhrases.NOT_CO_OCCURRING);
    }

    @Override
    public Node inLar(InLar c, Void p) {
      return flagLeaf(c, fast.inLar(c, f), Fact.IN_LAR, LeafPhrases.IN_LAR, LeafPhrases.NOT_IN_LAR);
    }

    @Override
    public Node proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, Void p) {
      Outcome o = fast.proxyWithPowerOfAttorney(c, f);
      EnumSet<Fact> m = EnumSet.noneOf(Fact.class);
      if (!f.isKnown(Fact.ACTING_FOR_ANOTHER)) {
        m.add(Fact.ACTING_FOR_ANOTHER);
      }
      if (!f.isKnown(Fact.POWER_OF_ATTORNEY)) {
        m.add(Fact.POWER_OF_ATTORNEY);
      }
      return leaf(c, o, proxyText(o, f), m);
    }

    @Override
    public Node notStated(NotStated c, Void p) {
      return leaf(c, fast.notStated(c, f), LocalizedText.of(
          "Kilden oppgir ingen målgruppe eller vilkår for denne tjenesten, så det er uklart om"
              + " den er for personen. Spør tjenesten.",
          "The source states no target group or condition for this service, so it is unclear whether it is for"
              + " the person. Ask the service."), EnumSet.noneOf(Fact.class));
    }

    @Override
    public Node described(Described c, Void p) {
      LocalizedText cond = c.condition();
      return leaf(c, fast.described(c, f), LocalizedText.of(
          "Kilden sier at tjenesten gjelder: " + cond.nb() + ". Det kan ikke avgjøres ut fra"
              + " opplysningene her; tjenesten vurderer det.",
          "The source says the service is for: " + cond.in(Language.EN) + ". That cannot be"
              + " decided from the facts given here; the service assesses it."), EnumSet.noneOf(Fact.class));
    }

    @Override
    public Node all(All c, Void p) {
      return junction(c.of(), true);
    }

    @Override
    public Node any(Any c, Void p) {
      return junction(c.of(), false);
    }

    @Override
    public Node not(Not c, Void p) {
      Node inner = c.criterion().accept(this, null);
      return new Node(inner.outcome.not(), inner.reasons, inner.missing);
    }

    private Node junction(List<Criterion> of, boolean conjunction) {
      // In a conjunction NOT_ELIGIBLE decides; in a disjunction ELIGIBLE decides.
      Outcome decisive = conjunction ? Outcome.NOT_ELIGIBLE : Outcome.ELIGIBLE;
      Outcome outcome = conjunction ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
      List<Node> children = new ArrayList<>(of.size());
      for (Criterion child : of) {
        Node n = child.accept(this, null);
        children.add(n);
        outcome = conjunction ? outcome.and(n.outcome) : outcome.or(n.outcome);
      }
      Set<Reason> reasons = new LinkedHashSet<>();
      EnumSet<Fact> missing = EnumSet.noneOf(Fact.class);
      for (Node n : children) {
        if (outcome != decisive || n.outcome == decisive) {
          reasons.addAll(n.reasons);
        }
        if (outcome == Outcome.UNKNOWN && n.outcome == Outcome.UNKNOWN) {
          missing.addAll(n.missing);
        }
      }
      return new Node(outcome, reasons, missing);
    }
  }

  // ---------------------------------------------------------------- facts a criterion reads

  /** Adds the facts each leaf can read; {@code notStated} and {@code described} read none. */
  private static final Criterion.Visitor<Void, EnumSet<Fact>> FACTS = new Criterion.Visitor<>() {
    @Override
    public Void minimumAge(MinimumAge c, EnumSet<Fact> into) {
      into.add(Fact.BIRTH_DATE);
      return null;
    }

    @Override
    public Void residency(Residency c, EnumSet<Fact> into) {
      into.add(Fact.MUNICIPALITY_RELATION);
      return null;
    }

    @Override
    public Void role(HasRole c, EnumSet<Fact> into) {
      into.add(c.role().fact());
      return null;
    }

    @Override
    public Void pregnant(Pregnant c, EnumSet<Fact> into) {
      into.add(Fact.PREGNANT);
      return null;
    }

    @Override
    public Void homeless(Homeless c, EnumSet<Fact> into) {
      into.add(Fact.HOMELESS);
      return null;
    }

    @Override
    public Void coOccurringMentalIllness(CoOccurringMentalIllness c, EnumSet<Fact> into) {
      into.add(Fact.CO_OCCURRING_MENTAL_ILLNESS);
      return null;
    }

    @Override
    public Void inLar(InLar c, EnumSet<Fact> into) {
      into.add(Fact.IN_LAR);
      return null;
    }

    @Override
    public Void proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, EnumSet<Fact> into) {
      into.add(Fact.ACTING_FOR_ANOTHER);
      into.add(Fact.POWER_OF_ATTORNEY);
      return null;
    }

    @Override
    public Void notStated(NotStated c, EnumSet<Fact> into) {
      return null; // no fact decides it
    }

    @Override
    public Void described(Described c, EnumSet<Fact> into) {
      return null; // no fact decides it
    }

    @Override
    public Void all(All c, EnumSet<Fact> into) {
      c.of().forEach(x -> x.accept(this, into));
      return null;
    }

    @Override
    public Void any(Any c, EnumSet<Fact> into) {
      c.of().forEach(x -> x.accept(this, into));
      return null;
    }

    @Override
    public Void not(Not c, EnumSet<Fact> into) {
      return c.criterion().accept(this, into);
    }
  };

  static void collectFacts(Criterion c, EnumSet<Fact> into) {
    c.accept(FACTS, into);
  }

  /** Whether no fact about a person can decide the leaf: {@code notStated} and {@code described}. */
  static boolean decidedByNoFact(Leaf c) {
    EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);
    c.accept(FACTS, facts);
    return facts.isEmpty();
  }

  // ---------------------------------------------------------------- texts

  private static LocalizedText ageText(int years, Outcome o, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    String nbEdge = onLeapDayEdge(years, f, date) ? " " + leapDay.explanation().nb() : "";
    String enEdge = onLeapDayEdge(years, f, date) ? " " + leapDay.explanation().in(Language.EN) : "";
    return switch (o) {
      case ELIGIBLE -> LocalizedText.of("Personen " + LeafPhrases.age(years).nb() + "." + nbEdge,
          "The person " + LeafPhrases.age(years).in(Language.EN) + "." + enEdge);
      case NOT_ELIGIBLE -> LocalizedText.of("Personen " + LeafPhrases.notAge(years).nb() + "." + nbEdge,
          "The person " + LeafPhrases.notAge(years).in(Language.EN) + "." + enEdge);
      case UNKNOWN -> LocalizedText.of("Fødselsdatoen er ikke kjent, så det er uklart om personen "
          + LeafPhrases.age(years).nb() + ".", "The birth date is not known, so it is unclear whether the person "
          + LeafPhrases.age(years).in(Language.EN) + ".");
    };
  }

  private static LocalizedText residencyText(Set<MunicipalityRelation> accepted, Outcome o) {
    String nb = join(accepted, true);
    String en = join(accepted, false);
    return switch (o) {
      case ELIGIBLE -> LocalizedText.of("Personens tilknytning til kommunen oppfyller kravet (" + nb + ").",
          "The person's connection to the municipality meets the requirement (" + en + ").");
      case NOT_ELIGIBLE -> LocalizedText.of("Personens tilknytning til kommunen oppfyller ikke kravet (" + nb + ").",
          "The person's connection to the municipality does not meet the requirement (" + en + ").");
      case UNKNOWN -> LocalizedText.of("Det er ikke kjent hvilken tilknytning personen har til kommunen (krav: " + nb + ").",
          "It is not known how the person is connected to the municipality (required: " + en + ").");
    };
  }

  private static LocalizedText flagText(Outcome o, LocalizedText holds, LocalizedText fails) {
    return switch (o) {
      case ELIGIBLE -> LocalizedText.of("Personen " + holds.nb() + ".", "The person " + holds.in(Language.EN) + ".");
      case NOT_ELIGIBLE -> LocalizedText.of("Personen " + fails.nb() + ".", "The person " + fails.in(Language.EN) + ".");
      case UNKNOWN -> LocalizedText.of("Det er ikke kjent om personen " + holds.nb() + ".",
          "It is not known whether the person " + holds.in(Language.EN) + ".");
    };
  }

  private static LocalizedText proxyText(Outcome o, PersonFacts f) {
    if (o == Outcome.ELIGIBLE) {
      if (f.actingForAnother().isPresent() && !f.actingForAnother().get()) {
        return LocalizedText.of("Søkeren søker på egne vegne.", "The applicant applies on their own behalf.");
      }
      return LocalizedText.of("Søkeren har fullmakt fra den det søkes for.",
          "The applicant holds a power of attorney from the person applied for.");
    }
    if (o == Outcome.NOT_ELIGIBLE) {
      return LocalizedText.of("Søkeren søker på vegne av en annen uten fullmakt; det kreves fullmakt.",
          "The applicant applies on behalf of someone else without a power of attorney, which is required.");
    }
    if (f.actingForAnother().isPresent()) {
      return LocalizedText.of("Søkeren søker på vegne av en annen; det er ikke kjent om det foreligger fullmakt.",
          "The applicant applies on behalf of someone else; it is not known whether there is a power of attorney.");
    }
    return LocalizedText.of("Det er ikke kjent om søkeren søker på egne vegne eller har fullmakt fra den det søkes for.",
        "It is not known whether the applicant applies for themselves or holds a power of attorney from the person applied for.");
  }

  private static String join(Set<MunicipalityRelation> relations, boolean nb) {
    StringBuilder sb = new StringBuilder();
    for (MunicipalityRelation r : relations) {
      if (sb.length() > 0) {
        sb.append(nb ? " eller " : " or ");
      }
      sb.append(nb ? r.description().nb() : r.description().in(Language.EN));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- validation helpers

  /** A null argument is a programmer error: an NPE that names the parameter (docs/adr/0022). */
  static <T> T required(String field, T value) {
    return Objects.requireNonNull(value, field);
  }

  /** The most criteria directly inside one {@code all} or {@code any}. */
  static final int MAX_CHILDREN = 64;
  /** The most levels of criteria inside each other; a single leaf is one level. */
  static final int MAX_DEPTH = 16;
  /** The most criteria in one tree, counting a criterion as often as it occurs in it. */
  static final int MAX_NODES = 1_000;

  static List<Criterion> children(String field, List<Criterion> items) {
    required(field, items);
    if (items.isEmpty()) {
      throw new InvalidValueException(field, Rule.RANGE, "needs at least one criterion");
    }
    if (items.size() > MAX_CHILDREN) {
      throw new InvalidValueException(field, Rule.RANGE, "at most " + MAX_CHILDREN + " criteria in one list (got "
          + items.size() + ")");
    }
    List<Criterion> copy = nonNullCopy(field, items);
    bounded(field, copy);
    return copy;
  }

  /**
   * Rejects a tree of criteria deeper than {@link #MAX_DEPTH} or larger than {@link #MAX_NODES}, so
   * that evaluating, comparing and printing it can never exhaust the stack or take unbounded time.
   * Every child was checked when it was built, so the walk is at most {@link #MAX_NODES} steps and
   * {@link #MAX_DEPTH} frames deep.
   *
   * @param field the field name for the error
   * @param children the new criterion's children
   */
  static void bounded(String field, List<Criterion> children) {
    int[] nodes = {1};
    int depth = 0;
    for (Criterion c : children) {
      depth = Math.max(depth, depthOf(c, nodes));
    }
    if (nodes[0] > MAX_NODES) {
      throw new InvalidValueException(field, Rule.RANGE, "a tree of criteria has at most " + MAX_NODES + " criteria");
    }
    if (depth + 1 > MAX_DEPTH) {
      throw new InvalidValueException(field, Rule.RANGE, "criteria nest at most " + MAX_DEPTH + " levels deep");
    }
  }

  private static int depthOf(Criterion c, int[] nodes) {
    if (++nodes[0] > MAX_NODES) {
      return 0; // reported by the caller
    }
    return c.accept(DEPTH, nodes);
  }

  /** The depth of a criterion below its own level, counting nodes as it goes. */
  private static final Criterion.Visitor<Integer, int[]> DEPTH = new Criterion.Visitor<>() {
    private Integer leaf() {
      return 1;
    }

    private Integer list(List<Criterion> of, int[] nodes) {
      int inner = 0;
      for (Criterion x : of) {
        inner = Math.max(inner, depthOf(x, nodes));
      }
      return inner + 1;
    }

    @Override
    public Integer minimumAge(MinimumAge c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer residency(Residency c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer role(HasRole c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer pregnant(Pregnant c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer homeless(Homeless c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer coOccurringMentalIllness(CoOccurringMentalIllness c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer inLar(InLar c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer notStated(NotStated c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer described(Described c, int[] nodes) {
      return leaf();
    }

    @Override
    public Integer all(All c, int[] nodes) {
      return list(c.of(), nodes);
    }

    @Override
    public Integer any(Any c, int[] nodes) {
      return list(c.of(), nodes);
    }

    @Override
    public Integer not(Not c, int[] nodes) {
      return depthOf(c.criterion(), nodes) + 1;
    }
  };

  static <T> List<T> nonEmptyList(String field, List<T> items) {
    required(field, items);
    if (items.isEmpty()) {
      throw new InvalidValueException(field, Rule.RANGE, "must not be empty");
    }
    return nonNullCopy(field, items);
  }

  static <T> List<T> nonNullCopy(String field, List<T> items) {
    List<T> copy = new ArrayList<>(items.size());
    int i = 0;
    for (T item : items) {
      if (item == null) {
        throw new InvalidValueException(field + "[" + i + "]", Rule.REQUIRED, "must not be null");
      }
      copy.add(item);
      i++;
    }
    return List.copyOf(copy);
  }

  static <E extends Enum<E>> Set<E> enumSet(String field, Collection<E> items, Class<E> type) {
    required(field, items);
    if (items.isEmpty()) {
      throw new InvalidValueException(field, Rule.RANGE, "must name at least one value");
    }
    return enumSetOrEmpty(field, items, type);
  }

  static <E extends Enum<E>> Set<E> enumSetOrEmpty(String field, Collection<E> items, Class<E> type) {
    required(field, items);
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E item : items) {
      if (item == null) {
        throw new InvalidValueException(field, Rule.REQUIRED, "must not contain null");
      }
      set.add(item);
    }
    return Collections.unmodifiableSet(set);
  }
}
