package no.rusomsorg.api;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Whether a contact point can be reached at a moment, and what to do otherwise.
 *
 * <p>Given by {@link MunicipalityDirectory#contactsAt(MunicipalityLookup.Found, no.rusomsorg.core.service.Service,
 * ZonedDateTime)}; applications read it and do not create it. Immutable; equal when all parts are equal.
 */
public final class ContactAdvice {
  private final Unit unit;
  private final ContactPoint contactPoint;
  private final boolean openNow;
  private final @Nullable ZonedDateTime nextOpening;
  private final @Nullable Fallback fallback;

  private ContactAdvice(Unit unit, ContactPoint contactPoint, boolean openNow,
      @Nullable ZonedDateTime nextOpening, @Nullable Fallback fallback) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.contactPoint = Objects.requireNonNull(contactPoint, "contactPoint");
    this.openNow = openNow;
    this.nextOpening = nextOpening;
    this.fallback = fallback;
  }

  static ContactAdvice of(Unit unit, ContactPoint cp, ZonedDateTime at) {
    Optional<OpeningHours> hours = cp.openingHours();
    if (hours.isEmpty() || !hours.get().specified()) {
      return new ContactAdvice(unit, cp, false, null, null);
    }
    OpeningHours h = hours.get();
    boolean open = h.isOpenAt(at);
    return new ContactAdvice(unit, cp, open, open ? null : h.nextOpening(at).orElse(null),
        h.fallback().orElse(null));
  }

  /**
   * The unit the contact point belongs to.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The contact point.
   *
   * @return the contact point
   */
  public ContactPoint contactPoint() {
    return contactPoint;
  }

  /**
   * Whether the contact point is open (or its phone answered) at the moment asked about. False when its
   * opening hours are not stated.
   *
   * @return whether it is open
   */
  public boolean openNow() {
    return openNow;
  }

  /**
   * When it next opens, if it is closed at the moment and has stated opening hours.
   *
   * @return the next opening, or empty
   */
  public Optional<ZonedDateTime> nextOpening() {
    return Optional.ofNullable(nextOpening);
  }

  /**
   * Who answers outside the opening hours, if the source names anyone.
   *
   * @return the fallback, or empty
   */
  public Optional<Fallback> fallback() {
    return Optional.ofNullable(fallback);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ContactAdvice a && unit.equals(a.unit) && contactPoint.equals(a.contactPoint)
        && openNow == a.openNow && Objects.equals(nextOpening, a.nextOpening) && Objects.equals(fallback, a.fallback);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, contactPoint, openNow, nextOpening, fallback);
  }

  @Override
  public String toString() {
    return "ContactAdvice{unit=" + unit.id() + ", contactPoint=" + contactPoint.id() + ", openNow=" + openNow
        + ", nextOpening=" + nextOpening + "}";
  }
}
