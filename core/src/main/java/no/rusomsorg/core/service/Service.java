package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.LeapDayBirthday;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A service offered to people with substance problems or their relatives, as a municipality (or a
 * national body) describes it.
 *
 * <p>A service has a stable {@link #id()}, a {@link #kind()} from the taxonomy, a name and description
 * (bokmål required), how to get access, what it costs, who it is for, its legal basis, the times it
 * promises, the units that give it (by unit id; the units carry the contact points), when it is in
 * force, the sources it was taken from (by source id) and when it was last verified.
 *
 * <p>Rules checked when built (and so when read from JSON): the id is a stable id
 * ({@link Rule#FORMAT}); {@link #requisitionedBy()} is given exactly when the access mode is
 * {@link AccessMode#REQUISITION_BY_AGENCY} ({@link Rule#CONSISTENCY}); unit and source ids are
 * well-formed and not repeated ({@link Rule#UNIQUE}); at most one published complaint route per
 * {@link ComplaintSubject}. That the referenced units and sources exist is checked by the catalog that
 * holds the service.
 *
 * <p>JSON (field names are stable): {@code id, kind, name, description, accessMode, requisitionedBy,
 * applicationBeforeContact, cost, targetGroups, legalBasis, responsePromises, unitIds, validity,
 * sourceIds, verifiedOn, complaintInfo, eligibility}; absent optional values are left out, empty lists written as
 * {@code []}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
@JsonPropertyOrder({"id", "kind", "name", "description", "accessMode", "requisitionedBy", "applicationBeforeContact",
    "cost", "targetGroups", "legalBasis", "responsePromises", "unitIds", "validity", "sourceIds", "verifiedOn",
    "complaintInfo"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Service {

  Service() {}

  /**
   * The stable id, unique in a catalog, such as {@code sandnes.mo-senter.psychologist}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What kind of service it is.
   *
   * @return the kind
   */
  public abstract ServiceKind kind();

  /**
   * The local name ("Samtaler med psykolog").
   *
   * @return the name; bokmål is always present
   */
  public abstract LocalizedText name();

  /**
   * What the service offers, in the project's own words.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * How a person gets access.
   *
   * @return the access mode
   */
  public abstract AccessMode accessMode();

  /**
   * The agency that requisitions a place ("NAV Sandnes"); present exactly when the access mode is
   * {@link AccessMode#REQUISITION_BY_AGENCY}.
   *
   * @return the agency's name
   */
  public abstract Optional<String> requisitionedBy();

  /**
   * Whether an application must have been sent before the person first contacts the service. False
   * when, as in Sandnes, some help needs an application but one can make contact first.
   *
   * @return true if an application must come first
   */
  @Value.Default
  public boolean applicationBeforeContact() {
    return false;
  }

  /**
   * What it costs.
   *
   * @return the cost
   */
  public abstract Cost cost();

  /**
   * Who the service is meant for.
   *
   * @return the groups, in declaration order
   */
  public abstract Set<TargetGroup> targetGroups();

  /**
   * The statutory provisions the service rests on.
   *
   * @return the references
   */
  public abstract List<LegalReference> legalBasis();

  /**
   * The response times and durations the service publishes.
   *
   * @return the promises
   */
  public abstract List<ResponsePromise> responsePromises();

  /**
   * The ids of the units that give the service.
   *
   * @return the unit ids
   */
  public abstract List<String> unitIds();

  /**
   * When the service is (or was) offered; absent when not known to be limited.
   *
   * @return the validity
   */
  public abstract Optional<Validity> validity();

  /**
   * The ids of the sources the data was taken from.
   *
   * @return the source ids
   */
  public abstract List<String> sourceIds();

  /**
   * When the data was last checked against its sources.
   *
   * @return the date
   */
  public abstract LocalDate verifiedOn();

  /**
   * The complaint routes the municipality publishes for the service, at most one per subject.
   *
   * @return the published routes
   */
  public abstract List<PublishedComplaintInfo> complaintInfo();

  /**
   * Who the service is for, as a criterion evaluated against a person's facts. A source that names
   * no group is modelled explicitly with {@link no.rusomsorg.core.eligibility.Criterion.NotStated} (an
   * unknown verdict with a reason); absent only for services where a target group does not apply (such
   * as coercion, which no one applies for). An
   * {@link no.rusomsorg.core.eligibility.Outcome#ELIGIBLE} verdict means the person is in the target group
   * the source describes; whether they get the service depends on the access mode (see
   * {@link #answer(Outcome)}).
   * Written in JSON as {@code "eligibility": {"type": "all", "of": [...]}}.
   *
   * @return the criterion
   */
  public abstract Optional<Criterion> eligibility();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }

  /**
   * What an eligibility outcome means for a person and this service, in words for them: the outcome
   * is about the <em>target group</em>; the access mode says what follows. For a service that needs
   * an individual decision ({@link AccessMode#needsDecision()}) being in the target group is never
   * "you can get it": the answer says that the person may apply (or be put forward by the
   * requisitioning agency) and that the municipality (or that agency) decides.
   *
   * <ul>
   *   <li>{@code ELIGIBLE}, application and decision: "i målgruppen – du kan søke; kommunen avgjør" /
   *       "in the target group – you may apply; the municipality decides";</li>
   *   <li>{@code ELIGIBLE}, requisition: in the target group – the agency requisitions a place and
   *       decides;</li>
   *   <li>{@code ELIGIBLE}, drop-in or self-referral: in the target group – you can get in touch
   *       yourself;</li>
   *   <li>{@code ELIGIBLE}, referral required: in the target group – a referral is needed;</li>
   *   <li>{@code ELIGIBLE}, access not stated: in the target group – the source does not say how to get
   *       access;</li>
   *   <li>{@code NOT_ELIGIBLE}: outside the target group the source describes;</li>
   *   <li>{@code UNKNOWN}: not decided by what is known; the verdict's reasons and missing facts say
   *       why.</li>
   * </ul>
   *
   * @param outcome the outcome of {@link #eligibility()} for a person
   * @return the answer in bokmål and English
   */
  public LocalizedText answer(Outcome outcome) {
    CatalogChecks.notNull("outcome", outcome);
    return switch (outcome) {
      case ELIGIBLE -> inTargetGroup();
      case NOT_ELIGIBLE -> LocalizedText.of("utenfor målgruppen kilden beskriver", "utanfor målgruppa kjelda skildrar",
          "outside the target group the source describes");
      case UNKNOWN -> LocalizedText.of("uavklart – se begrunnelsen", "uavklart – sjå grunngivinga", "not decided – see the reasons");
    };
  }

  /**
   * What a verdict means for a person and this service: as {@link #answer(Outcome)}, and for an
   * unknown verdict whether facts are missing ("depends on facts that are missing") or the source
   * leaves it to the service ("the service assesses it").
   *
   * @param verdict the verdict of {@link #eligibility()} for a person
   * @return the answer in bokmål and English
   */
  public LocalizedText answer(Verdict verdict) {
    CatalogChecks.notNull("verdict", verdict);
    if (verdict.outcome() == Outcome.UNKNOWN) {
      return verdict.missingFacts().isEmpty()
          ? LocalizedText.of("uavklart – kilden overlater det til tjenesten å vurdere; se begrunnelsen",
          "uavklart – kjelda overlèt det til tenesta å vurdere; sjå grunngivinga",
              "not decided – the source leaves it to the service to assess; see the reasons")
          : LocalizedText.of("avhenger av opplysninger som mangler", "avheng av opplysningar som manglar", "depends on facts that are missing");
    }
    return answer(verdict.outcome());
  }

  private LocalizedText inTargetGroup() {
    return switch (accessMode()) {
      case APPLICATION_AND_DECISION -> LocalizedText.of("i målgruppen – du kan søke; kommunen avgjør", "i målgruppa – du kan søkje; kommunen avgjer",
          "in the target group – you may apply; the municipality decides");
      case REQUISITION_BY_AGENCY -> {
        String agency = requisitionedBy().orElseThrow();
        yield LocalizedText.of("i målgruppen – " + agency + " rekvirerer plass og avgjør",
            "i målgruppa – " + agency + " rekvirerer plass og avgjer",
            "in the target group – " + agency + " requisitions a place and decides");
      }
      case REFERRAL_REQUIRED -> LocalizedText.of("i målgruppen – det trengs henvisning", "i målgruppa – det trengst tilvising",
          "in the target group – a referral is needed");
      case NOT_STATED -> LocalizedText.of("i målgruppen – kilden sier ikke hvordan du får tjenesten; spør tjenesten",
      "i målgruppa – kjelda seier ikkje korleis du får tenesta; spør tenesta",
          "in the target group – the source does not say how to get access; ask the service");
      case DROP_IN, SELF_REFERRAL -> LocalizedText.of("i målgruppen – du kan ta kontakt selv", "i målgruppa – du kan ta kontakt sjølv",
          "in the target group – you can get in touch yourself");
    };
  }

  /**
   * Evaluates the service's {@link #eligibility()} for a person and resolves the sources: a reason
   * whose criterion rests on {@link no.rusomsorg.core.eligibility.Basis#ofService()} (the default of
   * most criteria) cites this service's {@link #sourceIds()}. Prefer this to evaluating the
   * criterion directly, whose reasons cannot know the service.
   *
   * @param facts what is known about the person
   * @param date the date to evaluate on
   * @return the verdict, or empty if the service has no eligibility criterion
   * @throws no.rusomsorg.core.eligibility.ContradictoryFactsException if the known birth date is after
   *     {@code date}
   * @throws InvalidValueException if an argument is null
   */
  public Optional<Verdict> evaluate(PersonFacts facts, LocalDate date) {
    return evaluate(facts, date, LeapDayBirthday.FEBRUARY_28);
  }

  /**
   * As {@link #evaluate(PersonFacts, LocalDate)}, with a chosen reading of a 29 February birthday.
   *
   * @param facts what is known about the person
   * @param date the date to evaluate on
   * @param leapDay the reading of a 29 February birthday
   * @return the verdict, or empty if the service has no eligibility criterion
   * @throws no.rusomsorg.core.eligibility.ContradictoryFactsException if the known birth date is after
   *     {@code date}
   * @throws InvalidValueException if an argument is null
   */
  public Optional<Verdict> evaluate(PersonFacts facts, LocalDate date, LeapDayBirthday leapDay) {
    CatalogChecks.notNull("facts", facts);
    CatalogChecks.notNull("date", date);
    CatalogChecks.notNull("leapDay", leapDay);
    return eligibility().map(c -> c.evaluate(facts, date, leapDay).citing(sourceIds()));
  }

  /**
   * Whether the service is offered on a day: true when it has no validity or the validity contains it.
   *
   * @param date the day
   * @return true if offered
   */
  public boolean offeredOn(LocalDate date) {
    CatalogChecks.notNull("date", date);
    return validity().isEmpty() || validity().get().contains(date);
  }

  /**
   * The published complaint route for a subject.
   *
   * @param subject the subject
   * @return the route, if published
   */
  public Optional<PublishedComplaintInfo> complaintInfo(ComplaintSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return complaintInfo().stream().filter(c -> c.subject() == subject).findFirst();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    boolean requisition = accessMode() == AccessMode.REQUISITION_BY_AGENCY;
    if (requisition && requisitionedBy().isEmpty()) {
      throw new InvalidValueException("requisitionedBy", Rule.REQUIRED,
          "the requisitioning agency must be named when the access mode is " + AccessMode.REQUISITION_BY_AGENCY);
    }
    if (!requisition && requisitionedBy().isPresent()) {
      throw new InvalidValueException("requisitionedBy", Rule.CONSISTENCY,
          "a requisitioning agency is only named when the access mode is " + AccessMode.REQUISITION_BY_AGENCY);
    }
    Checks.notBlank("requisitionedBy", requisitionedBy());
    for (int i = 0; i < unitIds().size(); i++) {
      Checks.id("unitIds[" + i + "]", unitIds().get(i));
    }
    for (int i = 0; i < sourceIds().size(); i++) {
      Checks.id("sourceIds[" + i + "]", sourceIds().get(i));
    }
    CatalogChecks.uniqueIn("unitIds", "", unitIds(), u -> u);
    CatalogChecks.uniqueIn("sourceIds", "", sourceIds(), s -> s);
    CatalogChecks.uniqueIn("complaintInfo", "subject", complaintInfo(), PublishedComplaintInfo::subject);
  }

  @Override
  public String toString() {
    return "Service{" + id() + ", " + kind() + ", " + name().nb() + "}";
  }
}
