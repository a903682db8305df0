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
import no.rusomsorg.core.text.LocalizedText;

/**
 * Evaluation of criteria: the allocation-free fast path and the explained path, which share the leaf
 * decisions so they cannot disagree. Also the validation helpers of the criterion records.
 *
 * <p><b>No type checks against {@link Leaf}.</b> Both paths tell the kinds of criterion apart by their
 * exact (final record) class, never with {@code instanceof Leaf} or a cast to {@code Leaf}. Every
 * element taken from a {@code List<Criterion>} is implicitly cast to {@code Criterion}; on JDK 17 a
 * class remembers only its last matched interface, so alternating checks against {@code Criterion}
 * and {@code Leaf} on the same records miss that one-entry cache on every call and take the slow
 * path (JDK-8180450). Measured with {@code EligibilityBenchmark}: the fast path cost about 90 ns per
 * evaluation with the {@code Leaf} cast and about 15 ns without.
 *
 * <p><b>No default branch.</b> Every dispatch names every leaf class and ends by throwing
 * {@link IllegalStateException} for a class it does not know, so a new kind of leaf cannot be evaluated
 * as another one by accident: it fails {@code EvaluatorDispatchTest} (which builds one of every
 * permitted leaf class) until every path handles it.
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

  /**
   * The outcome of one leaf. Dispatches on the exact class (the records are final); takes a
   * {@code Criterion}, not a {@code Leaf}, so that no interface cast is needed (see the class comment).
   */
  static Outcome leaf(Criterion c, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    Class<?> k = c.getClass();
    if (k == MinimumAge.class) {
      return age(((MinimumAge) c).years(), f, date, leapDay);
    }
    if (k == Residency.class) {
      return residency((Residency) c, f);
    }
    if (k == HasRole.class) {
      return flag(f, ((HasRole) c).role().fact().bit());
    }
    if (k == Pregnant.class) {
      return flag(f, Fact.PREGNANT.bit());
    }
    if (k == Homeless.class) {
      return flag(f, Fact.HOMELESS.bit());
    }
    if (k == CoOccurringMentalIllness.class) {
      return flag(f, Fact.CO_OCCURRING_MENTAL_ILLNESS.bit());
    }
    if (k == InLar.class) {
      return flag(f, Fact.IN_LAR.bit());
    }
    if (k == ProxyWithPowerOfAttorney.class) {
      return proxy(f);
    }
    if (k == NotStated.class || k == Described.class) {
      return Outcome.UNKNOWN;
    }
    throw unhandled(c);
  }

  /** A criterion class that an evaluation path does not handle: a programming error, never a default. */
  static IllegalStateException unhandled(Criterion c) {
    return new IllegalStateException("no evaluation rule for criterion type " + c.getClass().getName());
  }

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

  static Outcome test(Criterion c, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    Class<?> k = c.getClass();
    if (k == All.class) {
      List<Criterion> of = ((All) c).of();
      Outcome result = Outcome.ELIGIBLE;
      for (int i = 0, n = of.size(); i < n; i++) {
        Outcome o = test(of.get(i), f, date, leapDay);
        if (o == Outcome.NOT_ELIGIBLE) {
          return o;
        }
        if (o == Outcome.UNKNOWN) {
          result = o;
        }
      }
      return result;
    }
    if (k == Any.class) {
      List<Criterion> of = ((Any) c).of();
      Outcome result = Outcome.NOT_ELIGIBLE;
      for (int i = 0, n = of.size(); i < n; i++) {
        Outcome o = test(of.get(i), f, date, leapDay);
        if (o == Outcome.ELIGIBLE) {
          return o;
        }
        if (o == Outcome.UNKNOWN) {
          result = o;
        }
      }
      return result;
    }
    if (k == Not.class) {
      Outcome o = test(((Not) c).criterion(), f, date, leapDay);
      return o == Outcome.ELIGIBLE ? Outcome.NOT_ELIGIBLE : o == Outcome.NOT_ELIGIBLE ? Outcome.ELIGIBLE : o;
    }
    return leaf(c, f, date, leapDay);
  }

  // ---------------------------------------------------------------- explained path

  /**
   * The criterion as a leaf, or null for {@code All}, {@code Any} and {@code Not}. Tests the exact
   * class instead of {@code instanceof Leaf} (see the class comment).
   */
  private static Leaf asLeaf(Criterion c) {
    Class<?> k = c.getClass();
    if (k == All.class || k == Any.class || k == Not.class) {
      return null;
    }
    if (k == MinimumAge.class) {
      return (MinimumAge) c;
    }
    if (k == Residency.class) {
      return (Residency) c;
    }
    if (k == HasRole.class) {
      return (HasRole) c;
    }
    if (k == Pregnant.class) {
      return (Pregnant) c;
    }
    if (k == Homeless.class) {
      return (Homeless) c;
    }
    if (k == CoOccurringMentalIllness.class) {
      return (CoOccurringMentalIllness) c;
    }
    if (k == InLar.class) {
      return (InLar) c;
    }
    if (k == ProxyWithPowerOfAttorney.class) {
      return (ProxyWithPowerOfAttorney) c;
    }
    if (k == NotStated.class) {
      return (NotStated) c;
    }
    if (k == Described.class) {
      return (Described) c;
    }
    throw unhandled(c);
  }

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
    Node node = node(c, f, date, leapDay);
    return new Verdict(node.outcome, new ArrayList<>(node.reasons), node.missing);
  }

  private static Node node(Criterion c, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    Leaf leaf = asLeaf(c);
    if (leaf != null) {
      Outcome o = leaf(leaf, f, date, leapDay);
      Set<Reason> reasons = new LinkedHashSet<>();
      reasons.add(new Reason(leaf, o, text(leaf, o, f, date, leapDay)));
      return new Node(o, reasons, o == Outcome.UNKNOWN ? missing(leaf, f) : EnumSet.noneOf(Fact.class));
    }
    if (c instanceof Not) {
      Node inner = node(((Not) c).criterion(), f, date, leapDay);
      return new Node(inner.outcome.not(), inner.reasons, inner.missing);
    }
    boolean conjunction = c instanceof All;
    List<Criterion> of = conjunction ? ((All) c).of() : ((Any) c).of();
    // In a conjunction NOT_ELIGIBLE decides; in a disjunction ELIGIBLE decides.
    Outcome decisive = conjunction ? Outcome.NOT_ELIGIBLE : Outcome.ELIGIBLE;
    Outcome outcome = conjunction ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
    List<Node> children = new ArrayList<>(of.size());
    for (Criterion child : of) {
      Node n = node(child, f, date, leapDay);
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

  /** The facts that would decide an unknown leaf. */
  private static EnumSet<Fact> missing(Leaf c, PersonFacts f) {
    if (c instanceof ProxyWithPowerOfAttorney) {
      EnumSet<Fact> m = EnumSet.noneOf(Fact.class);
      if (!f.isKnown(Fact.ACTING_FOR_ANOTHER)) {
        m.add(Fact.ACTING_FOR_ANOTHER);
      }
      if (!f.isKnown(Fact.POWER_OF_ATTORNEY)) {
        m.add(Fact.POWER_OF_ATTORNEY);
      }
      return m;
    }
    if (c instanceof NotStated || c instanceof Described) {
      return EnumSet.noneOf(Fact.class);
    }
    return EnumSet.of(factOf(c));
  }

  private static Fact factOf(Leaf c) {
    if (c instanceof MinimumAge) {
      return Fact.BIRTH_DATE;
    }
    if (c instanceof Residency) {
      return Fact.MUNICIPALITY_RELATION;
    }
    if (c instanceof HasRole) {
      return ((HasRole) c).role().fact();
    }
    if (c instanceof Pregnant) {
      return Fact.PREGNANT;
    }
    if (c instanceof Homeless) {
      return Fact.HOMELESS;
    }
    if (c instanceof CoOccurringMentalIllness) {
      return Fact.CO_OCCURRING_MENTAL_ILLNESS;
    }
    if (c instanceof InLar) {
      return Fact.IN_LAR;
    }
    if (c instanceof ProxyWithPowerOfAttorney) {
      throw new IllegalStateException("a proxy criterion reads two facts");
    }
    if (c instanceof NotStated || c instanceof Described) {
      throw new IllegalStateException("a criterion that no fact decides reads no fact");
    }
    throw unhandled(c);
  }

  static void collectFacts(Criterion c, EnumSet<Fact> into) {
    if (c instanceof ProxyWithPowerOfAttorney) {
      into.add(Fact.ACTING_FOR_ANOTHER);
      into.add(Fact.POWER_OF_ATTORNEY);
    } else if (c instanceof NotStated || c instanceof Described) {
      return; // no fact decides them
    } else if (asLeaf(c) != null) {
      into.add(factOf(asLeaf(c)));
    } else if (c instanceof Not) {
      collectFacts(((Not) c).criterion(), into);
    } else {
      for (Criterion child : c instanceof All ? ((All) c).of() : ((Any) c).of()) {
        collectFacts(child, into);
      }
    }
  }

  // ---------------------------------------------------------------- texts

  private static LocalizedText text(Leaf c, Outcome o, PersonFacts f, LocalDate date, LeapDayBirthday leapDay) {
    if (c instanceof MinimumAge) {
      int years = ((MinimumAge) c).years();
      String nbEdge = onLeapDayEdge(years, f, date) ? " " + leapDay.explanation().nb() : "";
      String enEdge = onLeapDayEdge(years, f, date) ? " " + leapDay.explanation().in(no.rusomsorg.core.text.Language.EN) : "";
      switch (o) {
        case ELIGIBLE:
          return LocalizedText.of("Personen har fylt " + years + " år." + nbEdge,
              "The person has reached the age of " + years + "." + enEdge);
        case NOT_ELIGIBLE:
          return LocalizedText.of("Personen har ikke fylt " + years + " år." + nbEdge,
              "The person is younger than " + years + "." + enEdge);
        default:
          return LocalizedText.of("Fødselsdatoen er ikke kjent, så det er uklart om personen har fylt " + years + " år.",
              "The birth date is not known, so it is unclear whether the person has reached the age of " + years + ".");
      }
    }
    if (c instanceof Residency) {
      Set<MunicipalityRelation> accepted = ((Residency) c).accepted();
      String nb = join(accepted, true);
      String en = join(accepted, false);
      switch (o) {
        case ELIGIBLE:
          return LocalizedText.of("Personens tilknytning til kommunen oppfyller kravet (" + nb + ").",
              "The person's connection to the municipality meets the requirement (" + en + ").");
        case NOT_ELIGIBLE:
          return LocalizedText.of("Personens tilknytning til kommunen oppfyller ikke kravet (" + nb + ").",
              "The person's connection to the municipality does not meet the requirement (" + en + ").");
        default:
          return LocalizedText.of("Det er ikke kjent hvilken tilknytning personen har til kommunen (krav: " + nb + ").",
              "It is not known how the person is connected to the municipality (required: " + en + ").");
      }
    }
    if (c instanceof ProxyWithPowerOfAttorney) {
      return proxyText(o, f);
    }
    if (c instanceof NotStated) {
      return LocalizedText.of("Kilden oppgir ingen målgruppe eller vilkår for denne tjenesten, så det er uklart om"
              + " den er for personen. Spør tjenesten.",
          "The source states no target group or condition for this service, so it is unclear whether it is for"
              + " the person. Ask the service.");
    }
    if (c instanceof Described) {
      LocalizedText cond = ((Described) c).condition();
      return LocalizedText.of("Kilden sier at tjenesten gjelder: " + cond.nb() + ". Det kan ikke avgjøres ut fra"
              + " opplysningene her; tjenesten vurderer det.",
          "The source says the service is for: " + cond.in(no.rusomsorg.core.text.Language.EN) + ". That cannot be"
              + " decided from the facts given here; the service assesses it.");
    }
    LocalizedText holds;
    LocalizedText fails;
    if (c instanceof HasRole) {
      holds = ((HasRole) c).role().holds();
      fails = ((HasRole) c).role().fails();
    } else if (c instanceof Pregnant) {
      holds = LocalizedText.of("er gravid", "is pregnant");
      fails = LocalizedText.of("er ikke gravid", "is not pregnant");
    } else if (c instanceof Homeless) {
      holds = LocalizedText.of("er bostedsløs", "is homeless");
      fails = LocalizedText.of("er ikke bostedsløs", "is not homeless");
    } else if (c instanceof CoOccurringMentalIllness) {
      holds = LocalizedText.of("har samtidig rusproblem og psykisk lidelse", "has a mental illness alongside the substance problem");
      fails = LocalizedText.of("har ikke samtidig rusproblem og psykisk lidelse", "does not have a mental illness alongside the substance problem");
    } else if (c instanceof InLar) {
      holds = LocalizedText.of("er i legemiddelassistert rehabilitering (LAR)", "is in opioid substitution treatment (LAR)");
      fails = LocalizedText.of("er ikke i legemiddelassistert rehabilitering (LAR)", "is not in opioid substitution treatment (LAR)");
    } else {
      throw unhandled(c);
    }
    switch (o) {
      case ELIGIBLE:
        return LocalizedText.of("Personen " + holds.nb() + ".", "The person " + holds.in(no.rusomsorg.core.text.Language.EN) + ".");
      case NOT_ELIGIBLE:
        return LocalizedText.of("Personen " + fails.nb() + ".", "The person " + fails.in(no.rusomsorg.core.text.Language.EN) + ".");
      default:
        return LocalizedText.of("Det er ikke kjent om personen " + holds.nb() + ".",
            "It is not known whether the person " + holds.in(no.rusomsorg.core.text.Language.EN) + ".");
    }
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
      sb.append(nb ? r.description().nb() : r.description().in(no.rusomsorg.core.text.Language.EN));
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
    int inner = 0;
    if (c instanceof All) {
      for (Criterion x : ((All) c).of()) {
        inner = Math.max(inner, depthOf(x, nodes));
      }
    } else if (c instanceof Any) {
      for (Criterion x : ((Any) c).of()) {
        inner = Math.max(inner, depthOf(x, nodes));
      }
    } else if (c instanceof Not) {
      inner = depthOf(((Not) c).criterion(), nodes);
    }
    return inner + 1;
  }

  static <T> List<T> nonEmptyList(String field, List<T> items) {
    required(field, items);
    if (items.isEmpty()) {
      throw new InvalidValueException(field, Rule.RANGE, "must not be empty");
    }
    return nonNullCopy(field, items);
  }

  private static <T> List<T> nonNullCopy(String field, List<T> items) {
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
