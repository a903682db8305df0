package no.rusomsorg.core.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.identity.NationalIdNumber;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What is known about a person when their eligibility for a service is assessed.
 *
 * <p><b>Every fact may be unknown</b>: an absent {@code Optional} means "not known", which is different
 * from a known {@code false}. Criteria evaluated on incomplete facts answer {@link Outcome#UNKNOWN}
 * and name the {@link Fact}s that would decide them.
 *
 * <p><b>Birth date.</b> {@link #knownBirthDate()} is the given {@link #birthDate()} (for example from
 * the population register) if there is one, otherwise the date encoded in a fødselsnummer when the
 * number alone tells it (see {@link NationalIdNumber#birthDate()}). D- and H-numbers are never used
 * to derive the birth date, because their encoded date may differ from the real one.
 *
 * <p><b>Contradictions are rejected</b> with {@link ContradictoryFactsException}: a fødselsnummer whose
 * day, month and two-digit year differ from the given birth date (the century is not compared, since
 * numbers issued from 2032 do not encode it). A birth date after the evaluation date is rejected when
 * a criterion is evaluated. Birth dates before 1800 or after 9999 are rejected as out of range.
 *
 * <p><b>Personal data.</b> {@link #toString()} lists only which facts are known, never their values
 * or the identity number. The JSON form carries the facts but <b>never the national identity
 * number</b>: it is left out when writing and ignored when reading; pass it separately if needed.
 *
 * <p>Instances are immutable and thread-safe. Build them with {@link #builder()}; change one fact
 * with the generated {@code with...} methods of {@link ImmutablePersonFacts}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonFacts.class)
@JsonDeserialize(as = ImmutablePersonFacts.class)
@JsonPropertyOrder({"birthDate", "municipalityRelation", "substanceProblem", "relative", "partnerAgency", "pregnant",
    "homeless", "coOccurringMentalIllness", "inLar", "actingForAnother", "powerOfAttorney"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class PersonFacts {
  /**
   * Holds the shared instance. It must not be built in this class's own initialiser: initialising the
   * generated subclass needs this class initialised first, so two threads that touch the two classes
   * for the first time at once would deadlock (see {@code ClassInitialisationDeadlockTest}).
   */
  private static final class Empty {
    static final PersonFacts VALUE = ImmutablePersonFacts.builder().build();
  }

  PersonFacts() {}

  /**
   * The birth date, if given (preferably from the population register).
   *
   * @return the given birth date
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * The national identity number, if given. Personal data; never written as JSON.
   *
   * @return the number
   */
  @JsonIgnore
  public abstract Optional<NationalIdNumber> nationalId();

  /**
   * How the person is connected to the municipality.
   *
   * @return the relation, if known
   */
  public abstract Optional<MunicipalityRelation> municipalityRelation();

  /**
   * Whether the person has a substance problem.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> substanceProblem();

  /**
   * Whether the person is a relative of someone with a substance problem.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> relative();

  /**
   * Whether the person contacts the service as a partner agency or professional.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> partnerAgency();

  /**
   * Whether the person is pregnant. Health information.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> pregnant();

  /**
   * Whether the person is homeless.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> homeless();

  /**
   * Whether the person has a mental illness alongside the substance problem. Health information.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> coOccurringMentalIllness();

  /**
   * Whether the person is in opioid substitution treatment (LAR). Health information.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> inLar();

  /**
   * Whether the applicant acts on behalf of someone else (rather than for themselves).
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> actingForAnother();

  /**
   * Whether the applicant holds a power of attorney (fullmakt) from the person they act for.
   * Matters only when {@link #actingForAnother()} is true.
   *
   * @return the fact, if known
   */
  public abstract Optional<Boolean> powerOfAttorney();

  /**
   * Nothing known.
   *
   * @return the empty facts
   */
  public static PersonFacts empty() {
    return Empty.VALUE;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePersonFacts.Builder builder() {
    return ImmutablePersonFacts.builder();
  }

  /**
   * The birth date to evaluate age criteria with: the given one, else the one encoded in a
   * fødselsnummer when the number tells it.
   *
   * @return the birth date, if known
   */
  @JsonIgnore
  public Optional<LocalDate> knownBirthDate() {
    if (birthDate().isPresent()) {
      return birthDate();
    }
    if (nationalId().isPresent() && nationalId().get().kind() == NationalIdNumber.Kind.FODSELSNUMMER) {
      return nationalId().get().birthDate();
    }
    return Optional.empty();
  }

  /**
   * Whether a fact is known.
   *
   * @param fact the fact
   * @return true if known
   */
  public boolean isKnown(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    return (packed().known & fact.bit()) != 0;
  }

  /**
   * The facts that are known.
   *
   * @return the known facts, in declaration order
   */
  @JsonIgnore
  public Set<Fact> knownFacts() {
    EnumSet<Fact> known = EnumSet.noneOf(Fact.class);
    for (Fact f : Fact.values()) {
      if (isKnown(f)) {
        known.add(f);
      }
    }
    return Collections.unmodifiableSet(known);
  }

  // ---- packed form for the allocation-free fast path (computed once, at construction) ----

  /**
   * The facts as bits and integers, computed once when the value is built. Not API (the type is
   * package-private; the generated class must override this method publicly).
   *
   * @return the packed facts
   */
  @Value.Derived
  @JsonIgnore
  Packed packed() {
    int known = 0;
    int yes = 0;
    Optional<LocalDate> birth = knownBirthDate();
    if (birth.isPresent() && !inRange(birth.get())) {
      birth = Optional.empty();
    }
    if (birth.isPresent()) {
      known |= Fact.BIRTH_DATE.bit();
    }
    if (municipalityRelation().isPresent()) {
      known |= Fact.MUNICIPALITY_RELATION.bit();
    }
    Optional<?>[] flags = {substanceProblem(), relative(), partnerAgency(), pregnant(), homeless(),
        coOccurringMentalIllness(), inLar(), actingForAnother(), powerOfAttorney()};
    Fact[] facts = {Fact.SUBSTANCE_PROBLEM, Fact.RELATIVE, Fact.PARTNER_AGENCY, Fact.PREGNANT, Fact.HOMELESS,
        Fact.CO_OCCURRING_MENTAL_ILLNESS, Fact.IN_LAR, Fact.ACTING_FOR_ANOTHER, Fact.POWER_OF_ATTORNEY};
    for (int i = 0; i < flags.length; i++) {
      if (flags[i].isPresent()) {
        known |= facts[i].bit();
        if (Boolean.TRUE.equals(flags[i].get())) {
          yes |= facts[i].bit();
        }
      }
    }
    int relation = municipalityRelation().isPresent() ? municipalityRelation().get().ordinal() : -1;
    LocalDate b = birth.orElse(null);
    return b == null ? new Packed(known, yes, relation, 0, 0, 0)
        : new Packed(known, yes, relation, b.getYear(), b.getMonthValue(), b.getDayOfMonth());
  }

  /** The packed facts: plain final fields, read by the evaluator without allocation. */
  static final class Packed {
    /** Bit {@code 1 << fact.ordinal()} is set for every known fact. */
    final int known;
    /** Bit {@code 1 << fact.ordinal()} is set for every yes/no fact known to be true. */
    final int yes;
    /** The relation's ordinal, or -1 when unknown. */
    final int relation;
    /** The known birth date's year, month and day; 0 when unknown (then the BIRTH_DATE bit is clear). */
    final int birthYear;
    final int birthMonth;
    final int birthDay;

    Packed(int known, int yes, int relation, int birthYear, int birthMonth, int birthDay) {
      this.known = known;
      this.yes = yes;
      this.relation = relation;
      this.birthYear = birthYear;
      this.birthMonth = birthMonth;
      this.birthDay = birthDay;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Packed && ((Packed) o).known == known && ((Packed) o).yes == yes
          && ((Packed) o).relation == relation && ((Packed) o).birthYear == birthYear
          && ((Packed) o).birthMonth == birthMonth && ((Packed) o).birthDay == birthDay;
    }

    @Override
    public int hashCode() {
      return ((((known * 31 + yes) * 31 + relation) * 31 + birthYear) * 31 + birthMonth) * 31 + birthDay;
    }

    @Override
    public String toString() {
      return "Packed";
    }
  }

  private static boolean inRange(LocalDate d) {
    return d.getYear() >= 1800 && d.getYear() <= 9999;
  }

  @Value.Check
  void check() {
    if (birthDate().isPresent() && !inRange(birthDate().get())) {
      throw new InvalidValueException("birthDate", Rule.RANGE, "a birth date lies between the years 1800 and 9999");
    }
    if (birthDate().isPresent() && nationalId().isPresent()) {
      NationalIdNumber id = nationalId().get();
      if (id.kind() == NationalIdNumber.Kind.FODSELSNUMMER && !id.matchesBirthDate(birthDate().get())) {
        throw new ContradictoryFactsException("birthDate", EnumSet.of(Fact.BIRTH_DATE),
            "the birth date does not match the date encoded in the fødselsnummer");
      }
    }
  }

  /**
   * Which facts are known, without their values.
   *
   * @return for example {@code PersonFacts[known=[BIRTH_DATE, HOMELESS], nationalId=given]}
   */
  @Override
  public String toString() {
    return "PersonFacts[known=" + knownFacts() + (nationalId().isPresent() ? ", nationalId=given" : "") + "]";
  }
}
