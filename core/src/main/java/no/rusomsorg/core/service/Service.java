package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.eligibility.Criterion;
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
   * Who may get the service, as a criterion evaluated against a person's facts; absent when the
   * source says nothing about it (then every evaluation should be treated as unknown by callers).
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
