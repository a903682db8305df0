package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.ContactAdvice;

/**
 * A contact point at a moment, for output: open now, or when it next opens and who answers meanwhile.
 *
 * @param unitId the unit's id
 * @param unitName the unit's name
 * @param contactPoint the contact point (the library's JSON form)
 * @param openNow whether it is open at the moment
 * @param answeredNow whether someone answers at the moment: open, or a fallback that covers all hours
 * @param hoursKnown whether the opening hours are given as times (not only as a note)
 * @param nextOpening when it next opens, ISO-8601 with offset, in Oslo time
 * @param fallback who answers outside the opening hours
 * @param fallbackContact the contact point that answers outside the opening hours, if the catalog names one
 * @param callbackBy the last day of a promised callback, for a contact made at the moment
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record ContactView(String unitId, LocalizedText unitName, ContactPoint contactPoint, boolean openNow,
    boolean answeredNow, boolean hoursKnown, Optional<String> nextOpening, Optional<Fallback> fallback,
    Optional<ContactPoint> fallbackContact, Optional<LocalDate> callbackBy) {

  static ContactView of(Catalog catalog, ContactAdvice a, ZonedDateTime at) {
    LocalDate day = at.withZoneSameInstant(RusomsorgCli.OSLO).toLocalDate();
    boolean hoursKnown = a.contactPoint().openingHours().map(OpeningHours::specified).orElse(false);
    boolean answered = a.openNow() || a.fallback().map(Fallback::coversAllHours).orElse(false);
    Optional<LocalDate> callback = a.openNow() ? Optional.empty()
        : a.fallback().flatMap(f -> f.callbackBy(day, NorwegianCalendar.standard()));
    return new ContactView(a.unit().id(), a.unit().name(), a.contactPoint(), a.openNow(), answered, hoursKnown,
        a.nextOpening().map(t -> t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
        a.openNow() ? Optional.empty() : a.fallback(),
        a.openNow() ? Optional.empty() : a.fallback().flatMap(Fallback::answeredBy).flatMap(id -> answeredBy(catalog, id)),
        callback);
  }

  /** The contact point that answers for a fallback: the one with the id, or the first of the unit with the id. */
  private static Optional<ContactPoint> answeredBy(Catalog catalog, String id) {
    Optional<ContactPoint> cp = catalog.contactPoint(id);
    return cp.isPresent() ? cp : catalog.unit(id).flatMap(u -> u.contactPoints().stream().findFirst());
  }

  /** The lines to print, indented by the caller. */
  List<String> lines(CliCommand c) {
    List<String> lines = new ArrayList<>();
    ContactPoint cp = contactPoint;
    StringBuilder head = new StringBuilder(c.t(cp.label()));
    String unit = c.t(unitName);
    if (!unit.equals(c.t(cp.label()))) {
      head.append(" (").append(unit).append(')');
    }
    List<String> ways = new ArrayList<>();
    if (!cp.phones().isEmpty()) {
      ways.add(c.t("tlf. ", "tlf. ", "phone ") + cp.phones().stream().map(PhoneNumber::national).collect(Collectors.joining(" / ")));
    }
    cp.emails().stream().map(EmailAddress::value).forEach(ways::add);
    if (!ways.isEmpty()) {
      head.append(": ").append(String.join(", ", ways));
    }
    lines.add(head.toString());
    cp.visitingAddress().ifPresent(a -> lines.add("  " + c.t("Oppmøte: ", "Oppmøte: ", "Visit: ") + a));
    if (openNow) {
      lines.add("  " + c.t("Åpent nå.", "Ope no.", "Open now."));
    } else if (!hoursKnown) {
      lines.add("  " + c.t("Åpningstid er ikke oppgitt som klokkeslett.", "Opningstida er ikkje oppgitt som klokkeslett.", "Opening hours are not given as times."));
      cp.openingHours().flatMap(OpeningHours::note).ifPresent(n -> lines.add("  " + c.t(n)));
    } else {
      lines.add("  " + c.t("Stengt nå.", "Stengd no.", "Closed now.")
          + nextOpening.map(n -> c.t(" Åpner ", " Opnar ", " Opens ")
              + CliCommand.DATE_TIME.format(java.time.OffsetDateTime.parse(n)) + ".").orElse(""));
    }
    fallback.ifPresent(f -> {
      lines.add("  " + c.t("Mens det er stengt: ", "Medan det er stengt: ", "While closed: ") + c.t(f.text()));
      fallbackContact.ifPresent(fc -> lines.add("  " + c.t("Svarer: ", "Svarar: ", "Answered by: ") + c.t(fc.label())
          + (fc.phones().isEmpty() ? "" : c.t(", tlf. ", ", tlf. ", ", phone ")
              + fc.phones().stream().map(PhoneNumber::national).collect(Collectors.joining(" / ")))));
      callbackBy.ifPresent(d -> lines.add("  " + c.t("Du blir ringt opp senest ", "Du vert ringd opp seinast ", "You will be called back by ")
          + CliCommand.DATE.format(d) + "."));
    });
    return lines;
  }
}
