package no.rusomsorg.core.pathway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One piece of national guidance: something that holds in every municipality ("call 116 117 to reach
 * the out-of-hours service", "a referral to TSB is assessed within 10 working days"), whom to contact,
 * and what it rests on.
 *
 * <p>Rules: a stable {@link #id()}; at least one of {@link #legalReference()} and {@link #sourceId()}
 * (field {@code legalReference}, {@link Rule#REQUIRED}). {@link NationalPathway} also checks that every
 * source id names one of its sources.
 *
 * <p>JSON: {@code {"id": "...", "title": {...}, "text": {...}, "contact": {...}, "municipal": false,
 * "legalReference": {...}, "sourceId": "..."}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidance.class)
@JsonDeserialize(as = ImmutableGuidance.class)
@JsonPropertyOrder({"id", "title", "text", "contact", "municipal", "legalReference", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Guidance {

  Guidance() {}

  /**
   * A stable id, such as {@code tsb-assessment}.
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
  public abstract LocalizedText text();

  /**
   * Whom to contact.
   *
   * @return the contact
   */
  public abstract Contact contact();

  /**
   * Whether the contact is the person's own municipality, which {@link Triage} replaces with a
   * municipality's own contact when it is given one.
   *
   * @return true for "your municipality" contacts
   */
  @Value.Default
  public boolean municipal() {
    return false;
  }

  /**
   * The statute section the guidance rests on, if any.
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * The id of the source document the guidance is drawn from, if any.
   *
   * @return the source id
   */
  public abstract Optional<String> sourceId();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableGuidance.Builder builder() {
    return ImmutableGuidance.builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    sourceId().ifPresent(s -> Checks.id("sourceId", s));
    if (legalReference().isEmpty() && sourceId().isEmpty()) {
      throw new InvalidValueException("legalReference", Rule.REQUIRED,
          "guidance needs a legal reference, a source id, or both");
    }
  }

  @Override
  public String toString() {
    return "Guidance{" + id() + "}";
  }
}
