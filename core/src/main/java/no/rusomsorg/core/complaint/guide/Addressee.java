package no.rusomsorg.core.complaint.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whom the person sends the complaint to: the body of the complaint route's step where the person acts
 * (for a decision complaint the body that decided; for coercion the district court), under its name on
 * the guide's date, and, where that body is the municipality, the catalog's units that provide the
 * service with their contact points exactly as the catalog has them.
 *
 * <p>JSON: {@code {"bodyId": "...", "bodyKind": "MUNICIPALITY", "bodyName": {...}, "bodyUnverified": false,
 * "description": {...}, "units": [...]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddressee.class)
@JsonDeserialize(as = ImmutableAddressee.class)
@JsonPropertyOrder({"bodyId", "bodyKind", "bodyName", "bodyUnverified", "description", "units"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Addressee {

  Addressee() {}

  /**
   * The body's stable id, as {@link no.rusomsorg.core.authority.Authority#id()}.
   *
   * @return the id
   */
  public abstract String bodyId();

  /**
   * The kind of body.
   *
   * @return the kind
   */
  public abstract AuthorityKind bodyKind();

  /**
   * The body's name on the guide's date, such as "Sandnes kommune" or "Statsforvalteren i Rogaland".
   *
   * @return the name
   */
  public abstract LocalizedText bodyName();

  /**
   * Whether the body's name or dates rest on secondary sources.
   *
   * @return true if unverified
   */
  @Value.Default
  public boolean bodyUnverified() {
    return false;
  }

  /**
   * What the person does at this step and what happens next, as the complaint route describes it.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * The catalog's units that provide the service (those existing on the guide's date), with their contact
   * points as the catalog has them. Empty when the addressee is not the municipality (the catalog has no
   * contact details for the district court) or the catalog names no unit for the service: contact details
   * are then <em>not stated</em>.
   *
   * @return the units
   */
  public abstract List<Unit> units();

  /**
   * Whether the catalog states any way to reach the addressee: a postal or visiting address, a phone
   * number or an e-mail address in one of the {@link #units()}.
   *
   * @return true if some contact detail is stated
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean contactStated() {
    for (Unit u : units()) {
      for (ContactPoint c : u.contactPoints()) {
        if (c.postalAddress().isPresent() || c.visitingAddress().isPresent() || !c.phones().isEmpty()
            || !c.emails().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAddressee.Builder builder() {
    return ImmutableAddressee.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("bodyId", bodyId());
  }
}
