package no.rusomsorg.api;

import java.time.ZonedDateTime;
import java.util.Optional;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.Unit;

/**
 * Whether a contact point can be reached at a moment, and what to do otherwise.
 *
 * @param unit the unit the contact point belongs to
 * @param contactPoint the contact point
 * @param openNow whether it is open (or its phone answered) at the moment
 * @param nextOpening when it next opens, if it is closed and has opening hours
 * @param fallback who answers outside the opening hours, if anyone
 */
public record ContactAdvice(
    Unit unit,
    ContactPoint contactPoint,
    boolean openNow,
    Optional<ZonedDateTime> nextOpening,
    Optional<Fallback> fallback) {

  static ContactAdvice of(Unit unit, ContactPoint cp, ZonedDateTime at) {
    Optional<OpeningHours> hours = cp.openingHours();
    if (hours.isEmpty() || !hours.get().specified()) {
      return new ContactAdvice(unit, cp, false, Optional.empty(), Optional.empty());
    }
    OpeningHours h = hours.get();
    boolean open = h.isOpenAt(at);
    return new ContactAdvice(unit, cp, open, open ? Optional.empty() : h.nextOpening(at), h.fallback());
  }
}
