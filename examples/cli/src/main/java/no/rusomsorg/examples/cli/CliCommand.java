package no.rusomsorg.examples.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LanguageForm;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: language, JSON output, dates, the registry and municipality lookup. */
abstract class CliCommand implements Callable<Integer> {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @ParentCommand
  RusomsorgCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "SPRÅK",
      description = "nb (bokmål), nn (nynorsk) eller en. Standard: kommunens målform, ellers nb."
          + " / nb, nn or en. Default: the municipality's language form, otherwise nb.")
  String langCode;

  @Option(names = "--json", description = "Maskinlesbar JSON på standard ut. / Machine-readable JSON on stdout.")
  boolean json;

  private Language language;
  private boolean chosen;

  @Override
  public final Integer call() {
    if (langCode == null) {
      language = Language.NB;
    } else {
      try {
        language = Language.parse(langCode);
        chosen = true;
      } catch (InvalidValueException e) {
        throw new Messages.UsageError(spec.commandLine(), "ukjent språk for --lang: bruk nb, nn eller en"
            + " / ukjend språk for --lang: bruk nb, nn eller en / unknown language for --lang: use nb, nn or en");
      }
    }
    return run();
  }

  /** The language of the output so far; null before the command ran. */
  Language resolvedLanguage() {
    return language;
  }

  /**
   * Follows the municipality's language form when the user chose no language (ADR 0025): a nynorsk
   * municipality answers in nynorsk, any other in bokmål.
   */
  void followLanguageOf(Municipality m) {
    if (!chosen) {
      language = m.languageForm().map(LanguageForm::defaultLanguage).orElse(Language.NB);
    }
  }

  /** The option of this command that gave each field of the library's model, for error messages. */
  java.util.Map<String, String> fieldOptions() {
    return java.util.Map.of("date", "--date", "birthDate", "--birth-date", "at", "--at");
  }

  abstract int run();

  // ---------------------------------------------------------------- output

  Language lang() {
    return language;
  }

  boolean en() {
    return language == Language.EN;
  }

  /** The text in the chosen language. */
  String t(String nb, String nn, String enText) {
    switch (language) {
      case NN:
        return nn;
      case EN:
        return enText;
      default:
        return nb;
    }
  }

  String t(LocalizedText text) {
    return text.in(language);
  }

  /** A legal reference as usually written ("fvl § 29 (1)"), marked when it rests on secondary sources. */
  String cite(no.rusomsorg.core.law.LegalReference ref) {
    return ref.citation() + (ref.unverified() ? t(" (ikke verifisert)", " (ikkje verifisert)", " (unverified)") : "");
  }

  /** What a reason rests on: the legal reference and/or the sources it cites (the service's, by default). */
  String basis(no.rusomsorg.core.eligibility.Reason r) {
    java.util.Optional<no.rusomsorg.core.law.LegalReference> law = r.basis().legalReference();
    String sources = r.sourceIds().isEmpty() ? ""
        : (r.sourceIds().size() == 1 ? t("kilde: ", "kjelde: ", "source: ") : t("kilder: ", "kjelder: ", "sources: ")) + String.join(", ", r.sourceIds());
    return law.map(this::cite).orElse("") + (law.isPresent() && !sources.isEmpty() ? "; " : "") + sources;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  void println(String line) {
    out().println(line);
  }

  int printJson(Object value) {
    out().println(RusomsorgJson.strict().write(value));
    out().flush();
    return RusomsorgCli.OK;
  }

  // ---------------------------------------------------------------- arguments

  ParameterException usage(String nb, String nn, String enText) {
    return new Messages.UsageError(spec.commandLine(), t(nb, nn, enText));
  }

  CliException notFound(String nb, String nn, String enText) {
    return new CliException(RusomsorgCli.NOT_FOUND, t(nb, nn, enText));
  }

  /** Parses an ISO date given for an option, or answers today by the tool's clock when none was given. */
  LocalDate dateOrToday(String option, String text) {
    if (text == null) {
      return inCalendar(option, LocalDate.now(root.clock()));
    }
    return parseDate(option, text);
  }

  /**
   * Parses an ISO date given for an option. The error never repeats what was typed: a date option may
   * have been given a birth date or a national identity number by mistake.
   */
  LocalDate parseDate(String option, String text) {
    try {
      return inCalendar(option, LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw usage("ugyldig dato for " + option + hint(text, Language.NB) + " (bruk ÅÅÅÅ-MM-DD, f.eks. 2026-03-12)",
        "ugyldig dato for " + option + hint(text, Language.NN) + " (bruk ÅÅÅÅ-MM-DD, t.d. 2026-03-12)",
          "malformed date for " + option + hint(text, Language.EN) + " (use YYYY-MM-DD, e.g. 2026-03-12)");
    }
  }

  /**
   * A date the library's calendar covers ({@value no.rusomsorg.core.calendar.NorwegianCalendar#MIN_YEAR}–{@value
   * no.rusomsorg.core.calendar.NorwegianCalendar#MAX_YEAR}) for the options a deadline is counted from;
   * otherwise a usage error naming the option. Other dates (history, birth dates) are not limited here.
   */
  LocalDate inCalendar(String option, LocalDate d) {
    int min = no.rusomsorg.core.calendar.NorwegianCalendar.MIN_YEAR;
    int max = no.rusomsorg.core.calendar.NorwegianCalendar.MAX_YEAR;
    boolean counted = option.equals("--from") || option.equals("--notice") || option.equals("--referral-received");
    if (counted && (d.getYear() < min || d.getYear() > max)) {
      throw usage(option + " må være en dato i årene " + min + "–" + max,
          option + " må vere ein dato i åra " + min + "–" + max,
          option + " must be a date in the years " + min + "–" + max);
    }
    return d;
  }

  /** What the rejected text looked like, without any of it: only whether it could be an identity number. */
  private static String hint(String text, Language language) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    if (digits == 11) {
      return no.rusomsorg.core.text.LocalizedText.of("; det ser ut som et fødselsnummer, som ikke vises eller lagres",
          "; det ser ut som eit fødselsnummer, som ikkje vert vist eller lagra",
          "; it looks like a national identity number, which is not shown or stored").in(language);
    }
    return "";
  }

  /**
   * Parses a moment: with an offset ({@code 2026-03-12T10:00+01:00}), with a zone
   * ({@code ...[Europe/Oslo]}) or local, which is read as Oslo time ({@code 2026-03-12T10:00}).
   */
  ZonedDateTime parseMoment(String option, String text) {
    String s = text.trim();
    try {
      return ZonedDateTime.parse(s);
    } catch (DateTimeParseException ignored) {
      // try the other forms
    }
    try {
      return OffsetDateTime.parse(s).toZonedDateTime();
    } catch (DateTimeParseException ignored) {
      // try the other forms
    }
    try {
      return LocalDateTime.parse(s).atZone(RusomsorgCli.OSLO);
    } catch (DateTimeException e) {
      throw usage("ugyldig tidspunkt for " + option + hint(text, Language.NB)
              + " (bruk ÅÅÅÅ-MM-DDTTT:MM, f.eks. 2026-03-12T10:00, eventuelt med +01:00)",
        "ugyldig tidspunkt for " + option + hint(text, Language.NN)
              + " (bruk ÅÅÅÅ-MM-DDTTT:MM, t.d. 2026-03-12T10:00, eventuelt med +01:00)",
          "malformed date-time for " + option + hint(text, Language.EN)
              + " (use YYYY-MM-DDTHH:MM, e.g. 2026-03-12T10:00, optionally with +01:00)");
    }
  }

  ZonedDateTime now() {
    return ZonedDateTime.now(root.clock()).withZoneSameInstant(RusomsorgCli.OSLO);
  }

  // ---------------------------------------------------------------- municipalities

  MunicipalityRegistry registry() {
    return root.registry();
  }

  MunicipalityLookup lookup(String query, LocalDate date) {
    if (query == null || query.isBlank()) {
      throw usage("oppgi en kommune (navn eller nummer)", "oppgi ein kommune (namn eller nummer)", "give a municipality (name or number)");
    }
    String q = query.trim();
    if (q.chars().allMatch(Character::isDigit) && q.length() != 4) {
      throw usage("et kommunenummer har fire sifre (fikk '" + q + "')", "eit kommunenummer har fire siffer (fekk '" + q + "')",
          "a municipality number has four digits (got '" + q + "')");
    }
    MunicipalityLookup l = registry().directory().lookup(q, date);
    municipalityOf(l).ifPresent(this::followLanguageOf);
    return l;
  }

  /**
   * The municipality as found on the date, from a plugin or the national baseline; otherwise a clear
   * message and exit code {@value RusomsorgCli#NOT_FOUND}. A baseline answer prints its notice (not
   * confirmed by the municipality) on standard error, so that no command shows it as the municipality's
   * own data.
   */
  MunicipalityLookup.Existing existing(String query, LocalDate date) {
    MunicipalityLookup l = lookup(query, date);
    if (l instanceof MunicipalityLookup.Existing) {
      if (l instanceof MunicipalityLookup.NationalBaseline && !json) {
        spec.commandLine().getErr().println(baselineNotice((MunicipalityLookup.NationalBaseline) l));
        spec.commandLine().getErr().flush();
      }
      return (MunicipalityLookup.Existing) l;
    }
    throw new CliException(exitCode(l), whyNotFound(l));
  }

  /**
   * The exit code of an answer, the same in every command: {@value RusomsorgCli#OK} found,
   * {@value RusomsorgCli#NO_LONGER_EXISTS} merged or ended, {@value RusomsorgCli#NOT_FOUND} otherwise.
   */
  static int exitCode(MunicipalityLookup l) {
    // one case per status name (MunicipalityLookup.statuses()); a new answer fails the CLI's variant test
    switch (l.status()) {
      case MunicipalityLookup.FOUND:
      case MunicipalityLookup.NATIONAL_BASELINE:
        return RusomsorgCli.OK;
      case MunicipalityLookup.MERGED:
      case MunicipalityLookup.ENDED:
        return RusomsorgCli.NO_LONGER_EXISTS;
      case MunicipalityLookup.AMBIGUOUS: // no single municipality: the message lists the candidates
      case MunicipalityLookup.EXISTED_NO_DATA:
      case MunicipalityLookup.NOT_YET_ESTABLISHED:
      case MunicipalityLookup.UNKNOWN:
        return RusomsorgCli.NOT_FOUND;
      default:
        throw new IllegalStateException("no exit code for the lookup answer " + l.status());
    }
  }

  /** The municipality an answer is about, if it names one. */
  static java.util.Optional<Municipality> municipalityOf(MunicipalityLookup l) {
    if (l instanceof MunicipalityLookup.Existing) {
      return java.util.Optional.of(((MunicipalityLookup.Existing) l).municipality());
    } else if (l instanceof MunicipalityLookup.Merged) {
      return java.util.Optional.of(((MunicipalityLookup.Merged) l).former());
    } else if (l instanceof MunicipalityLookup.Ended) {
      return java.util.Optional.of(((MunicipalityLookup.Ended) l).former());
    } else if (l instanceof MunicipalityLookup.ExistedNoData) {
      return java.util.Optional.of(((MunicipalityLookup.ExistedNoData) l).municipality());
    } else if (l instanceof MunicipalityLookup.NotYetEstablished) {
      return java.util.Optional.of(((MunicipalityLookup.NotYetEstablished) l).municipality());
    }
    return java.util.Optional.empty();
  }

  /** Why an answer other than {@link MunicipalityLookup.Found} gives no services on its date. */
  String whyNotFound(MunicipalityLookup l) {
    if (l instanceof MunicipalityLookup.Merged) {
      return mergedMessage((MunicipalityLookup.Merged) l);
    } else if (l instanceof MunicipalityLookup.Ended) {
      return endedMessage((MunicipalityLookup.Ended) l);
    } else if (l instanceof MunicipalityLookup.ExistedNoData) {
      return noDataMessage((MunicipalityLookup.ExistedNoData) l);
    } else if (l instanceof MunicipalityLookup.NotYetEstablished) {
      return notYetMessage((MunicipalityLookup.NotYetEstablished) l);
    } else if (l instanceof MunicipalityLookup.Ambiguous) {
      return ambiguousMessage((MunicipalityLookup.Ambiguous) l);
    } else if (l instanceof MunicipalityLookup.Unknown) {
      return unknownMessage(l.query());
    }
    throw unhandled(l);
  }

  static IllegalStateException unhandled(MunicipalityLookup answer) {
    return new IllegalStateException("the tool does not handle the lookup answer " + answer.getClass().getName());
  }

  String unknownMessage(String query) {
    List<String> known = registry().directory().catalogs().stream()
        .map(c -> c.municipality().name() + " (" + c.municipality().latestNumber() + ")")
        .collect(Collectors.toList());
    String list = known.isEmpty() ? t("ingen", "ingen", "none") : String.join(", ", known);
    String q = no.rusomsorg.core.InvalidValueException.quote(query); // cut to 64 characters, controls escaped
    return t("ukjent kommune " + q + ". Kommuner fra plugins: " + list + "; 'rusomsorg municipalities' lister alle.",
        "ukjend kommune " + q + ". Kommunar frå programtillegg: " + list + "; 'rusomsorg municipalities' listar alle.",
        "unknown municipality " + q + ". Municipalities from plugins: " + list + "; 'rusomsorg municipalities' lists all.");
  }

  /** A name several municipalities have: each with number and county, and how to choose. */
  String ambiguousMessage(MunicipalityLookup.Ambiguous l) {
    List<String> names = new java.util.ArrayList<>();
    for (MunicipalityLookup c : l.candidates()) {
      if (c instanceof MunicipalityLookup.Existing) {
        MunicipalityLookup.Existing e = (MunicipalityLookup.Existing) c;
        names.add(e.municipality().name() + " (" + e.number() + ", " + e.county().name() + ")");
      } else {
        names.add(c.toString());
      }
    }
    String list = String.join("; ", names);
    return t("flere kommuner har dette navnet per " + DATE.format(l.date()) + ": " + list + ". Oppgi kommunenummeret.",
        "fleire kommunar har dette namnet per " + DATE.format(l.date()) + ": " + list + ". Oppgje kommunenummeret.",
        "several municipalities have this name on " + DATE.format(l.date()) + ": " + list + ". Give the number.");
  }

  /** What a national baseline is, with the governor's office and the register's source. */
  String baselineNotice(MunicipalityLookup.NationalBaseline b) {
    var src = b.registerSource();
    return t(b.notice()) + " " + t("Kilde for kommunen: ", "Kjelde for kommunen: ", "Source of the municipality: ")
        + src.publisher() + ", " + t("klassifikasjon 131/104, versjon ", "klassifikasjon 131/104, versjon ",
        "classification 131/104, version ") + src.version()
        + " (" + src.licence() + ").";
  }

  String mergedMessage(MunicipalityLookup.Merged l) {
    Municipality m = l.former();
    String old = m.name() + " (" + m.latestNumber() + ")";
    var s = l.successor();
    return t(old + " ble slått sammen med " + s.name() + " (" + s.number() + ") fra " + DATE.format(s.from())
            + "; per " + DATE.format(l.date()) + " hører tjenestene til " + s.name() + " kommune.",
        old + " vart slått saman med " + s.name() + " (" + s.number() + ") frå " + DATE.format(s.from())
            + "; per " + DATE.format(l.date()) + " høyrer tenestene til " + s.name() + " kommune.",
        old + " merged into " + s.name() + " (" + s.number() + ") on " + DATE.format(s.from())
            + "; on " + DATE.format(l.date()) + " its services belong to the municipality of " + s.name() + ".");
  }

  /** A municipality that ended without a successor named in its catalog (a split). */
  String endedMessage(MunicipalityLookup.Ended l) {
    Municipality m = l.former();
    String old = m.name() + " (" + m.latestNumber() + ")";
    String ended = DATE.format(l.lastDay());
    String to = l.successors().stream().map(s -> s.name() + " (" + s.number() + ")").collect(Collectors.joining(", "));
    return t(old + " fantes ikke lenger per " + DATE.format(l.date()) + " (siste dag " + ended + ")."
            + (to.isEmpty() ? "" : " Området hører til " + to + "."),
        old + " fanst ikkje lenger per " + DATE.format(l.date()) + " (siste dag " + ended + ")."
            + (to.isEmpty() ? "" : " Området høyrer til " + to + "."),
        old + " no longer existed on " + DATE.format(l.date()) + " (last day " + ended + ")."
            + (to.isEmpty() ? "" : " Its area belongs to " + to + "."));
  }

  /** A municipality that existed on the date, but whose data starts later: what the source says, and from when data exists. */
  String noDataMessage(MunicipalityLookup.ExistedNoData l) {
    Municipality m = l.municipality();
    String from = DATE.format(l.dataFrom());
    String about = " " + t(l.earlierExistence().description());
    return t(m.name() + " fantes per " + DATE.format(l.date()) + ", men det finnes ingen data om kommunen før "
            + from + "." + about,
        m.name() + " fanst per " + DATE.format(l.date()) + ", men det finst ingen data om kommunen før "
            + from + "." + about,
        m.name() + " existed on " + DATE.format(l.date()) + ", but there is no data about it before " + from + "."
            + about);
  }

  String notYetMessage(MunicipalityLookup.NotYetEstablished l) {
    Municipality m = l.municipality();
    return t(m.name() + " fantes ikke ennå per " + DATE.format(l.date()) + " (fra " + DATE.format(l.establishedOn()) + ").",
        m.name() + " fanst ikkje enno per " + DATE.format(l.date()) + " (frå " + DATE.format(l.establishedOn()) + ").",
        m.name() + " did not exist yet on " + DATE.format(l.date()) + " (from " + DATE.format(l.establishedOn()) + ").");
  }

  /** A service of the catalog that is offered on the date; otherwise a clear message and exit 3. */
  Service offeredService(Catalog catalog, String serviceId, LocalDate date) {
    Service s = catalog.service(serviceId.trim()).orElseThrow(() -> {
      String ids = catalog.servicesOn(date).stream().map(Service::id).collect(Collectors.joining(", "));
      return notFound("ukjent tjeneste '" + serviceId + "' i " + catalog.municipality().name() + ". Tjenester: " + ids,
        "ukjend teneste '" + serviceId + "' i " + catalog.municipality().name() + ". Tenester: " + ids,
          "unknown service '" + serviceId + "' in " + catalog.municipality().name() + ". Services: " + ids);
    });
    if (!s.offeredOn(date)) {
      throw notFound("tjenesten " + s.id() + " ble ikke tilbudt per " + DATE.format(date),
        "tenesta " + s.id() + " vart ikkje tilboden per " + DATE.format(date),
          "the service " + s.id() + " was not offered on " + DATE.format(date));
    }
    return s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
