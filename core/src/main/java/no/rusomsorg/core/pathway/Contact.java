package no.rusomsorg.core.pathway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whom a {@link Step} tells the person to contact: a name, a phone number when there is one number for
 * the whole country (113, 116 117) or the municipality supplied its own, and whether the contact is
 * reachable day and night.
 *
 * <p>National contacts that differ from place to place ("your GP", "your municipality's counsellor")
 * have no phone number. A municipality's own contact, made with {@link #from(ContactPoint)}, keeps the
 * id of the catalog's contact point.
 *
 * <p>JSON: {@code {"name": {...}, "phone": "113", "available24x7": true, "contactPointId": "..."}};
 * absent values are left out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonPropertyOrder({"name", "phone", "available24x7", "contactPointId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Contact {

  Contact() {}

  /**
   * Who or what to contact, such as "Medisinsk nødtelefon" or "Fastlegen din".
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The number to call, if there is one for everyone.
   *
   * @return the number
   */
  public abstract Optional<PhoneNumber> phone();

  /**
   * Whether the contact answers around the clock, every day of the year.
   *
   * @return true for 24/7 contacts
   */
  @Value.Default
  public boolean available24x7() {
    return false;
  }

  /**
   * The id of the catalog contact point this contact was made from, if any.
   *
   * @return the contact point's id
   */
  public abstract Optional<String> contactPointId();

  /**
   * A contact with a name only.
   *
   * @param name the name
   * @return the contact
   */
  public static Contact of(LocalizedText name) {
    return builder().name(CatalogChecks.notNull("name", name)).build();
  }

  /**
   * A contact with a phone number.
   *
   * @param name the name
   * @param phone the number
   * @param available24x7 whether it answers day and night
   * @return the contact
   */
  public static Contact of(LocalizedText name, PhoneNumber phone, boolean available24x7) {
    return builder().name(CatalogChecks.notNull("name", name)).phone(CatalogChecks.notNull("phone", phone))
        .available24x7(available24x7).build();
  }

  /**
   * The contact for a catalog's contact point: its label as the name, its main (first) phone number if
   * it has any, available 24/7 when its opening hours say it is always open, and its id.
   *
   * @param contactPoint the contact point, such as a municipality's substance-abuse counsellor service
   * @return the contact
   */
  public static Contact from(ContactPoint contactPoint) {
    CatalogChecks.notNull("contactPoint", contactPoint);
    ImmutableContact.Builder b = builder().name(contactPoint.label())
        .available24x7(contactPoint.openingHours().map(OpeningHours::alwaysOpen).orElse(false))
        .contactPointId(contactPoint.id());
    if (!contactPoint.phones().isEmpty()) {
      b.phone(contactPoint.phones().get(0));
    }
    return b.build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }

  @Value.Check
  void check() {
    contactPointId().ifPresent(id -> Checks.id("contactPointId", id));
  }

  @Override
  public String toString() {
    return "Contact{" + name().nb() + phone().map(p -> ", " + p.national()).orElse("")
        + (available24x7() ? ", 24/7" : "") + "}";
  }
}
