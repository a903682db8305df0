package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.complaint.Channel;
import no.rusomsorg.core.complaint.ComplaintDiscrepancy;
import no.rusomsorg.core.complaint.ComplaintHelp;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.complaint.DiscrepancyKind;
import no.rusomsorg.core.complaint.StepAction;
import no.rusomsorg.core.complaint.Submitter;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The complaint route for a service as of a date, built by the complaint package, and where the
 * municipality's published complaint information differs from the statute.
 */
@Command(name = "complaint", aliases = "klage", mixinStandardHelpOptions = true,
    description = {
        "Klageveien for en tjeneste på en dato: hvem du klager til, frist, hjemmel og hjelp, med navnene organene hadde"
            + " den dagen, og hvor det kommunen publiserer avviker fra loven.",
        "The complaint route for a service on a date: where to complain, the deadline, the legal basis and help,"
            + " with the bodies' names of that day, and where the municipality's published text differs from the law.",
        "",
        "Klageordningen følger av tjenestens hjemmel; --regime velger den selv:",
        "  municipal (kommunalt vedtak uten særlov: kommunens klageorgan), fvl (særlov med statsforvalteren),",
        "  pbrl (pasient- og brukerrettighetsloven), service (klage på tjenesten),",
        "  coercion (tvang etter hol. §§ 10-2/10-3), consent (tilbakeholdelse etter samtykke, hol. § 10-4)."})
final class ComplaintCommand extends CliCommand {
  private static final Map<String, ComplaintRegime> REGIMES = Map.ofEntries(
      Map.entry("municipal", ComplaintRegime.FVL_MUNICIPAL),
      Map.entry("kommune", ComplaintRegime.FVL_MUNICIPAL),
      Map.entry("fvl", ComplaintRegime.FVL),
      Map.entry("pbrl", ComplaintRegime.PBRL),
      Map.entry("service", ComplaintRegime.SERVICE_COMPLAINT),
      Map.entry("tjeneste", ComplaintRegime.SERVICE_COMPLAINT),
      Map.entry("coercion", ComplaintRegime.COERCION),
      Map.entry("tvang", ComplaintRegime.COERCION),
      Map.entry("consent", ComplaintRegime.CONSENT_DETENTION),
      Map.entry("samtykke", ComplaintRegime.CONSENT_DETENTION));
  private static final String REGIME_NAMES = "municipal, fvl, pbrl, service, coercion, consent";

  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer. / Name or number.")
  String municipality;

  @Parameters(index = "1", paramLabel = "TJENESTE-ID", description = "Tjenestens id (se 'services'). / The service id.")
  String serviceId;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Datoen klageveien gjelder (standard: i dag). / The date of the route (default: today).")
  String date;

  @Option(names = "--regime", paramLabel = "ORDNING",
      description = "municipal, fvl, pbrl, service, coercion eller consent.")
  String regime;

  @Option(names = "--notice", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Dagen vedtaket kom fram (fvl), du fikk nok kunnskap til å klage (pbrl), eller nemndas vedtak ble"
          + " kjent (tvang); gir fristen som dato. / The day notice of the decision arrived (fvl), you knew enough to"
          + " complain (pbrl), or the tribunal's decision was made known (coercion); gives the due date.")
  String notice;

  /** A body, under its name on the route's date. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Body(String id, AuthorityKind kind, LocalizedText name, LocalizedText shortName, boolean unverified) {
    static Body of(Authority a) {
      return new Body(a.id(), a.kind(), a.name(), a.shortName(), a.unverified());
    }
  }

  /** Help at a step. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Help(Optional<Body> body, LocalizedText description, boolean free, Optional<LegalReference> legalReference) {}

  /** One step. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Step(int number, Body body, StepAction action, Submitter submittedBy, Set<Channel> channels,
      Optional<String> deadlineRule, Optional<PeriodSpec> deadlinePeriod, Optional<Deadline> deadline,
      Optional<String> deadlineTrace, List<LegalReference> legalReferences, LocalizedText description, List<Help> help,
      boolean unverified) {}

  /** A statutory time limit of the case beside the steps (coercion, consent detention). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record TimeLimit(String rule, LocalizedText title, Optional<PeriodSpec> period, LocalizedText startEvent,
      Optional<LegalReference> legalReference, boolean maximumDuration, boolean extendsToWorkingDay) {
    static TimeLimit of(no.rusomsorg.core.deadline.DeadlineRule r) {
      return new TimeLimit(r.id(), r.title(), r.period(), r.startEvent(), r.legalReference(), r.isMaximumDuration(),
          r.extendsToWorkingDay());
    }
  }

  /** Where the published text differs from the statute. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Discrepancy(DiscrepancyKind kind, String published, String statutory, Optional<LegalReference> legalReference,
      LocalizedText explanation) {}

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(String municipality, String county, String serviceId, LocalizedText serviceName, ComplaintRegime regime,
      LocalizedText regimeTitle, LocalDate date, Optional<LocalDate> deadlineStart, boolean unverified,
      List<LocalizedText> notes, List<Step> steps, List<TimeLimit> timeLimits,
      Optional<PublishedComplaintInfo> published, List<Discrepancy> discrepancies) {}

  @Override
  java.util.Map<String, String> fieldOptions() {
    return java.util.Map.of("start", "--notice", "date", "--date");
  }

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    Optional<LocalDate> start = notice == null ? Optional.empty() : Optional.of(parseDate("--notice", notice));
    Catalog c = existing(municipality, d).catalog();
    Service s = offeredService(c, serviceId, d);
    ComplaintRegime r = regime(s);
    MunicipalityRef ref = ref(c.municipality(), d);
    ComplaintRoutes routes = ComplaintRoutes.standard();
    ComplaintRoute route = start.isPresent() ? routes.route(r, ref, d, start.get()) : routes.route(r, ref, d);
    ComplaintSubject subject = r == ComplaintRegime.SERVICE_COMPLAINT ? ComplaintSubject.SERVICE_QUALITY : ComplaintSubject.DECISION;
    Optional<PublishedComplaintInfo> published = s.complaintInfo(subject);
    List<ComplaintDiscrepancy> discrepancies = published
        .map(p -> routes.compare(p, r, ref, d)).orElse(List.of());
    if (json) {
      return printJson(new Answer(c.municipality().name(), ref.county().name(), s.id(), s.name(), r, r.title(), d,
          route.deadlineStart(), route.unverified(), route.notes(),
          route.steps().stream().map(this::step).collect(Collectors.toList()),
          route.timeLimits().stream().map(TimeLimit::of).collect(Collectors.toList()), published,
          discrepancies.stream().map(x -> new Discrepancy(x.kind(), x.published(), x.statutory(), x.legalReference(),
              x.explanation())).collect(Collectors.toList())));
    }
    println(t(r.title()) + " – " + t(s.name()) + " [" + s.id() + "]");
    println(t(c.municipality().name() + " kommune, " + ref.county().name() + ", per " + DATE.format(d),
        c.municipality().name() + " kommune, " + ref.county().name() + ", per " + DATE.format(d),
        "Municipality of " + c.municipality().name() + ", " + ref.county().name() + ", on " + DATE.format(d)));
    if (route.unverified()) {
      println(t("Merk: deler av klageveien bygger på sekundærkilder eller antakelser (ikke verifisert).",
        "Merk: delar av klagevegen byggjer på sekundærkjelder eller antakingar (ikkje verifisert).",
          "Note: parts of the route rest on secondary sources or assumptions (unverified)."));
    }
    route.notes().forEach(n -> println(t(n)));
    for (ComplaintStep st : route.steps()) {
      println("");
      println(st.number() + ". " + t(st.body().name()) + (st.unverified() ? t(" (ikke verifisert)", " (ikkje verifisert)", " (unverified)") : ""));
      println("   " + t(st.description()));
      st.deadlineRule().ifPresent(rule -> {
        String period = rule.period().map(p -> p.text(lang())).orElse("");
        String legal = rule.legalReference().map(x -> " (" + cite(x) + ")").orElse("");
        println("   " + t("Frist: ", "Frist: ", "Deadline: ") + period + legal);
      });
      st.deadline().ifPresent(dl -> println("   " + t("Fristen går ut: ", "Fristen går ut: ", "Due: ") + DATE.format(dl.due())
          + " – " + dl.trace(lang())));
      if (!st.channels().isEmpty()) {
        println("   " + t("Slik: ", "Slik: ", "How: ") + st.channels().stream().map(this::channel).collect(Collectors.joining(t(" eller ", " eller ", " or "))));
      }
      if (!st.legalReferences().isEmpty()) {
        println("   " + t("Hjemmel: ", "Heimel: ", "Legal basis: ")
            + st.legalReferences().stream().map(this::cite).collect(Collectors.joining(", ")));
      }
      for (ComplaintHelp h : st.help()) {
        println("   " + t("Hjelp: ", "Hjelp: ", "Help: ") + t(h.description()) + (h.free() ? t(" (gratis)", " (gratis)", " (free)") : ""));
      }
    }
    if (route.steps().isEmpty()) {
      println("");
      println(t("Ingen klagevei: det er ikke noe vedtak å klage på.", "Ingen klageveg: det er ikkje noko vedtak å klage på.", "No complaint route: there is no decision to appeal."));
    }
    if (!route.timeLimits().isEmpty()) {
      println("");
      println(t("Frister og lengste varighet i saken:", "Fristar og lengste varigheit i saka:", "Time limits of the case:"));
      for (no.rusomsorg.core.deadline.DeadlineRule rule : route.timeLimits()) {
        String period = rule.period().map(p -> p.text(lang()))
            .orElse(t("til svangerskapet er over", "til svangerskapet er over", "until the pregnancy ends"));
        String legal = rule.legalReference().map(x -> " (" + cite(x) + ")").orElse("");
        String kind = rule.isMaximumDuration() ? t("lengste varighet, forlenges ikke", "lengste varigheit, vert ikkje forlengd", "maximum, never extended")
            : rule.extendsToWorkingDay() ? t("frist, forlenges til neste virkedag", "frist, vert forlengd til neste verkedag", "deadline, extended to a working day")
            : t("faller bort, forlenges ikke", "fell bort, vert ikkje forlengd", "lapses, never extended");
        println("  - " + t(rule.title()) + ": " + period + legal + t("; regnes fra: ", "; vert rekna frå: ", "; counted from: ")
            + t(rule.startEvent()) + " [" + kind + "]");
      }
    }
    if (!discrepancies.isEmpty()) {
      println("");
      println(t("Det kommunen publiserer, avviker fra loven:", "Det kommunen publiserer, avvik frå lova:", "What the municipality publishes differs from the law:"));
      for (ComplaintDiscrepancy x : discrepancies) {
        println("  - " + t(x.explanation()));
        println("    " + t("publisert: ", "publisert: ", "published: ") + publishedText(x, published)
            + t(" | loven: ", " | lova: ", " | statute: ") + statutoryText(x, r, route));
      }
    }
    return RusomsorgCli.OK;
  }

  /** What the municipality published, in the chosen language where it is a period the library wrote out. */
  private String publishedText(ComplaintDiscrepancy x, Optional<PublishedComplaintInfo> published) {
    if (x.kind() == DiscrepancyKind.DEADLINE_DIFFERS) {
      return published.flatMap(PublishedComplaintInfo::deadline).map(p -> p.text(lang())).orElse(x.published());
    }
    return x.published();
  }

  /** What the statute says, in the chosen language: the statutory period, or the body's name on the date. */
  private String statutoryText(ComplaintDiscrepancy x, ComplaintRegime r, ComplaintRoute route) {
    switch (x.kind()) {
      case DEADLINE_DIFFERS:
        return r.statutoryPeriod().map(p -> p.text(lang())).orElse(t("ingen frist", "inga frist", "no deadline"));
      case BODY_NAME_OUTDATED:
      case BODY_NAME_NOT_YET_VALID:
      case BODY_DIFFERS:
      case BODY_UNKNOWN:
        return route.steps().isEmpty() ? x.statutory() : t(route.appealStep().body().name());
      default:
        return route.stepAfterAppeal().map(s -> t(s.body().name())).orElse(x.statutory());
    }
  }

  private String channel(Channel ch) {
    return ch == Channel.WRITTEN ? t("skriftlig", "skriftleg", "in writing") : t("muntlig", "munnleg", "orally");
  }

  private Step step(ComplaintStep st) {
    return new Step(st.number(), Body.of(st.body()), st.action(), st.submittedBy(), st.channels(),
        st.deadlineRule().map(no.rusomsorg.core.deadline.DeadlineRule::id),
        st.deadlineRule().flatMap(no.rusomsorg.core.deadline.DeadlineRule::period), st.deadline(),
        st.deadline().map(dl -> dl.trace(lang())), st.legalReferences(), st.description(),
        st.help().stream().map(h -> new Help(h.body().map(Body::of), h.description(), h.free(), h.legalReference()))
            .collect(Collectors.toList()),
        st.unverified());
  }

  private ComplaintRegime regime(Service s) {
    if (regime != null) {
      ComplaintRegime r = REGIMES.get(lower(regime.trim()));
      if (r == null) {
        throw usage("ukjent klageordning '" + regime + "': bruk " + REGIME_NAMES, "ukjend klageordning '" + regime + "': bruk " + REGIME_NAMES,
            "unknown regime '" + regime + "': use " + REGIME_NAMES);
      }
      return r;
    }
    if (s.legalBasis().isEmpty()) {
      throw usage("kilden oppgir ikke hvilken lov tjenesten gis etter, så klageveien for " + s.id()
              + " kan ikke leses ut av kilden; velg en klageordning med --regime " + REGIME_NAMES,
        "kjelda oppgir ikkje kva lov tenesta vert gitt etter, så klagevegen for " + s.id()
              + " kan ikkje lesast ut av kjelda; vel ei klageordning med --regime " + REGIME_NAMES,
          "the source does not state the act the service is given under, so the complaint route for " + s.id()
              + " cannot be told from it; choose a regime with --regime " + REGIME_NAMES);
    }
    try {
      return ComplaintRegime.forLegalBasis(s.legalBasis());
    } catch (InvalidValueException e) {
      throw usage("klageordningen kan ikke leses ut av tjenestens hjemmel (" + s.legalBasis().size()
              + " henvisninger uten én klar klageordning); velg med --regime " + REGIME_NAMES,
        "klageordninga kan ikkje lesast ut av heimelen for tenesta (" + s.legalBasis().size()
              + " tilvisingar utan éi klar klageordning); vel med --regime " + REGIME_NAMES,
          "the complaint regime cannot be derived from the service's legal basis (" + s.legalBasis().size()
              + " references without one clear regime); choose one with --regime " + REGIME_NAMES);
    }
  }

  /** The municipality as the complaint rules need it, with its county as of the date. */
  private MunicipalityRef ref(Municipality m, LocalDate d) {
    County county = m.countyOn(d).orElseThrow();
    if (!county.existsOn(d)) {
      throw notFound("fylket " + county + " fantes ikke per " + DATE.format(d), "fylket " + county + " fanst ikkje per " + DATE.format(d),
          "the county " + county + " did not exist on " + DATE.format(d));
    }
    return MunicipalityRef.builder().name(m.name()).county(county).validFrom(m.validity().from())
        .validTo(m.validity().to()).appealBody(m.appealBody()).build();
  }

}
