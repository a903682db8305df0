package no.rusomsorg.core.complaint;

import java.util.Optional;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a municipality publishes about complaining, as written: the deadline ("three weeks"), the body
 * that decides the complaint ("Fylkesmannen i Rogaland"), and the body after it ("Sivilombudsmannen").
 *
 * <p>Kept as data beside the statutory route; {@link ComplaintRoutes#compare} lists where they differ.
 * Any part the municipality does not state is left empty and is not compared.
 */
@Value.Immutable
public abstract class PublishedComplaintInfo {

  PublishedComplaintInfo() {}

  /**
   * The complaint deadline as published, such as 3 weeks.
   *
   * @return the period
   */
  public abstract Optional<PeriodSpec> deadline();

  /**
   * The name of the body the municipality says decides a complaint, as written.
   *
   * @return the text
   */
  public abstract Optional<String> appealBody();

  /**
   * The name of the body the municipality says one can go to after that, as written.
   *
   * @return the text
   */
  public abstract Optional<String> nextBody();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutablePublishedComplaintInfo.Builder builder() {
    return ImmutablePublishedComplaintInfo.builder();
  }

  /**
   * The comparison input for what a catalog service publishes: its deadline, the body it names and the
   * body after that. The catalog's period units have the same names as the deadline package's.
   *
   * @param published the complaint information of a catalog service
   * @return the same information as this type
   */
  public static PublishedComplaintInfo from(no.rusomsorg.core.service.PublishedComplaintInfo published) {
    java.util.Objects.requireNonNull(published, "published");
    return builder()
        .deadline(published.deadline().map(span -> PeriodSpec.of(span.amount(), span.unit())))
        .appealBody(published.body())
        .nextBody(published.nextBody())
        .build();
  }

  @Value.Check
  void check() {
    appealBody().ifPresent(t -> Checks.notBlank("appealBody", t));
    nextBody().ifPresent(t -> Checks.notBlank("nextBody", t));
  }
}
