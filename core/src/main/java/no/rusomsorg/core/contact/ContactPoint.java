package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A way to reach a unit: a labelled set of phone numbers, e-mail addresses, visiting and postal
 * address, web page and opening hours ("Mottak og oppfølgingssenter", "Døgnåpen telefon").
 *
 * <p>Rules: a stable {@link #id()}, unique in the catalog because fallbacks refer to it; at least one
 * channel (phone, e-mail, address or web page; {@link Rule#REQUIRED}); no phone number or e-mail
 * address twice ({@link Rule#UNIQUE}); the web page is an absolute http(s) address ({@link Rule#FORMAT}).
 *
 * <p>JSON: {@code {"id": "...", "label": {...}, "phones": ["+4746895582"], "emails": ["..."],
 * "visitingAddress": {...}, "postalAddress": {...}, "url": "https://...", "openingHours": {...}}};
 * absent values are left out, empty lists written as {@code []}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContactPoint.class)
@JsonDeserialize(as = ImmutableContactPoint.class)
@JsonPropertyOrder({"id", "label", "phones", "emails", "visitingAddress", "postalAddress", "url", "openingHours"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ContactPoint {

  ContactPoint() {}

  /**
   * The stable id, such as {@code sandnes.mo-senter}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What this contact point is ("Mottak og oppfølgingssenter (MO-senter)", "Døgnåpen telefon").
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * The phone numbers, the main one first.
   *
   * @return the numbers
   */
  public abstract List<PhoneNumber> phones();

  /**
   * The e-mail addresses, the main one first.
   *
   * @return the addresses
   */
  public abstract List<EmailAddress> emails();

  /**
   * Where to go.
   *
   * @return the visiting address
   */
  public abstract Optional<Address> visitingAddress();

  /**
   * Where to send letters.
   *
   * @return the postal address
   */
  public abstract Optional<Address> postalAddress();

  /**
   * A web page about the contact point.
   *
   * @return the address
   */
  public abstract Optional<URI> url();

  /**
   * When it is open or answered.
   *
   * @return the opening hours
   */
  public abstract Optional<OpeningHours> openingHours();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableContactPoint.Builder builder() {
    return ImmutableContactPoint.builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    if (phones().isEmpty() && emails().isEmpty() && visitingAddress().isEmpty() && postalAddress().isEmpty()
        && url().isEmpty()) {
      throw new InvalidValueException("phones", Rule.REQUIRED,
          "a contact point needs at least one phone number, e-mail address, address or web page");
    }
    CatalogChecks.uniqueIn("phones", "", phones(), PhoneNumber::value);
    CatalogChecks.uniqueIn("emails", "", emails(), e -> e.value().toLowerCase(java.util.Locale.ROOT));
    url().ifPresent(u -> {
      String scheme = u.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new InvalidValueException("url", Rule.FORMAT, "must be an absolute http or https address");
      }
    });
  }

  @Override
  public String toString() {
    return "ContactPoint{" + id() + "}";
  }
}
