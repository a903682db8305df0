package no.rusomsorg.core.complaint.guide;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/** Writes the plain-text letter skeleton of a {@link ComplaintGuide}. */
final class Letter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final String SIGNATURE_LINE = "________________________________";

  private Letter() {}

  static String write(ComplaintGuide g, Language lang) {
    Addressee to = g.addressee().orElseThrow();
    List<String> out = new ArrayList<>();
    out.add(t(lang, "[Ditt navn]", "[Namnet ditt]", "[Your name]"));
    out.add(t(lang, "[Adressen din]", "[Adressa di]", "[Your address]"));
    out.add(t(lang, "[Telefon eller e-post]", "[Telefon eller e-post]", "[Phone or e-mail]"));
    out.add("");
    out.add(t(lang, "Til:", "Til:", "To:"));
    out.add(to.bodyName().in(lang));
    out.addAll(addressLines(to, lang));
    out.add("");
    out.add(t(lang, "[Sted], [dato]", "[Stad], [dato]", "[Place], [date]"));
    out.add("");
    String service = g.serviceName().in(lang);
    String body = to.bodyName().in(lang);
    String decided = g.request().decided().map(DATE::format).orElse(t(lang, "[dato]", "[dato]", "[date]"));
    switch (g.regime()) {
      case FVL_MUNICIPAL, FVL, PBRL -> {
        out.add(t(lang, "Klage på vedtak om " + service, "Klage på vedtak om " + service,
            "Complaint against the decision on " + service));
        out.add("");
        out.add(t(lang, "Jeg klager på vedtaket fra " + body + " datert " + decided + ", med saksnummer [saksnummer].",
            "Eg klagar på vedtaket frå " + body + " datert " + decided + ", med saksnummer [saksnummer].",
            "I complain against the decision of " + body + " dated " + decided + ", case number [case number]."));
        learnt(g, lang).ifPresent(out::add);
      }
      case COERCION -> {
        out.add(t(lang, "Krav om rettslig prøving av vedtak fra nemnda", "Krav om rettsleg prøving av vedtak frå nemnda",
            "Request for court review of the tribunal's decision"));
        out.add("");
        out.add(t(lang, "Jeg ber om at retten prøver vedtaket fra nemnda datert " + decided
                + ", med saksnummer [saksnummer].",
            "Eg ber om at retten prøver vedtaket frå nemnda datert " + decided + ", med saksnummer [saksnummer].",
            "I ask the court to review the tribunal's decision dated " + decided + ", case number [case number]."));
        learnt(g, lang).ifPresent(out::add);
      }
      case SERVICE_COMPLAINT -> {
        out.add(t(lang, "Klage på tjenesten " + service, "Klage på tenesta " + service,
            "Complaint about the service " + service));
        out.add("");
        out.add(t(lang, "Jeg klager på tjenesten " + service + " fra " + body + ". Det gjelder [hva som skjedde, og når].",
            "Eg klagar på tenesta " + service + " frå " + body + ". Det gjeld [kva som hende, og når].",
            "I complain about the service " + service + " from " + body + ". It concerns [what happened, and when]."));
      }
      case CONSENT_DETENTION -> throw new IllegalStateException("no letter for " + g.regime());
    }
    for (ContentPart part : g.contents()) {
      switch (part) {
        case DECISION, SERVICE, SIGNATURE -> {
          // the reference above and the signature below
        }
        case WHAT_IS_WRONG -> section(out, t(lang, "Dette er jeg misfornøyd med:", "Dette er eg misnøgd med:",
            "What I am unhappy with:"), t(lang, "[Skriv hva du er misfornøyd med.]", "[Skriv kva du er misnøgd med.]",
            "[Write what you are unhappy with.]"));
        case CHANGE_WANTED -> section(out, t(lang, "Dette ønsker jeg endret:", "Dette ønskjer eg endra:",
            "What I want changed:"), t(lang, "[Skriv hva du vil ha endret.]", "[Skriv kva du vil ha endra.]",
            "[Write what you want changed.]"));
        case REASONS -> section(out, t(lang, "Begrunnelse:", "Grunngjeving:", "Reasons:"),
            t(lang, "[Skriv hvorfor du mener vedtaket bør endres, og opplysninger du mener er viktige.]",
                "[Skriv kvifor du meiner vedtaket bør endrast, og opplysningar du meiner er viktige.]",
                "[Write why you think the decision should be changed, and any facts you think matter.]"));
      }
    }
    if (g.timing() == Timing.LATE || g.timing() == Timing.BARRED) {
      section(out, t(lang, "Hvorfor klagen kommer etter fristen:", "Kvifor klaga kjem etter fristen:",
          "Why the complaint is late:"), t(lang, "[Skriv hvorfor du ikke kunne klage før fristen gikk ut.]",
          "[Skriv kvifor du ikkje kunne klage før fristen gjekk ut.]",
          "[Write why you could not complain before the deadline.]"));
    }
    out.add("");
    out.add(t(lang, "Med vennlig hilsen", "Med venleg helsing", "Yours faithfully"));
    out.add("");
    out.add("");
    out.add(SIGNATURE_LINE);
    out.add(t(lang, "[Underskrift]", "[Underskrift]", "[Signature]"));
    out.add(t(lang, "[Navnet ditt med blokkbokstaver]", "[Namnet ditt med blokkbokstavar]", "[Your name in capitals]"));
    return String.join("\n", out) + "\n";
  }

  private static Optional<String> learnt(ComplaintGuide g, Language lang) {
    return g.request().learnt().map(DATE::format).map(d -> {
      return t(lang, "Jeg fikk vite om vedtaket " + d + ".", "Eg fekk vite om vedtaket " + d + ".",
          "I learnt of the decision on " + d + ".");
    });
  }

  private static void section(List<String> out, String heading, String placeholder) {
    out.add("");
    out.add(heading);
    out.add(placeholder);
  }

  /** The first unit with an address: its name, its postal (else visiting) address and an e-mail address. */
  static List<String> addressLines(Addressee to, Language lang) {
    for (Unit u : to.units()) {
      for (ContactPoint c : u.contactPoints()) {
        Optional<Address> a = c.postalAddress().or(c::visitingAddress);
        if (a.isPresent()) {
          List<String> lines = new ArrayList<>();
          lines.add(u.name().in(lang));
          lines.addAll(a.get().lines());
          firstEmail(to).ifPresent(e -> lines.add(t(lang, "E-post: ", "E-post: ", "E-mail: ") + e.value()));
          return lines;
        }
      }
    }
    List<String> lines = new ArrayList<>();
    to.units().stream().findFirst().ifPresent(u -> lines.add(u.name().in(lang)));
    lines.add(t(lang, "[Adresse: ikke oppgitt i katalogen – spør etter den]",
        "[Adresse: ikkje oppgitt i katalogen – spør etter ho]", "[Address: not stated in the catalog – ask for it]"));
    firstEmail(to).ifPresent(e -> lines.add(t(lang, "E-post: ", "E-post: ", "E-mail: ") + e.value()));
    return lines;
  }

  private static Optional<EmailAddress> firstEmail(Addressee to) {
    return to.units().stream().flatMap(u -> u.contactPoints().stream()).flatMap(c -> c.emails().stream()).findFirst();
  }

  private static String t(Language lang, String nb, String nn, String en) {
    LocalizedText text = Texts.of(nb, nn, en);
    return text.in(lang);
  }
}
