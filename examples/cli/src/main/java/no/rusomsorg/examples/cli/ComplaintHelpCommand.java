package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.guide.Addressee;
import no.rusomsorg.core.complaint.guide.ComplaintGuide;
import no.rusomsorg.core.complaint.guide.ComplaintGuideRequest;
import no.rusomsorg.core.complaint.guide.ComplaintGuides;
import no.rusomsorg.core.complaint.guide.ContentPart;
import no.rusomsorg.core.complaint.guide.Helper;
import no.rusomsorg.core.complaint.guide.ImmutableComplaintGuideRequest;
import no.rusomsorg.core.complaint.guide.NextStep;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Help to complain about a decision on a service: where to send the complaint, by when, where it goes
 * next, who can help, what it must contain and what to do if the deadline has passed; with
 * {@code --letter}, a plain-text letter skeleton instead. Built by
 * {@link no.rusomsorg.core.complaint.guide.ComplaintGuides}; nothing the person types is echoed.
 */
@Command(name = "complaint-help", aliases = "klagehjelp", mixinStandardHelpOptions = true,
    description = {
        "Hjelp til å klage på et vedtak: hvem du sender klagen til, fristen, hvor den går videre, hvem som kan"
            + " hjelpe, hva klagen må inneholde og hva du gjør om fristen har gått ut. --letter gir et utkast til"
            + " klagebrev.",
        "Help to complain about a decision: where to send it, the deadline, where it goes next, who can help,"
            + " what it must contain and what to do if the deadline has passed. --letter writes a letter skeleton."})
final class ComplaintHelpCommand extends CliCommand {
  private static final Map<String, ComplaintRegime> REGIMES = Map.ofEntries(
      Map.entry("municipal", ComplaintRegime.FVL_MUNICIPAL),
      Map.entry("kommune", ComplaintRegime.FVL_MUNICIPAL),
      Map.entry("fvl", ComplaintRegime.FVL),
      Map.entry("pbrl", ComplaintRegime.PBRL),
      Map.entry("service", ComplaintRegime.SERVICE_COMPLAINT),
      Map.entry("tjeneste", ComplaintRegime.SERVICE_COMPLAINT),
      Map.entry("teneste", ComplaintRegime.SERVICE_COMPLAINT),
      Map.entry("coercion", ComplaintRegime.COERCION),
      Map.entry("tvang", ComplaintRegime.COERCION),
      Map.entry("consent", ComplaintRegime.CONSENT_DETENTION),
      Map.entry("samtykke", ComplaintRegime.CONSENT_DETENTION));
  private static final String REGIME_NAMES = "municipal, fvl, pbrl, service, coercion, consent";

  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer. / Name or number.")
  String municipality;

  @Parameters(index = "1", paramLabel = "TJENESTE-ID", description = "Tjenestens id (se 'services'). / The service id.")
  String serviceId;

  @Option(names = "--decided", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Datoen på vedtaket. / The date of the decision.")
  String decided;

  @Option(names = "--learnt", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Dagen du fikk vite om vedtaket; fristen regnes fra den. / The day you learnt of the decision;"
          + " the deadline runs from it.")
  String learnt;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Dagen du skriver klagen (standard: i dag). / The day you write (default: today).")
  String date;

  @Option(names = "--regime", paramLabel = "ORDNING",
      description = "municipal, fvl, pbrl, service, coercion eller consent (standard: fra tjenestens hjemmel).")
  String regime;

  @Option(names = "--letter", description = "Skriv et utkast til klagebrev. / Write a letter skeleton.")
  boolean letter;

  /** The JSON answer: the guide, the deadline's trace in the chosen language, and the letter if asked for. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(ComplaintGuide guide, Optional<String> deadlineTrace, Optional<String> letter) {}

  private String tx(String nb, String nn, String en) {
    return t(LocalizedText.builder().nb(nb).nn(nn).en(en).build());
  }

  @Override
  int run() {
    LocalDate on = dateOrToday("--date", date);
    if (decided == null && learnt == null) {
      throw usage(
          "oppgi datoen på vedtaket (--decided ÅÅÅÅ-MM-DD) eller dagen du fikk vite om det (--learnt ÅÅÅÅ-MM-DD)",
          "oppgi datoen på vedtaket (--decided ÅÅÅÅ-MM-DD) eller dagen du fekk vite om det (--learnt ÅÅÅÅ-MM-DD)",
          "give the date of the decision (--decided YYYY-MM-DD) or the day you learnt of it (--learnt YYYY-MM-DD)");
    }
    ImmutableComplaintGuideRequest.Builder b = ComplaintGuideRequest.builder().on(on);
    if (decided != null) {
      b.decided(parseDate("--decided", decided));
    }
    if (learnt != null) {
      b.learnt(parseDate("--learnt", learnt));
    }
    if (regime != null) {
      b.regime(regime());
    }
    ComplaintGuideRequest request;
    try {
      request = b.build();
    } catch (InvalidValueException e) {
      throw requestError(e);
    }
    Catalog c = existing(municipality, on).catalog();
    Service s = offeredService(c, serviceId, request.deadlineStart());
    ComplaintGuide g;
    try {
      g = ComplaintGuides.standard().guide(c, s, request);
    } catch (InvalidValueException e) {
      if (!"regime".equals(e.field())) {
        throw e;
      }
      throw usage(
          "klageordningen kan ikke leses ut av det katalogen oppgir om tjenesten " + s.id() + "; velg en med --regime "
              + REGIME_NAMES,
          "klageordninga kan ikkje lesast ut av det katalogen oppgir om tenesta " + s.id() + "; vel ei med --regime "
              + REGIME_NAMES,
          "the complaint regime cannot be told from what the catalog states about the service " + s.id()
              + "; choose one with --regime " + REGIME_NAMES);
    }
    if (letter && !g.hasLetter()) {
      throw usage(
          "det er ikke noe vedtak å klage på (" + t(g.regimeTitle()) + "), så det er ikke noe klagebrev å skrive",
          "det er ikkje noko vedtak å klage på (" + t(g.regimeTitle()) + "), så det er ikkje noko klagebrev å skrive",
          "there is no decision to complain about (" + t(g.regimeTitle()) + "), so there is no letter to write");
    }
    if (json) {
      return printJson(new Answer(g, g.deadline().map(d -> d.trace(lang())),
          letter ? Optional.of(g.letter(lang())) : Optional.empty()));
    }
    if (letter) {
      out().print(g.letter(lang()));
      out().flush();
      return RusomsorgCli.OK;
    }
    print(g);
    return RusomsorgCli.OK;
  }

  private ComplaintRegime regime() {
    ComplaintRegime r = REGIMES.get(regime.trim().toLowerCase(Locale.ROOT));
    if (r == null) {
      throw usage(
          "ukjent klageordning for --regime: bruk " + REGIME_NAMES,
          "ukjend klageordning for --regime: bruk " + REGIME_NAMES,
          "unknown regime for --regime: use " + REGIME_NAMES);
    }
    return r;
  }

  private RuntimeException requestError(InvalidValueException e) {
    String option = "--" + e.field();
    String msg;
    switch (e.rule()) {
      case ORDER:
        msg = tx("dagen du fikk vite om vedtaket (--learnt), kan ikke være før datoen på vedtaket (--decided)",
            "dagen du fekk vite om vedtaket (--learnt), kan ikkje vere før datoen på vedtaket (--decided)",
            "the day you learnt of the decision (--learnt) cannot be before the decision (--decided)");
        break;
      case RANGE:
        msg = tx(option + " er etter dagen du skriver klagen (--date, standard i dag); et vedtak kan ikke klages på før "
                + "det er truffet og kjent",
            option + " er etter dagen du skriv klaga (--date, standard i dag); eit vedtak kan ikkje klagast på før "
                + "det er gjort og kjent",
            option + " is after the day you write (--date, default today); a decision cannot be complained about "
                + "before it is made and known");
        break;
      default:
        msg = tx("ugyldig dato for " + option, "ugyldig dato for " + option, "invalid date for " + option);
    }
    return new Messages.UsageError(spec.commandLine(), msg);
  }

  // ------------------------------------------------------------------------------------ text output

  private void print(ComplaintGuide g) {
    println(tx("Hjelp til å klage", "Hjelp til å klage", "Help to complain") + " – " + t(g.serviceName())
        + " [" + g.serviceId() + "]");
    println(t(g.regimeTitle()) + (g.regimeFromLegalBasis()
        ? tx(" (fra tjenestens hjemmel)", " (frå heimelen for tenesta)", " (from the service's legal basis)")
        : tx(" (valgt med --regime)", " (vald med --regime)", " (chosen with --regime)")));
    println(tx("Per ", "Per ", "On ") + DATE.format(g.request().on()));
    if (g.unverified()) {
      println(tx("Merk: deler av svaret bygger på sekundærkilder eller antakelser (ikke verifisert).",
          "Merk: delar av svaret byggjer på sekundærkjelder eller antakingar (ikkje verifisert).",
          "Note: parts of this answer rest on secondary sources or assumptions (unverified)."));
    }
    g.addressee().ifPresent(this::printAddressee);

    println("");
    println(tx("Frist", "Frist", "Deadline"));
    if (g.deadline().isPresent()) {
      Deadline d = g.deadline().get();
      println("  " + DATE.format(d.due()) + " – " + d.trace(lang())
          + d.legalReference().map(r -> " (" + cite(r) + ")").orElse(""));
      println("  " + tx("Klagen er i tide hvis den er sendt eller levert senest denne dagen.",
          "Klaga er i tide om ho er send eller levert seinast denne dagen.",
          "The complaint is in time if posted or handed in on or before that day."));
    }
    println("  " + t(g.timing().text()));
    g.lateComplaintBar().ifPresent(bar -> println("  " + tx("Siste dag en for sen klage kan behandles: ",
        "Siste dag ei for sein klage kan handsamast: ", "Last day a late complaint can be considered: ")
        + DATE.format(bar.due()) + bar.legalReference().map(r -> " (" + cite(r) + ")").orElse("")));

    if (!g.nextSteps().isEmpty()) {
      println("");
      println(tx("Hvor klagen går videre", "Kvar klaga går vidare", "Where the complaint goes next"));
      for (NextStep st : g.nextSteps()) {
        println("  " + st.number() + ". " + t(st.bodyName()) + (st.unverified() ? tx(" (ikke verifisert)",
            " (ikkje verifisert)", " (unverified)") : ""));
        println("     " + t(st.description()));
        if (!st.legalReferences().isEmpty()) {
          println("     " + tx("Hjemmel: ", "Heimel: ", "Legal basis: ") + cites(st.legalReferences()));
        }
      }
    }

    println("");
    println(tx("Hvem kan hjelpe", "Kven kan hjelpe", "Who can help"));
    for (Helper h : g.helpers()) {
      String tail = (h.free() ? tx("gratis", "gratis", "free") : "")
          + h.legalReference().map(r -> (h.free() ? "; " : "") + cite(r)).orElse("");
      println("  - " + t(h.name()) + ": " + t(h.description()) + (tail.isEmpty() ? "" : " (" + tail + ")"));
    }

    println("");
    println(tx("Hva klagen må inneholde", "Kva klaga må innehalde", "What the complaint must contain")
        + g.contentsBasis().map(r -> " (" + cite(r) + ")").orElse(""));
    for (ContentPart p : g.contents()) {
      println("  - " + t(p.text()));
    }
    println("  " + t(g.contentsNote()));

    println("");
    println(tx("Hvis fristen har gått ut", "Dersom fristen har gått ut", "If the deadline has passed")
        + (g.lateComplaintReferences().isEmpty() ? "" : " (" + cites(g.lateComplaintReferences()) + ")"));
    println("  " + t(g.lateComplaint()));

    if (!g.notes().isEmpty()) {
      println("");
      println(tx("Merknader", "Merknader", "Notes"));
      g.notes().forEach(n -> println("  - " + t(n)));
    }
    if (g.hasLetter()) {
      println("");
      println(tx("Legg til --letter for et utkast til klagebrev.", "Legg til --letter for eit utkast til klagebrev.",
          "Add --letter for a letter skeleton."));
    }
  }

  private void printAddressee(Addressee a) {
    println("");
    println(tx("Send klagen til", "Send klaga til", "Send the complaint to"));
    println("  " + t(a.bodyName()) + (a.bodyUnverified() ? tx(" (ikke verifisert)", " (ikkje verifisert)",
        " (unverified)") : ""));
    String notStated = tx("ikke oppgitt", "ikkje oppgitt", "not stated");
    if (a.units().isEmpty()) {
      println("  " + tx("Kontaktopplysninger: ikke oppgitt i katalogen.", "Kontaktopplysningar: ikkje oppgitt i katalogen.",
          "Contact details: not stated in the catalog."));
    }
    for (Unit u : a.units()) {
      println("  " + t(u.name()));
      if (u.contactPoints().isEmpty()) {
        println("    " + tx("Kontaktopplysninger: ", "Kontaktopplysningar: ", "Contact details: ") + notStated);
      }
      for (ContactPoint cp : u.contactPoints()) {
        println("    " + tx("Postadresse: ", "Postadresse: ", "Postal address: ")
            + cp.postalAddress().map(Address::toString).orElse(notStated));
        println("    " + tx("Besøksadresse: ", "Besøksadresse: ", "Visiting address: ")
            + cp.visitingAddress().map(Address::toString).orElse(notStated));
        println("    " + tx("Telefon: ", "Telefon: ", "Phone: ") + (cp.phones().isEmpty() ? notStated
            : cp.phones().stream().map(PhoneNumber::national).collect(Collectors.joining(" / "))));
        println("    " + tx("E-post: ", "E-post: ", "E-mail: ") + (cp.emails().isEmpty() ? notStated
            : cp.emails().stream().map(EmailAddress::value).collect(Collectors.joining(" / "))));
      }
    }
    println("  " + t(a.description()));
  }

  private String cites(List<LegalReference> refs) {
    return refs.stream().map(this::cite).collect(Collectors.joining(", "));
  }
}
