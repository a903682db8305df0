package no.rusomsorg.core.pathway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One step of the answer {@link Triage} gives: its place in the order, what to do, whom to contact,
 * a deadline when one runs, and what the step rests on.
 *
 * <p>Rules: {@link #order()} from 1 ({@link Rule#RANGE}); {@link #id()} is the id of the
 * {@link Guidance} the step was made from; at least one of {@link #legalReference()} and
 * {@link #sourceId()} (field {@code legalReference}, {@link Rule#REQUIRED}).
 *
 * <p>JSON: {@code {"order": 1, "id": "emergency-113", "title": {...}, "action": {...},
 * "contact": {...}, "deadline": {...}, "legalReference": {...}, "sourceId": "..."}}; absent values are
 * left out. A deadline read back is recomputed and checked (see {@link Deadline}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
@JsonPropertyOrder({"order", "id", "title", "action", "contact", "deadline", "legalReference", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Step {

  Step() {}

  /**
   * The step's place in the answer, from 1.
   *
   * @return the order
   */
  public abstract int order();

  /**
   * The id of the guidance the step was made from, such as {@code tsb-assessment}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * A short heading.
   *
   * @return the heading in bokmål and English
   */
  public abstract LocalizedText title();

  /**
   * What to do and what to expect.
   *
   * @return the text in bokmål and English
   */
  public abstract LocalizedText action();

  /**
   * Whom to contact: a national contact, or the municipality's own when one was given.
   *
   * @return the contact
   */
  public abstract Contact contact();

  /**
   * The deadline that runs in this step, such as the assessment of a referral to TSB when the date the
   * referral was received is known.
   *
   * @return the deadline
   */
  public abstract Optional<Deadline> deadline();

  /**
   * The statute section the step rests on, if any.
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * The id of the source document the step is drawn from, if any (see {@link NationalPathway#sources()}).
   *
   * @return the source id
   */
  public abstract Optional<String> sourceId();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableStep.Builder builder() {
    return ImmutableStep.builder();
  }

  @Value.Check
  void check() {
    if (order() < 1) {
      throw new InvalidValueException("order", Rule.RANGE, "steps are numbered from 1");
    }
    Checks.id("id", id());
    sourceId().ifPresent(s -> Checks.id("sourceId", s));
    if (legalReference().isEmpty() && sourceId().isEmpty()) {
      throw new InvalidValueException("legalReference", Rule.REQUIRED,
          "a step needs a legal reference, a source id, or both");
    }
  }

  @Override
  public String toString() {
    return "Step{" + order() + ", " + id() + "}";
  }
}
