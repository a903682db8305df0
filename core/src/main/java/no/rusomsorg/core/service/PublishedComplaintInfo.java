package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The complaint information a municipality <b>publishes</b> for a service, kept exactly as published.
 *
 * <p>This is data, not law: a municipality may publish "three weeks" and "Fylkesmannen" where the
 * statute says four weeks and the body has since been renamed Statsforvalteren. The complaint package
 * computes the statutory route from the service's legal basis and compares it with this record
 * ({@link no.rusomsorg.core.complaint.ComplaintRoutes#compare ComplaintRoutes.compare}), so that a
 * mismatch becomes visible instead of silently replaced. Bodies are stored as the names the source
 * uses. This is the library's only type for published complaint information: the catalog stores it
 * and the comparison reads it as it is.
 *
 * <p>JSON: {@code {"subject": "DECISION", "deadline": {"amount": 3, "unit": "WEEKS"}, "firstInstance":
 * "...", "body": "Fylkesmannen i Rogaland", "nextBody": "Sivilombudsmannen", "sourceId": "..."}};
 * absent values are left out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedComplaintInfo.class)
@JsonDeserialize(as = ImmutablePublishedComplaintInfo.class)
@JsonPropertyOrder({"subject", "deadline", "firstInstance", "body", "nextBody", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class PublishedComplaintInfo {

  PublishedComplaintInfo() {}

  /**
   * Whether the route is for complaints against decisions or about service quality.
   *
   * @return the subject
   */
  public abstract ComplaintSubject subject();

  /**
   * The complaint deadline as published, if one is.
   *
   * @return the deadline, such as 3 weeks; its amount (for a range, the upper bound) is at least 1
   */
  public abstract Optional<PeriodSpec> deadline();

  /**
   * Where the complaint is sent first, as published ("the office that made the decision", "the leader
   * of the service").
   *
   * @return the text
   */
  public abstract Optional<String> firstInstance();

  /**
   * The body that decides the complaint, as published ("Fylkesmannen i Rogaland").
   *
   * @return the name
   */
  public abstract String body();

  /**
   * The body a complaint may be brought to afterwards, as published ("Sivilombudsmannen").
   *
   * @return the name
   */
  public abstract Optional<String> nextBody();

  /**
   * The id of the source the information was taken from.
   *
   * @return the source id
   */
  public abstract String sourceId();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePublishedComplaintInfo.Builder builder() {
    return ImmutablePublishedComplaintInfo.builder();
  }

  @Value.Check
  void check() {
    Checks.atLeastOne("deadline", deadline());
    Checks.notBlank("body", body());
    Checks.notBlank("firstInstance", firstInstance());
    Checks.notBlank("nextBody", nextBody());
    Checks.id("sourceId", sourceId());
  }
}
