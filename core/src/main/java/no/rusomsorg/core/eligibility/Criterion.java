package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;

/**
 * A condition for receiving a service, as data: leaves that test one thing about a person, combined
 * with {@link All}, {@link Any} and {@link Not}.
 *
 * <h2>Evaluation</h2>
 * {@link #evaluate(PersonFacts, LocalDate)} answers with a {@link Verdict}: the {@link Outcome}, the
 * {@link Reason}s (each citing its legal reference or source, with an explanation in bokmål and
 * English) and the {@link Fact}s still missing. {@link #test(PersonFacts, LocalDate)} is the fast
 * path for bulk use: it returns only the outcome, builds nothing and allocates nothing. The two
 * always give the same outcome.
 *
 * <p>Facts may be unknown. A leaf whose fact is unknown is {@link Outcome#UNKNOWN}; {@code All},
 * {@code Any} and {@code Not} combine outcomes by Kleene's strong three-valued logic (see
 * {@link Outcome}), so an unknown fact makes the answer unknown only when it could change it. Adding
 * a fact never changes a decided outcome. Both methods throw {@link ContradictoryFactsException} when
 * the known birth date is after the evaluation date, whether or not the criterion reads the birth
 * date.
 *
 * <h2>Ages</h2>
 * {@link MinimumAge} of {@code n} years is met on and after the {@code n}th birthday. Someone born on
 * 29 February has their birthday on 1 March in years that are not leap years: born 2008-02-29, they
 * turn 18 on 2026-03-01, not on 2026-02-28 (which {@code LocalDate.plusYears} would give, so it is not
 * used). In leap years the birthday is 29 February itself.
 *
 * <h2>JSON</h2>
 * Each criterion is an object whose {@code "type"} names it: {@code minimumAge}, {@code residency},
 * {@code role}, {@code pregnant}, {@code homeless}, {@code coOccurringMentalIllness}, {@code inLar},
 * {@code proxyWithPowerOfAttorney}, {@code notStated}, {@code described}, {@code all}, {@code any},
 * {@code not}. For example
 * {@code {"type":"all","of":[{"type":"minimumAge","years":18},{"type":"residency",
 * "accepted":["REGISTERED_RESIDENT","PRESENT"]}]}}. A leaf's {@code "basis"} may be left out and then
 * takes the leaf's default; it is always written ({@code notStated} and {@code described} have no
 * default: they must name the source). Reading validates like the constructors.
 *
 * <h2>Sources: the service's, unless the basis names one</h2>
 * Core names no municipality and no municipality's page. A leaf's default basis names no source
 * document: it is {@link Basis#ofService()} (written {@code "basis": {}}), or a section of law alone
 * for {@link Residency} (hol § 3-1) and {@link ProxyWithPowerOfAttorney} (fvl § 12).
 * {@link Basis#ofService()} cites the sources of the service the criterion belongs to: evaluated
 * through {@code Service.evaluate}, or resolved with {@link Verdict#citing(java.util.List)}, the
 * reason's {@link Reason#sourceIds()} name the service's sources. A basis that names a source id
 * cites that source; a basis in law alone cites no document.
 *
 * <h2>Telling the kinds apart</h2>
 * Dispatch on the kind of criterion with {@link #accept(Visitor, Object)}: a {@link Visitor} has one
 * method per kind, so adding a kind fails to compile until every operation handles it.
 *
 * <h2>What the source does not say</h2>
 * Two leaves are always {@link Outcome#UNKNOWN} and name no missing fact, because no fact about the
 * person can decide them: {@link NotStated} (the source states no target group or condition for the
 * service: the answer is "not stated", never a guess) and {@link Described} (the source states a
 * condition in words that no {@link Fact} expresses, such as "follow-up after birth"). Their reasons
 * say so. A verdict that is unknown only because of them has no missing facts.
 *
 * <p>Implementations are immutable records and thread-safe; they compare by value. The records write
 * out {@code equals} and {@code hashCode}: the generated ones link method handles on first use, which
 * cost a new JVM some 25 ms on the way to its first explained verdict (see the start-up section of
 * {@code benchmarks/README.md}); {@code RecordEqualityTest} holds them to the component-wise
 * definition.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Criterion.MinimumAge.class, name = "minimumAge"),
    @JsonSubTypes.Type(value = Criterion.Residency.class, name = "residency"),
    @JsonSubTypes.Type(value = Criterion.HasRole.class, name = "role"),
    @JsonSubTypes.Type(value = Criterion.Pregnant.class, name = "pregnant"),
    @JsonSubTypes.Type(value = Criterion.Homeless.class, name = "homeless"),
    @JsonSubTypes.Type(value = Criterion.CoOccurringMentalIllness.class, name = "coOccurringMentalIllness"),
    @JsonSubTypes.Type(value = Criterion.InLar.class, name = "inLar"),
    @JsonSubTypes.Type(value = Criterion.ProxyWithPowerOfAttorney.class, name = "proxyWithPowerOfAttorney"),
    @JsonSubTypes.Type(value = Criterion.NotStated.class, name = "notStated"),
    @JsonSubTypes.Type(value = Criterion.Described.class, name = "described"),
    @JsonSubTypes.Type(value = Criterion.All.class, name = "all"),
    @JsonSubTypes.Type(value = Criterion.Any.class, name = "any"),
    @JsonSubTypes.Type(value = Criterion.Not.class, name = "not")
})
public sealed interface Criterion permits Criterion.Leaf, Criterion.All, Criterion.Any, Criterion.Not {

  /** The source id of the standard service description for a municipal substance-abuse service. */
  String STANDARD_SERVICE_DESCRIPTION = "standard-tjenestebeskrivelse";

  /**
   * Calls the visitor's method for this kind of criterion: the one way to tell the kinds apart. A
   * {@link Visitor} has one method per kind and no default, so a new kind of criterion does not
   * compile until every visitor handles it (see {@link Visitor}).
   *
   * @param <R> the visitor's result type
   * @param <P> the type of the visitor's extra argument ({@code Void} if none)
   * @param visitor the visitor
   * @param argument passed on to the visitor's method; may be null
   * @return the visitor's result
   */
  <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument);

  /**
   * An operation on criteria, one method per kind, in the manner of
   * {@code javax.lang.model.element.ElementVisitor}. This is how the library itself dispatches on a
   * criterion (evaluation, texts, the rule book, the conformance kit); use it instead of
   * {@code instanceof} chains or {@code getClass()} comparisons, which compile happily when a kind is
   * added and then treat the new kind as some other one.
   *
   * <p>There is deliberately no adapter with default methods: adding a kind of criterion adds a
   * method here, and every implementation must then handle it before the project compiles.
   *
   * @param <R> the result type
   * @param <P> the type of the extra argument ({@code Void} if none)
   */
  interface Visitor<R, P> {
    /**
     * Visits a minimum age.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R minimumAge(MinimumAge c, P p);

    /**
     * Visits a residency criterion.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R residency(Residency c, P p);

    /**
     * Visits a role.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R role(HasRole c, P p);

    /**
     * Visits pregnancy.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R pregnant(Pregnant c, P p);

    /**
     * Visits homelessness.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R homeless(Homeless c, P p);

    /**
     * Visits a co-occurring mental illness.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R coOccurringMentalIllness(CoOccurringMentalIllness c, P p);

    /**
     * Visits opioid substitution treatment.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R inLar(InLar c, P p);

    /**
     * Visits acting with a power of attorney.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, P p);

    /**
     * Visits a criterion the source does not state.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R notStated(NotStated c, P p);

    /**
     * Visits a condition stated in words.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R described(Described c, P p);

    /**
     * Visits a conjunction.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R all(All c, P p);

    /**
     * Visits a disjunction.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R any(Any c, P p);

    /**
     * Visits a negation.
     *
     * @param c the criterion
     * @param p the extra argument
     * @return the result
     */
    R not(Not c, P p);
  }

  /**
   * Evaluates the criterion and explains the outcome.
   *
   * @param facts what is known about the person
   * @param date the date to evaluate on (ages are counted to this date)
   * @return the verdict, with reasons and missing facts
   * @throws ContradictoryFactsException if the known birth date is after {@code date}
   */
  default Verdict evaluate(PersonFacts facts, LocalDate date) {
    return evaluate(facts, date, LeapDayBirthday.FEBRUARY_28);
  }

  /**
   * Evaluates the criterion with a chosen reading of a 29 February birthday in a year without that
   * date (see {@link LeapDayBirthday}); {@link #evaluate(PersonFacts, LocalDate)} uses
   * {@link LeapDayBirthday#FEBRUARY_28}. When the reading decides an age, the reason says which.
   *
   * @param facts what is known about the person
   * @param date the date to evaluate on
   * @param leapDay the reading of a 29 February birthday
   * @return the verdict, with reasons and missing facts
   * @throws ContradictoryFactsException if the known birth date is after {@code date}
   */
  default Verdict evaluate(PersonFacts facts, LocalDate date, LeapDayBirthday leapDay) {
    Evaluator.checkArguments(facts, date);
    Evaluator.required("leapDay", leapDay);
    return Evaluator.explain(this, facts, date, leapDay);
  }

  /**
   * The fast path: the outcome only, without reasons, missing facts or any allocation. Always equal
   * to {@code evaluate(facts, date).outcome()}.
   *
   * @param facts what is known about the person
   * @param date the date to evaluate on
   * @return the outcome
   * @throws ContradictoryFactsException if the known birth date is after {@code date}
   */
  default Outcome test(PersonFacts facts, LocalDate date) {
    Evaluator.checkArguments(facts, date);
    return Evaluator.test(this, facts, date, LeapDayBirthday.FEBRUARY_28);
  }

  /**
   * The fast path with a chosen reading of a 29 February birthday: always equal to
   * {@code evaluate(facts, date, leapDay).outcome()}.
   *
   * @param facts what is known about the person
   * @param date the date to evaluate on
   * @param leapDay the reading of a 29 February birthday
   * @return the outcome
   * @throws ContradictoryFactsException if the known birth date is after {@code date}
   */
  default Outcome test(PersonFacts facts, LocalDate date, LeapDayBirthday leapDay) {
    Evaluator.checkArguments(facts, date);
    Evaluator.required("leapDay", leapDay);
    return Evaluator.test(this, facts, date, leapDay);
  }

  /**
   * The facts this criterion can read: the facts that may appear in a verdict's missing facts.
   *
   * @return the facts
   */
  default Set<Fact> relevantFacts() {
    EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);
    Evaluator.collectFacts(this, facts);
    return Collections.unmodifiableSet(facts);
  }

  // ---- factories ----

  /**
   * At least {@code years} old, resting on the sources of the service it belongs to.
   *
   * @param years the minimum age
   * @return the criterion
   */
  static MinimumAge minimumAge(int years) {
    return new MinimumAge(years, null);
  }

  /**
   * Connected to the municipality in one of the given ways, resting on hol § 3-1.
   *
   * @param accepted the accepted relations
   * @return the criterion
   */
  static Residency residency(MunicipalityRelation... accepted) {
    return new Residency(accepted == null ? null : new HashSet<>(Arrays.asList(accepted)), null);
  }

  /**
   * Has a role, resting on the sources of the service it belongs to.
   *
   * @param role the role
   * @return the criterion
   */
  static HasRole role(Role role) {
    return new HasRole(role, null);
  }

  /**
   * Is pregnant.
   *
   * @return the criterion
   */
  static Pregnant pregnant() {
    return new Pregnant(null);
  }

  /**
   * Is homeless.
   *
   * @return the criterion
   */
  static Homeless homeless() {
    return new Homeless(null);
  }

  /**
   * Has a mental illness alongside the substance problem.
   *
   * @return the criterion
   */
  static CoOccurringMentalIllness coOccurringMentalIllness() {
    return new CoOccurringMentalIllness(null);
  }

  /**
   * Is in opioid substitution treatment (LAR).
   *
   * @return the criterion
   */
  static InLar inLar() {
    return new InLar(null);
  }

  /**
   * Applies for themselves, or for someone else with a power of attorney.
   *
   * @return the criterion
   */
  static ProxyWithPowerOfAttorney proxyWithPowerOfAttorney() {
    return new ProxyWithPowerOfAttorney(null);
  }

  /**
   * The source states no target group or condition for the service; always unknown.
   *
   * @param sourceId the id of the source that is silent
   * @return the criterion
   */
  static NotStated notStated(String sourceId) {
    return new NotStated(Basis.source(sourceId));
  }

  /**
   * A condition the source states in words that no fact decides; always unknown.
   *
   * @param condition the condition, in bokmål and English
   * @param sourceId the id of the source that states it
   * @return the criterion
   */
  static Described described(LocalizedText condition, String sourceId) {
    return new Described(condition, Basis.source(sourceId));
  }

  /**
   * All of the criteria.
   *
   * @param of the criteria, at least one
   * @return the conjunction
   */
  static All all(Criterion... of) {
    return new All(of == null ? null : Arrays.asList(of));
  }

  /**
   * Any of the criteria.
   *
   * @param of the criteria, at least one
   * @return the disjunction
   */
  static Any any(Criterion... of) {
    return new Any(of == null ? null : Arrays.asList(of));
  }

  /**
   * The negation of a criterion.
   *
   * @param criterion the criterion
   * @return the negation
   */
  static Not not(Criterion criterion) {
    return new Not(criterion);
  }

  // ---- the types ----

  /** A criterion that tests one thing about a person and rests on a {@link Basis}. */
  sealed interface Leaf extends Criterion permits MinimumAge, Residency, HasRole, Pregnant, Homeless,
      CoOccurringMentalIllness, InLar, ProxyWithPowerOfAttorney, NotStated, Described {

    /**
     * What the criterion rests on.
     *
     * @return the legal reference and/or source
     */
    Basis basis();

    /**
     * The same criterion with another basis.
     *
     * @param basis the basis
     * @return a copy
     */
    Leaf withBasis(Basis basis);
  }

  /**
   * The person has reached an age on the evaluation date: on or after the {@code years}th birthday,
   * where a 29 February birthday falls on 1 March in years that are not leap years. The default
   * basis is {@link Basis#ofService()}: the sources of the service the criterion belongs to.
   *
   * @param years the minimum age in whole years, 1 to 130
   * @param basis what it rests on; null gives the default
   */
  @JsonPropertyOrder({"years", "basis"})
  record MinimumAge(int years, Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.ofService();

    /**
     * Validates and applies the default basis.
     *
     * @param years the minimum age in whole years, 1 to 130
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public MinimumAge {
      if (years < 1 || years > 130) {
        throw new InvalidValueException("years", Rule.RANGE, "a minimum age is from 1 to 130 years");
      }
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public MinimumAge withBasis(Basis basis) {
      return new MinimumAge(years, Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.minimumAge(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof MinimumAge)) {
        return false;
      }
      MinimumAge o = (MinimumAge) other;
      return o.years == years && o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 1 * 31 + (31 * years + basis.hashCode());
    }
  }

  /**
   * The person's relation to the municipality is one of the accepted ones. The default basis is
   * hol § 3-1 (the municipality's duty towards people staying in it), verified against the statute
   * (see {@link no.rusomsorg.core.law.Statutes#isVerified}): the law alone, which holds whatever the
   * service's page says.
   *
   * @param accepted the accepted relations, not empty
   * @param basis what it rests on; null gives the default
   */
  @JsonPropertyOrder({"accepted", "basis"})
  record Residency(Set<MunicipalityRelation> accepted, Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.of(
        LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-1"));

    /**
     * Validates, copies and applies the default basis.
     *
     * @param accepted the accepted relations, not empty
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Residency {
      accepted = Evaluator.enumSet("accepted", accepted, MunicipalityRelation.class);
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public Residency withBasis(Basis basis) {
      return new Residency(accepted, Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.residency(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Residency)) {
        return false;
      }
      Residency o = (Residency) other;
      return o.accepted.equals(accepted) && o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 2 * 31 + (31 * accepted.hashCode() + basis.hashCode());
    }
  }

  /**
   * The person has a role. The default basis is {@link Basis#ofService()}: the sources of the service
   * the criterion belongs to.
   *
   * @param role the role
   * @param basis what it rests on; null gives the default
   */
  @JsonPropertyOrder({"role", "basis"})
  record HasRole(Role role, Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.ofService();

    /**
     * Validates and applies the default basis.
     *
     * @param role the role
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public HasRole {
      Evaluator.required("role", role);
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public HasRole withBasis(Basis basis) {
      return new HasRole(role, Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.role(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof HasRole)) {
        return false;
      }
      HasRole o = (HasRole) other;
      return o.role.equals(role) && o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 3 * 31 + (31 * role.hashCode() + basis.hashCode());
    }
  }

  /**
   * The person is pregnant. The default basis is {@link Basis#ofService()}: the sources of the
   * service the criterion belongs to.
   *
   * @param basis what it rests on; null gives the default
   */
  record Pregnant(Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.ofService();

    /**
     * Applies the default basis.
     *
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Pregnant {
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public Pregnant withBasis(Basis basis) {
      return new Pregnant(Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.pregnant(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Pregnant)) {
        return false;
      }
      Pregnant o = (Pregnant) other;
      return o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 4 * 31 + basis.hashCode();
    }
  }

  /**
   * The person is homeless. The default basis is {@link Basis#ofService()}: the sources of the
   * service the criterion belongs to.
   *
   * @param basis what it rests on; null gives the default
   */
  record Homeless(Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.ofService();

    /**
     * Applies the default basis.
     *
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Homeless {
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public Homeless withBasis(Basis basis) {
      return new Homeless(Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.homeless(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Homeless)) {
        return false;
      }
      Homeless o = (Homeless) other;
      return o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 5 * 31 + basis.hashCode();
    }
  }

  /**
   * The person has a mental illness alongside the substance problem. The default basis is
   * {@link Basis#ofService()}: the sources of the service the criterion belongs to.
   *
   * @param basis what it rests on; null gives the default
   */
  record CoOccurringMentalIllness(Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.ofService();

    /**
     * Applies the default basis.
     *
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public CoOccurringMentalIllness {
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public CoOccurringMentalIllness withBasis(Basis basis) {
      return new CoOccurringMentalIllness(Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.coOccurringMentalIllness(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof CoOccurringMentalIllness)) {
        return false;
      }
      CoOccurringMentalIllness o = (CoOccurringMentalIllness) other;
      return o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 6 * 31 + basis.hashCode();
    }
  }

  /**
   * The person is in opioid substitution treatment (LAR). The default basis is
   * {@link Basis#ofService()}: the sources of the service the criterion belongs to.
   *
   * @param basis what it rests on; null gives the default
   */
  record InLar(Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.ofService();

    /**
     * Applies the default basis.
     *
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public InLar {
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public InLar withBasis(Basis basis) {
      return new InLar(Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.inLar(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof InLar)) {
        return false;
      }
      InLar o = (InLar) other;
      return o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 7 * 31 + basis.hashCode();
    }
  }

  /**
   * Whoever applies either applies for themselves, or holds a power of attorney from the person they
   * apply for: (not acting for another) or (has power of attorney), in three-valued logic. Acting for
   * oneself passes whatever is known about a power of attorney; a known power of attorney passes
   * whatever is known about who acts. The default basis is fvl § 12 (representation by an
   * authorised representative, verified), the law alone.
   *
   * @param basis what it rests on; null gives the default
   */
  record ProxyWithPowerOfAttorney(Basis basis) implements Leaf {
    /** The default basis. */
    public static final Basis DEFAULT_BASIS = Basis.of(LegalReference.of(Act.FORVALTNINGSLOVEN, "12"));

    /**
     * Applies the default basis.
     *
     * @param basis what it rests on; null gives the default
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ProxyWithPowerOfAttorney {
      basis = basis == null ? DEFAULT_BASIS : basis;
    }

    @Override
    public ProxyWithPowerOfAttorney withBasis(Basis basis) {
      return new ProxyWithPowerOfAttorney(Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.proxyWithPowerOfAttorney(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof ProxyWithPowerOfAttorney)) {
        return false;
      }
      ProxyWithPowerOfAttorney o = (ProxyWithPowerOfAttorney) other;
      return o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 8 * 31 + basis.hashCode();
    }
  }

  /**
   * The source states no target group or condition for the service. Always {@link Outcome#UNKNOWN},
   * with no missing fact (no fact about the person can decide it) and a reason saying that the source
   * is silent. Use it instead of guessing a group: an explicit "not stated".
   *
   * @param basis the source that is silent; required (there is no default)
   */
  record NotStated(Basis basis) implements Leaf {
    /**
     * Validates.
     *
     * @param basis the source that is silent
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public NotStated {
      Evaluator.required("basis", basis);
    }

    @Override
    public NotStated withBasis(Basis basis) {
      return new NotStated(Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.notStated(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof NotStated)) {
        return false;
      }
      NotStated o = (NotStated) other;
      return o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 12 * 31 + basis.hashCode();
    }
  }

  /**
   * A condition the source states in words that no {@link Fact} expresses, such as "follow-up after
   * birth" or "gambling addiction". Always {@link Outcome#UNKNOWN}, with no missing fact; the reason
   * quotes the condition (in the project's words) and says that the service decides it.
   *
   * @param condition the condition, in bokmål and English
   * @param basis the source that states it; required (there is no default)
   */
  @JsonPropertyOrder({"condition", "basis"})
  record Described(LocalizedText condition, Basis basis) implements Leaf {
    /**
     * Validates.
     *
     * @param condition the condition, in bokmål and English
     * @param basis the source that states it
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Described {
      Evaluator.required("condition", condition);
      Evaluator.required("basis", basis);
    }

    @Override
    public Described withBasis(Basis basis) {
      return new Described(condition, Evaluator.required("basis", basis));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.described(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Described)) {
        return false;
      }
      Described o = (Described) other;
      return o.condition.equals(condition) && o.basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return 13 * 31 + (31 * condition.hashCode() + basis.hashCode());
    }
  }

  /**
   * All of the criteria must be met (Kleene conjunction: one {@code NOT_ELIGIBLE} decides).
   *
   * @param of the criteria, at least one
   */
  record All(List<Criterion> of) implements Criterion {
    /**
     * Validates and copies.
     *
     * @param of the criteria, at least one
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public All {
      of = Evaluator.children("of", of);
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.all(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof All)) {
        return false;
      }
      All o = (All) other;
      return o.of.equals(of);
    }

    @Override
    public int hashCode() {
      return 9 * 31 + of.hashCode();
    }
  }

  /**
   * At least one of the criteria must be met (Kleene disjunction: one {@code ELIGIBLE} decides).
   *
   * @param of the criteria, at least one
   */
  record Any(List<Criterion> of) implements Criterion {
    /**
     * Validates and copies.
     *
     * @param of the criteria, at least one
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Any {
      of = Evaluator.children("of", of);
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.any(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Any)) {
        return false;
      }
      Any o = (Any) other;
      return o.of.equals(of);
    }

    @Override
    public int hashCode() {
      return 10 * 31 + of.hashCode();
    }
  }

  /**
   * The criterion must not be met (Kleene negation: {@code UNKNOWN} stays unknown).
   *
   * @param criterion the negated criterion
   */
  record Not(Criterion criterion) implements Criterion {
    /**
     * Validates.
     *
     * @param criterion the negated criterion
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Not {
      Evaluator.required("criterion", criterion);
      Evaluator.bounded("criterion", List.of(criterion));
    }

    @Override
    public <R, P> R accept(Visitor<R, P> visitor, @Nullable P argument) {
      java.util.Objects.requireNonNull(visitor, "visitor");
      return visitor.not(this, argument);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Not)) {
        return false;
      }
      Not o = (Not) other;
      return o.criterion.equals(criterion);
    }

    @Override
    public int hashCode() {
      return 11 * 31 + criterion.hashCode();
    }
  }
}
