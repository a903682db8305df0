package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisational unit that gives services, with its contact points: "Mottak og oppfølgingssenter
 * (MO-senter)" in "Mestringsenheten", the FACT team, Søgne's substance-abuse team.
 *
 * <p>Services refer to units by {@link #id()}. Rules: a stable id ({@link Rule#FORMAT}); contact point
 * ids unique within the unit ({@link Rule#UNIQUE}).
 *
 * <p>JSON: {@code {"id": "...", "name": {...}, "description": {...}, "parentOrganisation":
 * "Mestringsenheten", "contactPoints": [...], "validity": {...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnit.class)
@JsonDeserialize(as = ImmutableUnit.class)
@JsonPropertyOrder({"id", "name", "description", "parentOrganisation", "contactPoints", "validity"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Unit {

  Unit() {}

  /**
   * The stable id, such as {@code sandnes.mo-senter}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The unit's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * What the unit does.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * The organisation the unit belongs to, as named by the source ("Mestringsenheten").
   *
   * @return the name
   */
  public abstract Optional<String> parentOrganisation();

  /**
   * The ways to reach the unit, the main one first.
   *
   * @return the contact points
   */
  public abstract List<ContactPoint> contactPoints();

  /**
   * When the unit exists; absent when not known to be limited.
   *
   * @return the validity
   */
  public abstract Optional<Validity> validity();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableUnit.Builder builder() {
    return ImmutableUnit.builder();
  }

  /**
   * Whether the unit exists on a day: true when it has no validity or the validity contains it.
   *
   * @param date the day
   * @return true if it exists
   */
  public boolean existsOn(LocalDate date) {
    CatalogChecks.notNull("date", date);
    return validity().isEmpty() || validity().get().contains(date);
  }

  /**
   * The contact point with an id.
   *
   * @param id the contact point's id
   * @return the contact point
   */
  public Optional<ContactPoint> contactPoint(String id) {
    Objects.requireNonNull(id, "id");
    return contactPoints().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("parentOrganisation", parentOrganisation());
    CatalogChecks.uniqueIn("contactPoints", "id", contactPoints(), ContactPoint::id);
  }

  @Override
  public String toString() {
    return "Unit{" + id() + ", " + name().nb() + "}";
  }
}
