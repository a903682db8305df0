package no.rusomsorg.core.complaint.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Someone who can help the person complain: the deciding body's duty to guide, the patient and user
 * ombud (health and care regimes only), or a representative under fvl § 12.
 *
 * <p>JSON: {@code {"kind": "PATIENT_AND_USER_OMBUD", "name": {...}, "description": {...}, "free": true,
 * "legalReference": {...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHelper.class)
@JsonDeserialize(as = ImmutableHelper.class)
@JsonPropertyOrder({"kind", "name", "description", "free", "legalReference"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Helper {

  Helper() {}

  /**
   * What kind of help.
   *
   * @return the kind
   */
  public abstract HelperKind kind();

  /**
   * Who helps: a body's name on the guide's date, or "a lawyer or another representative".
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * What the helper can do.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Whether the sources say the help is free of charge (false also when they do not say).
   *
   * @return true if stated to be free
   */
  public abstract boolean free();

  /**
   * The statute behind the help.
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableHelper.Builder builder() {
    return ImmutableHelper.builder();
  }
}
