package no.rusomsorg.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.RusomsorgException;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.calendar.Holiday;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.complaint.ComplaintDiscrepancy;
import no.rusomsorg.core.complaint.ComplaintHelp;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineInterpretations;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.CriterionSentence;
import no.rusomsorg.core.law.CitedReference;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.register.baseline.StandardServiceDescription;

/**
 * The rule book: Markdown and HTML pages generated from the library's running rules and the bundled
 * plugins' data, in bokmål, nynorsk and English, so that the text a lawyer or caseworker reads cannot
 * drift from what the code computes.
 *
 * <p>Every date is a fixed input ({@link #GENERATION_DATE}, {@link #EXAMPLE_STARTS}); nothing reads
 * the system clock, so the same code and data always give the same pages. The pages are committed
 * under {@code docs/rulebook} (bokmål at the top, {@code nn/} and {@code en/} beside it, the HTML
 * edition for the web app's {@code /regler} under {@code html/}); {@code RuleBookUpToDateTest} fails
 * when they are stale. See ADR 0015 and ADR 0029.
 */
public final class RuleBook {
  /** The date the rule book is generated for: the calendar year, complaint bodies and law as on it. */
  public static final LocalDate GENERATION_DATE = LocalDate.of(2026, 12, 2);

  /**
   * The start dates of the worked examples: three weeks before Maundy Thursday 2026, a month end, and
   * three weeks before Christmas Day 2026 (so that the 3-week complaint deadline meets Easter and
   * Christmas).
   */
  public static final List<LocalDate> EXAMPLE_STARTS = List.of(
      LocalDate.of(2026, 3, 12), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 12, 4));

  /** The municipality whose complaint routes are shown. */
  static final String ROUTE_MUNICIPALITY = "Sandnes";

  /** The page names of one edition, in the order of the index. */
  public static final List<String> PAGES = List.of("README.md", "deadlines.md", "calendar.md", "complaints.md",
      "municipalities.md", "unverified.md");

  /** The directory of each language's Markdown edition, relative to {@code docs/rulebook}. */
  static String folder(Language l) {
    return switch (l) {
      case NB -> "";
      case NN -> "nn/";
      case EN -> "en/";
    };
  }

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final String COMMAND = "mvn -B -o -q test -pl municipalities/rulebook -am -Drulebook.write=true "
      + "-Dtest=RuleBookUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false";

  private final Language lang;
  private final LocalDate date;
  private final List<LocalDate> exampleStarts;
  private final List<Catalog> catalogs;
  private final Scenarios scenarios;
  private final MunicipalityDirectory directory;
  private final DeadlineCalculator calculator = DeadlineCalculator.standard();
  /** Every legal reference met while generating, with where it is used (citation → places). */
  private final Map<String, ReferenceUse> references = new TreeMap<>();

  /** A legal reference and the places that cite it. */
  static final class ReferenceUse {
    final LegalReference reference;
    final Set<String> places = new LinkedHashSet<>();
    boolean unverified;

    ReferenceUse(LegalReference reference) {
      this.reference = reference;
    }
  }

  private RuleBook(Language lang, LocalDate date, List<LocalDate> exampleStarts, List<Catalog> catalogs,
      MunicipalityDirectory directory, Scenarios scenarios) {
    this.lang = lang;
    this.date = date;
    this.exampleStarts = exampleStarts;
    this.catalogs = catalogs;
    this.directory = directory;
    this.scenarios = scenarios;
  }

  /**
   * The repository root, for the plugins' scenario files: the system property {@code rulebook.root},
   * or the working directory.
   */
  static Path root() {
    return Paths.get(System.getProperty("rulebook.root", "."));
  }

  /**
   * Generates every page (all three languages, Markdown and HTML) for the bundled plugins found on the
   * class path, on {@link #GENERATION_DATE}, with the scenarios found under {@link #root()}.
   *
   * @return path (relative to {@code docs/rulebook}) to text, nb Markdown first
   */
  public static Map<String, String> generate() {
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    List<Catalog> catalogs = registry.providers().stream()
        .map(MunicipalityRegistry.LoadedProvider::catalog)
        .sorted(Comparator.comparing(c -> c.municipality().name()))
        .collect(Collectors.toList());
    Scenarios scenarios = Scenarios.read(root());
    Map<String, String> out = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      Map<String, String> pages = new RuleBook(l, GENERATION_DATE, EXAMPLE_STARTS, catalogs, registry.directory(),
          scenarios).pages();
      pages.forEach((name, text) -> out.put(folder(l) + name, text));
      pages.forEach((name, text) -> out.put(Html.path(l, name), Html.page(l, name, text)));
    }
    out.put(Html.STYLESHEET_PATH, Html.stylesheet());
    return Collections.unmodifiableMap(out);
  }

  /**
   * One service's rules as Markdown text, for the CLI: the same section the municipality page shows,
   * without the scenarios (which live in the plugin's test resources).
   *
   * @param catalog the catalog the service belongs to
   * @param service the service
   * @param directory a directory that holds the catalog, to compare published complaint information
   * @param language the language
   * @param date the date the complaint information is compared on
   * @return the text
   */
  public static String service(Catalog catalog, Service service, MunicipalityDirectory directory, Language language,
      LocalDate date) {
    RuleBook book = new RuleBook(language, date, EXAMPLE_STARTS, List.of(catalog), directory, Scenarios.NONE);
    StringBuilder sb = new StringBuilder();
    book.service(sb, catalog, service, true);
    return sb.toString();
  }

  /**
   * Writes the pages into a directory.
   *
   * @param args the directory (default {@code docs/rulebook}, relative to the working directory)
   * @throws IOException if a page cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(Paths.get(args.length > 0 ? args[0] : "docs/rulebook"));
  }

  /**
   * Writes the generated pages into a directory, creating it if needed.
   *
   * @param dir the directory
   * @throws IOException if a page cannot be written
   */
  public static void write(Path dir) throws IOException {
    for (Map.Entry<String, String> e : generate().entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }

  private String t(String nb, String nn, String en) {
    return switch (lang) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }

  private String in(LocalizedText text) {
    return text.in(lang);
  }

  private String header() {
    return "<!-- " + t("Generert av municipalities/rulebook (RuleBook). Ikke rediger for hånd: kjør ",
        "Generert av municipalities/rulebook (RuleBook). Ikkje rediger for hand: køyr ",
        "Generated by municipalities/rulebook (RuleBook). Do not edit by hand: run ") + COMMAND + " -->\n\n";
  }

  private Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("deadlines.md", deadlines());
    pages.put("calendar.md", calendar());
    pages.put("complaints.md", complaints());
    pages.put("municipalities.md", municipalities());
    pages.put("unverified.md", unverified());
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put("README.md", index());
    ordered.putAll(pages);
    if (!ordered.keySet().equals(new LinkedHashSet<>(PAGES))) {
      throw new IllegalStateException("pages out of step with PAGES: " + ordered.keySet());
    }
    return ordered;
  }

  /** The title of a page, as its heading and the HTML navigation show it. */
  static String title(Language l, String page) {
    return switch (page) {
      case "README.md" -> pick(l, "Regelboken", "Regelboka", "The rule book");
      case "deadlines.md" -> pick(l, "Frister", "Fristar", "Deadlines");
      case "calendar.md" -> pick(l, "Kalender", "Kalender", "Calendar");
      case "complaints.md" -> pick(l, "Klageordninger", "Klageordningar", "Complaint regimes");
      case "municipalities.md" -> pick(l, "Kommuner", "Kommunar", "Municipalities");
      case "unverified.md" -> pick(l, "Ikke verifisert", "Ikkje verifisert", "Not verified");
      default -> throw new IllegalArgumentException(page);
    };
  }

  private static String pick(Language l, String nb, String nn, String en) {
    return switch (l) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }

  // ------------------------------------------------------------------------------------------ index

  private String index() {
    StringBuilder sb = new StringBuilder(header());
    sb.append("# ").append(title(lang, "README.md")).append("\n\n")
        .append(t("Denne regelboken er laget av biblioteket selv, fra de samme reglene og dataene som koden regner med. "
                + "Den kan derfor ikke komme i utakt med koden: en test feiler hvis sidene her ikke er generert på nytt "
                + "etter en endring.",
            "Denne regelboka er laga av biblioteket sjølv, frå dei same reglane og dataa som koden reknar med. "
                + "Ho kan difor ikkje kome i utakt med koden: ein test feilar om sidene her ikkje er genererte på nytt "
                + "etter ei endring.",
            "This rule book is made by the library itself, from the same rules and data the code computes with. "
                + "It therefore cannot drift from the code: a test fails when these pages are not generated again "
                + "after a change."))
        .append("\n\n")
        .append(t("Alle datoer er faste: regelboken er laget for ", "Alle datoar er faste: regelboka er laga for ",
            "Every date is fixed: the rule book is made for "))
        .append(d(date))
        .append(t(", og eksemplene starter ", ", og døma startar ", ", and the examples start on "))
        .append(exampleStarts.stream().map(RuleBook::d).collect(Collectors.joining(", ")))
        .append(".\n\n")
        .append(t("| Side | Innhold |", "| Side | Innhald |", "| Page | Contents |")).append("\n|---|---|\n")
        .append("| [").append(title(lang, "deadlines.md")).append("](deadlines.md) | ")
        .append(t("Alle fristregler med hjemmel, starttidspunkt, lengde, forlengelse, tolkninger og utregnede eksempler",
            "Alle fristreglar med heimel, starttidspunkt, lengd, forlenging, tolkingar og utrekna døme",
            "Every deadline rule with its statute, start, period, extension, interpretations and worked examples"))
        .append(" |\n")
        .append("| [").append(title(lang, "calendar.md")).append("](calendar.md) | ")
        .append(t("Helligdager og høytidsdager ", "Heilagdagar og høgtidsdagar ", "Public holidays "))
        .append(date.getYear()).append(t(" og ", " og ", " and ")).append(date.getYear() + 1).append(" |\n")
        .append("| [").append(title(lang, "complaints.md")).append("](complaints.md) | ")
        .append(t("Hver klageordning trinn for trinn for ", "Kvar klageordning steg for steg for ",
            "Each complaint regime step by step for "))
        .append(ROUTE_MUNICIPALITY)
        .append(t(", og organenes navn over tid", ", og namna på organa over tid", ", and the bodies' names over time"))
        .append(" |\n")
        .append("| [").append(title(lang, "municipalities.md")).append("](municipalities.md) | ")
        .append(t("Tjenestene i hver kommune og i den nasjonale standarden: målgruppe, hjemmel, løfter, klageinformasjon, "
                + "kilder og utregnede eksempler",
            "Tenestene i kvar kommune og i den nasjonale standarden: målgruppe, heimel, lovnader, klageinformasjon, "
                + "kjelder og utrekna døme",
            "The services of each municipality and of the national standard: target group, legal basis, promises, "
                + "complaint information, sources and worked examples"))
        .append(" |\n")
        .append("| [").append(title(lang, "unverified.md")).append("](unverified.md) | ")
        .append(t("Lovhenvisninger som ennå ikke er kontrollert mot lovteksten",
            "Lovtilvisingar som enno ikkje er kontrollerte mot lovteksten",
            "Legal references not yet checked against the statute text"))
        .append(" |\n\n")
        .append(t("Regelboken finnes på bokmål, nynorsk og engelsk. Tekster som biblioteket ennå ikke har på nynorsk "
                + "eller engelsk, vises på bokmål.",
            "Regelboka finst på bokmål, nynorsk og engelsk. Tekstar som biblioteket enno ikkje har på nynorsk "
                + "eller engelsk, blir viste på bokmål.",
            "The rule book exists in Norwegian bokmål, nynorsk and English. Texts the library does not yet have in "
                + "nynorsk or English are shown in bokmål."))
        .append('\n');
    return sb.toString();
  }

  // -------------------------------------------------------------------------------------- deadlines

  private String deadlines() {
    StringBuilder sb = new StringBuilder(header());
    sb.append("# ").append(title(lang, "deadlines.md")).append("\n\n")
        .append(t("Periodene telles etter domstolloven § 148: starten regnes ikke med, og en frist i uker, måneder "
                + "eller år ender på dagen med samme navn eller nummer. En frist for å gjøre noe som ender på en "
                + "lørdag, søndag eller helligdag (1. og 17. mai medregnet), forlenges til neste virkedag etter "
                + "domstolloven § 149. 24. og 31. desember er virkedager. Lengste varigheter og absolutte grenser "
                + "forlenges ikke.",
            "Periodane blir talde etter domstollova § 148: starten blir ikkje rekna med, og ei frist i veker, månader "
                + "eller år endar på dagen med same namn eller nummer. Ei frist for å gjere noko som endar på ein "
                + "laurdag, sundag eller heilagdag (1. og 17. mai medrekna), blir forlengd til neste yrkedag etter "
                + "domstollova § 149. 24. og 31. desember er yrkedagar. Lengste varigheiter og absolutte grenser "
                + "blir ikkje forlengde.",
            "Periods are counted under the Courts Act § 148: the start day does not count, and a period in weeks, "
                + "months or years ends on the day with the same name or number. A deadline to do something that "
                + "ends on a Saturday, Sunday or public holiday (1 and 17 May included) is extended to the next "
                + "working day under the Courts Act § 149. 24 and 31 December are working days. Maximum durations "
                + "and absolute limits are not extended."))
        .append("\n\n")
        .append(t("Eksemplene er regnet ut av biblioteket da regelboken ble laget.",
            "Døma er rekna ut av biblioteket då regelboka vart laga.",
            "The examples were computed by the library when the rule book was made."))
        .append("\n\n");
    for (DeadlineRule rule : DeadlineRule.values()) {
      String place = t("Frist: ", "Frist: ", "Deadline: ") + in(rule.title());
      sb.append("## ").append(in(rule.title())).append(" (`").append(rule.id()).append("`)\n\n");
      sb.append(t("- Hjemmel: ", "- Heimel: ", "- Legal basis: "));
      if (rule.legalReference().isPresent()) {
        sb.append(link(use(rule.legalReference().get(), place)));
      } else {
        sb.append(t("ikke lov, men tjenestens eget løfte", "ikkje lov, men tenesta sin eigen lovnad",
            "not law, but the service's own promise"));
      }
      sb.append('\n');
      sb.append(t("- Fristen løper fra: ", "- Fristen går frå: ", "- Runs from: ")).append(in(rule.startEvent()))
          .append('\n');
      sb.append(t("- Lengde: ", "- Lengd: ", "- Period: "));
      if (rule.period().isPresent()) {
        sb.append(rule.period().get().text(lang));
        if (rule.isParameterised()) {
          sb.append(t(" (kan avtales kortere)", " (kan avtalast kortare)", " (may be agreed shorter)"));
        }
      } else if (rule.needsEndDate()) {
        sb.append(t("ingen fast lengde; varer til svangerskapet er over",
            "inga fast lengd; varer til svangerskapet er over", "no fixed period; lasts until the pregnancy ends"));
      } else {
        sb.append(t("fra tjenestens løfte", "frå lovnaden til tenesta", "from the service's promise"));
      }
      sb.append('\n');
      sb.append(t("- Forlengelse: ", "- Forlenging: ", "- Extension: "));
      if (rule.extensionReference().isPresent()) {
        sb.append(t("ja, til neste virkedag (", "ja, til neste yrkedag (", "yes, to the next working day ("))
            .append(link(use(rule.extensionReference().get(), place))).append(')');
      } else if (rule.extendsToWorkingDay()) {
        sb.append(t("ja, til neste virkedag (bibliotekets tolkning, ikke domstolloven § 149)",
            "ja, til neste yrkedag (tolkinga til biblioteket, ikkje domstollova § 149)",
            "yes, to the next working day (the library's reading, not the Courts Act § 149)"));
      } else if (rule.isMaximumDuration()) {
        sb.append(t("nei, en lengste varighet forlenges ikke", "nei, ei lengste varigheit blir ikkje forlengd",
            "no, a maximum duration is not extended"));
      } else {
        sb.append(t("nei, en absolutt grense forlenges ikke (bibliotekets tolkning)",
            "nei, ei absolutt grense blir ikkje forlengd (tolkinga til biblioteket)",
            "no, an absolute limit is not extended (the library's reading)"));
      }
      sb.append('\n');
      DeadlineInterpretations.of(rule).forEach(i -> sb.append(t("- Tolkning: ", "- Tolking: ", "- Interpretation: "))
          .append(in(i)).append('\n'));
      rule.legalReference().map(r -> r.citedOn(date)).flatMap(CitedReference::note)
          .ifPresent(n -> sb.append(t("- Lovendring: ", "- Lovendring: ", "- Change in the law: ")).append(in(n))
              .append('\n'));
      sb.append('\n');
      if (rule.period().isPresent() && !rule.needsEndDate()) {
        sb.append(t("| Start | Frist etter § 148 | Siste dag | Forklaring |",
            "| Start | Frist etter § 148 | Siste dag | Forklaring |",
            "| Start | Deadline under § 148 | Last day | Explanation |")).append("\n|---|---|---|---|\n");
        for (LocalDate start : exampleStarts) {
          Deadline dl = calculator.compute(rule, start);
          sb.append("| ").append(d(start)).append(" | ").append(d(dl.unextendedDue())).append(" | ")
              .append(d(dl.due())).append(" | ").append(dl.trace(lang).replace("|", "\\|")).append(" |\n");
        }
        sb.append('\n');
      } else {
        sb.append(t("Ingen utregnede eksempler: regelen har ingen fast periode.",
            "Ingen utrekna døme: regelen har inga fast periode.",
            "No worked examples: the rule has no fixed period.")).append("\n\n");
      }
    }
    return sb.toString();
  }

  // --------------------------------------------------------------------------------------- calendar

  private String calendar() {
    NorwegianCalendar cal = NorwegianCalendar.standard();
    StringBuilder sb = new StringBuilder(header());
    sb.append("# ").append(title(lang, "calendar.md")).append("\n\n")
        .append(t("Dagene som ikke er virkedager i tillegg til lørdager og søndager: helligdagene (helligdagsloven) "
                + "og de offentlige høytidsdagene 1. og 17. mai. Julaften og nyttårsaften er virkedager.",
            "Dagane som ikkje er yrkedagar i tillegg til laurdagar og sundagar: heilagdagane (helligdagsloven) "
                + "og dei offentlege høgtidsdagane 1. og 17. mai. Julaftan og nyttårsaftan er yrkedagar.",
            "The days that are not working days besides Saturdays and Sundays: the public holidays (the Public "
                + "Holidays Act) and the official flag days 1 and 17 May. Christmas Eve and New Year's Eve are "
                + "working days."))
        .append("\n\n");
    for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
      sb.append("## ").append(year).append("\n\n")
          .append(t("| Dato | Ukedag | Dag | Hjemmel |", "| Dato | Vekedag | Dag | Heimel |",
              "| Date | Weekday | Day | Legal basis |"))
          .append("\n|---|---|---|---|\n");
      for (LocalDate day : cal.holidayDates(year)) {
        for (Holiday h : cal.holidaysOn(day)) {
          sb.append("| ").append(d(day)).append(" | ")
              .append(day.getDayOfWeek().getDisplayName(TextStyle.FULL, lang.locale()))
              .append(" | ").append(in(h.displayName())).append(" | ")
              .append(link(use(h.legalReference(), t("Kalender: ", "Kalender: ", "Calendar: ") + in(h.displayName()))))
              .append(" |\n");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------- complaints

  private String complaints() {
    StringBuilder sb = new StringBuilder(header());
    Catalog catalog = catalogs.stream().filter(c -> c.municipality().name().equals(ROUTE_MUNICIPALITY)).findFirst()
        .orElseThrow(() -> new IllegalStateException(ROUTE_MUNICIPALITY + " plugin not found on the class path"));
    LocalDate start = exampleStarts.get(exampleStarts.size() - 1);
    sb.append("# ").append(title(lang, "complaints.md")).append("\n\n")
        .append(t("Hver ordning vist for ", "Kvar ordning vist for ", "Each regime shown for ")).append(ROUTE_MUNICIPALITY)
        .append(t(" per ", " per ", " on ")).append(d(date))
        .append(t(". Der ordningen har en klagefrist, er den regnet ut fra ",
            ". Der ordninga har ei klagefrist, er ho rekna ut frå ",
            ". Where the regime has a complaint deadline, it is computed from "))
        .append(d(start)).append(".\n\n");
    MunicipalityRef ref = ref(catalog.municipality(), date);
    for (ComplaintRegime regime : ComplaintRegime.values()) {
      String place = t("Klageordning: ", "Klageordning: ", "Complaint regime: ") + in(regime.title());
      sb.append("## ").append(in(regime.title())).append("\n\n");
      sb.append(t("- Hjemmel: ", "- Heimel: ", "- Legal basis: "))
          .append(regime.legalReferences().stream().map(r -> link(use(r, place)))
          .collect(Collectors.joining(", "))).append('\n');
      sb.append(t("- Klagefrist: ", "- Klagefrist: ", "- Complaint deadline: ")).append(regime.deadlineRule()
          .map(r -> in(r.title()) + " (`" + r.id() + "`, " + t("se ", "sjå ", "see ") + "[" + title(lang, "deadlines.md")
              + "](deadlines.md))")
          .orElse(t("ingen", "inga", "none"))).append("\n\n");
      ComplaintRoute route = ComplaintRoutes.standard().route(regime, ref, date, start);
      if (route.steps().isEmpty()) {
        sb.append(t("Ordningen har ingen klagetrinn.", "Ordninga har ingen klagesteg.", "The regime has no complaint steps."))
            .append("\n\n");
      }
      for (ComplaintStep step : route.steps()) {
        sb.append(step.number()).append(". **").append(in(step.body().name())).append("** – ")
            .append(in(step.description()));
        if (step.body().unverified()) {
          sb.append(t(" (navnet på organet er ikke verifisert)", " (namnet på organet er ikkje verifisert)",
              " (the body's name is not verified)"));
        }
        sb.append('\n');
        step.deadline().ifPresent(dl -> sb.append(t("   - Frist: ", "   - Frist: ", "   - Deadline: "))
            .append(dl.trace(lang)).append('\n'));
        if (step.deadline().isEmpty()) {
          step.deadlineRule().ifPresent(r -> sb.append(t("   - Frist: ", "   - Frist: ", "   - Deadline: "))
              .append(in(r.title())).append('\n'));
        }
        if (!step.legalReferences().isEmpty()) {
          sb.append(t("   - Hjemmel: ", "   - Heimel: ", "   - Legal basis: "))
              .append(step.legalReferences().stream().map(r -> link(use(r, place)))
              .collect(Collectors.joining(", "))).append('\n');
        }
        for (ComplaintHelp help : step.help()) {
          sb.append(t("   - Hjelp: ", "   - Hjelp: ", "   - Help: ")).append(in(help.description()));
          help.legalReference().ifPresent(r -> sb.append(" (").append(link(use(r, place))).append(')'));
          sb.append('\n');
        }
      }
      if (!route.timeLimits().isEmpty()) {
        sb.append('\n').append(t("Andre tidsgrenser: ", "Andre tidsgrenser: ", "Other time limits: "))
            .append(route.timeLimits().stream().map(r -> in(r.title())).collect(Collectors.joining("; ")))
            .append(".\n");
      }
      for (LocalizedText note : route.notes()) {
        sb.append("\n> ").append(in(note)).append('\n');
      }
      sb.append('\n');
    }
    authorities(sb);
    return sb.toString();
  }

  /** The names of the bodies over time: the Ombud, the courts, the patient ombud, governors, tribunals. */
  private void authorities(StringBuilder sb) {
    Authorities a = Authorities.standard();
    sb.append("## ").append(t("Organenes navn over tid", "Namna på organa over tid", "The bodies' names over time"))
        .append("\n\n")
        .append(t("Et organ kan ha byttet navn; en klage til det gamle navnet kommer fram til det samme organet. "
                + "Biblioteket bruker navnet som gjaldt på datoen det blir spurt om.",
            "Eit organ kan ha bytt namn; ei klage til det gamle namnet kjem fram til det same organet. "
                + "Biblioteket nyttar namnet som galdt på datoen det blir spurt om.",
            "A body may have changed its name; a complaint to the old name reaches the same body. The library uses "
                + "the name in force on the date asked about."))
        .append("\n\n");
    for (AuthorityKind kind : List.of(AuthorityKind.PARLIAMENTARY_OMBUD, AuthorityKind.PATIENT_AND_USER_OMBUD,
        AuthorityKind.DISTRICT_COURT)) {
      sb.append("### ").append(kindTitle(kind)).append("\n\n");
      nameTable(sb, a.allNames(kind));
    }
    sb.append("### ").append(kindTitle(AuthorityKind.COUNTY_GOVERNOR)).append("\n\n")
        .append(t("Per fylke som finnes ", "Per fylke som finst ", "Per county existing on ")).append(d(date))
        .append(t(", med kontorene som dekket fylket og forgjengerne.",
            ", med kontora som dekte fylket og forgjengarane.",
            ", with the offices that covered the county and its predecessors."))
        .append("\n\n");
    for (County county : County.existingOn(date)) {
      sb.append("#### ").append(county.name()).append("\n\n");
      nameTable(sb, a.countyGovernorHistory(county));
    }
    sb.append("### ").append(kindTitle(AuthorityKind.COERCION_TRIBUNAL)).append("\n\n");
    LocalDate before = LocalDate.of(2022, 12, 31);
    sb.append(t("| Fylke | Nemnd ", "| Fylke | Nemnd ", "| County | Tribunal on ")).append(d(before))
        .append(t(" | Nemnd ", " | Nemnd ", " | Tribunal on ")).append(d(date)).append(" |\n|---|---|---|\n");
    for (County county : County.existingOn(date)) {
      sb.append("| ").append(county.name()).append(" | ");
      Optional<County> then = County.existingOn(before).stream()
          .filter(c -> c.equals(county) || county.predecessors().contains(c)).findFirst();
      sb.append(then.flatMap(c -> a.coercionTribunal(c, before)).map(this::authorityName).orElse("–"));
      sb.append(" | ").append(a.coercionTribunal(county, date).map(this::authorityName).orElse("–")).append(" |\n");
    }
    sb.append('\n');
  }

  private String kindTitle(AuthorityKind kind) {
    return switch (kind) {
      case PARLIAMENTARY_OMBUD -> t("Sivilombudet", "Sivilombodet", "The Parliamentary Ombud");
      case PATIENT_AND_USER_OMBUD -> t("Pasient- og brukerombudet", "Pasient- og brukarombodet",
          "The patient and user ombud");
      case DISTRICT_COURT -> t("Domstolene", "Domstolane", "The courts");
      case COUNTY_GOVERNOR -> t("Statsforvalteren (tidligere Fylkesmannen)", "Statsforvaltaren (tidlegare Fylkesmannen)",
          "The county governor (Statsforvalteren, formerly Fylkesmannen)");
      case COERCION_TRIBUNAL -> t("Nemnda for tvangssaker", "Nemnda for tvangssaker", "The coercion tribunal");
      case MUNICIPALITY, MUNICIPAL_APPEAL_BODY -> t("Kommunen", "Kommunen", "The municipality");
    };
  }

  private String authorityName(Authority x) {
    return in(x.name()) + (x.unverified() ? t(" (ikke verifisert)", " (ikkje verifisert)", " (not verified)") : "");
  }

  private void nameTable(StringBuilder sb, List<Authority> names) {
    sb.append(t("| Navn | Fra | Til |", "| Namn | Frå | Til |", "| Name | From | To |")).append("\n|---|---|---|\n");
    for (Authority x : names) {
      sb.append("| ").append(authorityName(x)).append(" | ")
          .append(x.validFrom().map(RuleBook::d).orElse("–")).append(" | ")
          .append(x.validTo().map(RuleBook::d).orElse("–")).append(" |\n");
    }
    sb.append('\n');
  }

  private static MunicipalityRef ref(Municipality m, LocalDate d) {
    County county = m.countyOn(d)
        .orElseThrow(() -> new IllegalStateException(m.name() + " has no county on " + d));
    if (!county.existsOn(d)) {
      throw new IllegalStateException("county " + county + " did not exist on " + d);
    }
    return MunicipalityRef.builder().name(m.name()).county(county).validFrom(m.validity().from())
        .validTo(m.validity().to()).appealBody(m.appealBody()).build();
  }

  // --------------------------------------------------------------------------------- municipalities

  private String municipalities() {
    StringBuilder sb = new StringBuilder(header());
    sb.append("# ").append(title(lang, "municipalities.md")).append("\n\n")
        .append(t("Tjenestene i kommunene som følger med biblioteket, slik katalogene beskriver dem, og den nasjonale "
                + "standarden som gjelder for alle kommuner. «Ikke oppgitt» betyr at kilden ikke sier det; biblioteket "
                + "gjetter ikke. Hvert faktum står med kilden og datoen det sist ble kontrollert.",
            "Tenestene i kommunane som følgjer med biblioteket, slik katalogane skildrar dei, og den nasjonale "
                + "standarden som gjeld for alle kommunar. «Ikkje oppgitt» tyder at kjelda ikkje seier det; biblioteket "
                + "gjettar ikkje. Kvart faktum står med kjelda og datoen det sist vart kontrollert.",
            "The services of the municipalities bundled with the library, as their catalogs describe them, and the "
                + "national standard that applies to every municipality. \"Not stated\" means the source does not say; "
                + "the library does not guess. Each fact is given with its source and the date it was last checked."))
        .append("\n\n");
    for (Catalog c : catalogs) {
      Municipality m = c.municipality();
      sb.append("## ").append(m.name()).append("\n\n")
          .append(t("- Gyldig: ", "- Gyldig: ", "- Valid: ")).append(m.validity().to()
              .map(to -> d(m.validity().from()) + " – " + d(to))
              .orElse(t("fra ", "frå ", "from ") + d(m.validity().from()))).append('\n');
      m.successor().ifPresent(s -> sb.append(t("- Historisk: kommunen ble slått sammen med andre og finnes ikke lenger. "
              + "Opplysningene gjelder slik de var til ",
          "- Historisk: kommunen vart slått saman med andre og finst ikkje lenger. Opplysningane gjeld slik dei var "
              + "til ",
          "- Historical: the municipality was merged with others and no longer exists. The facts apply as they were "
              + "until "))
          .append(m.validity().to().map(RuleBook::d).orElse("?")).append(t("; etterfølger: ", "; etterfølgjar: ",
              "; successor: ")).append(s.name()).append(" (").append(s.number()).append(t(", fra ", ", frå ", ", from ")).append(d(s.from())).append(")\n"));
      sb.append(t("- Dataversjon: ", "- Dataversjon: ", "- Data version: ")).append(c.dataVersion())
          .append(t(", kontrollert ", ", kontrollert ", ", checked ")).append(d(c.verifiedOn())).append("\n\n");
      for (Service s : c.services()) {
        service(sb, c, s, false);
      }
    }
    baseline(sb);
    return sb.toString();
  }

  /** The national standard service description, as the register module gives it to every municipality. */
  private void baseline(StringBuilder sb) {
    StandardServiceDescription std = StandardServiceDescription.of("nasjonal", "kommunen",
        GENERATION_DATE);
    Source src = std.source();
    sb.append("## ").append(t("Nasjonal standard", "Nasjonal standard", "National standard")).append("\n\n")
        .append(t("Tjenestene i standard tjenestebeskrivelse, som registeret gir hver kommune uten egen katalog. "
                + "Kilde: ",
            "Tenestene i standard tenesteskildring, som registeret gir kvar kommune utan eigen katalog. Kjelde: ",
            "The services of the standard service description, which the register gives every municipality without a "
                + "catalog of its own. Source: "))
        .append(src.title()).append(" (").append(src.publisher()).append(t("; dokumentet ", "; dokumentet ",
            "; the document ")).append(src.document().map(x -> "`" + x + "`").orElse(notStated()))
        .append(t(" i prosjektets kildesamling). Teksten her er standarden selv, så ingen kontrolldato hører til den.",
            " i kjeldesamlinga til prosjektet). Teksten her er standarden sjølv, så inga kontrolldato høyrer til han.",
            " in the project's sources). The text here is the standard itself, so no checked date belongs to it."))
        .append("\n\n");
    sb.append(t("- Hvem tjenestene er for: ", "- Kven tenestene er for: ", "- Who the services are for: "))
        .append(CriterionSentence.sentence(std.eligibility(), lang)).append('\n');
    sb.append(t("- Hvem som kan søke: ", "- Kven som kan søkje: ", "- Who may apply: "))
        .append(CriterionSentence.sentence(std.applicantCriterion(), lang)).append('\n');
    sb.append(t("- Hjemmel: ", "- Heimel: ", "- Legal basis: ")).append(std.legalBasis().stream()
        .map(r -> link(use(r, t("Nasjonal standard", "Nasjonal standard", "National standard"))))
        .collect(Collectors.joining(", "))).append('\n');
    sb.append(t("- Saksbehandlingstid: ", "- Sakshandsamingstid: ", "- Processing time: "))
        .append(promise(std.processingTime())).append('\n');
    sb.append(t("- Klageinformasjon: ", "- Klageinformasjon: ", "- Complaint information: "))
        .append(published(std.complaintInfo(), null)).append("\n\n");
    sb.append(t("| Tjeneste | Id |", "| Teneste | Id |", "| Service | Id |")).append("\n|---|---|\n");
    for (Service s : std.offers()) {
      sb.append("| ").append(in(s.name())).append(" | `").append(s.id()).append("` |\n");
    }
    sb.append('\n');
  }

  private void service(StringBuilder sb, Catalog c, Service s, boolean top) {
    Municipality m = c.municipality();
    String place = m.name() + ": " + in(s.name());
    sb.append(top ? "# " : "### ").append(in(s.name())).append(" (`").append(s.id()).append("`)\n\n");
    if (top) {
      sb.append(m.name()).append(", ").append(t("per ", "per ", "as of ")).append(d(date)).append("\n\n");
    }
    s.description().ifPresent(text -> sb.append(in(text)).append("\n\n"));
    sb.append(t("- Målgrupper: ", "- Målgrupper: ", "- Target groups: ")).append(s.targetGroups().isEmpty()
        ? notStated()
        : s.targetGroups().stream().map(TargetGroup::label).map(this::in).collect(Collectors.joining(", ")))
        .append('\n');
    sb.append(t("- Hvem tjenesten er for: ", "- Kven tenesta er for: ", "- Who the service is for: "))
        .append(s.eligibility().map(k -> CriterionSentence.sentence(k, lang)).orElse(notStated() + "."))
        .append('\n');
    s.eligibility().ifPresent(k -> leaves(k).forEach(l -> sb.append("  - ")
        .append(CriterionSentence.phrase(l, lang)).append(": ").append(basis(l.basis(), s, place, c)).append('\n')));
    sb.append(t("- Hjemmel: ", "- Heimel: ", "- Legal basis: ")).append(s.legalBasis().isEmpty() ? notStated()
        : s.legalBasis().stream().map(r -> link(use(r, place))).collect(Collectors.joining(", "))).append('\n');
    sb.append(t("- Løfter om svartid og varighet: ", "- Lovnader om svartid og varigheit: ",
        "- Promised response times and durations: "));
    if (s.responsePromises().isEmpty()) {
      sb.append(t("ingen publisert", "ingen publisert", "none published")).append('\n');
    } else {
      sb.setLength(sb.length() - 1);
      sb.append('\n');
      s.responsePromises().forEach(p -> sb.append("  - ").append(promise(p)).append('\n'));
    }
    sb.append(t("- Publisert klageinformasjon: ", "- Publisert klageinformasjon: ", "- Published complaint information: "));
    if (s.complaintInfo().isEmpty()) {
      sb.append(t("ingen publisert", "ingen publisert", "none published")).append('\n');
    } else {
      sb.setLength(sb.length() - 1);
      sb.append('\n');
      for (PublishedComplaintInfo info : s.complaintInfo()) {
        sb.append("  - ").append(published(info, c)).append('\n');
      }
      discrepancies(sb, c, s);
    }
    sb.append(t("- Kilder: ", "- Kjelder: ", "- Sources: ")).append(s.sourceIds().isEmpty() ? notStated()
        : s.sourceIds().stream().map(id -> source(c, id)).collect(Collectors.joining("; ")))
        .append(t("; tjenesten kontrollert ", "; tenesta kontrollert ", "; service checked "))
        .append(d(s.verifiedOn())).append("\n\n");
    scenarios.examples(s.id()).ifPresent(list -> examples(sb, c, s, list));
  }

  private String notStated() {
    return t("ikke oppgitt", "ikkje oppgitt", "not stated");
  }

  private String promise(ResponsePromise p) {
    String kind = switch (p.kind()) {
      case TIME_TO_RESPONSE -> t("svartid", "svartid", "time to respond");
      case MAXIMUM_DURATION -> t("lengste varighet", "lengste varigheit", "maximum duration");
      case DURATION -> t("varighet", "varigheit", "duration");
    };
    return in(p.what()) + ": " + p.period().text(lang) + " (" + kind
        + (p.indicative() ? t(", veiledende", ", rettleiande", ", indicative") : "") + ")";
  }

  private String published(PublishedComplaintInfo info, Catalog c) {
    List<String> parts = new ArrayList<>();
    parts.add(switch (info.subject()) {
      case DECISION -> t("klage på vedtak", "klage på vedtak", "complaint against a decision");
      case SERVICE_QUALITY -> t("klage på tjenesten", "klage på tenesta", "complaint about the service");
    });
    parts.add(t("frist ", "frist ", "deadline ") + info.deadline().map(p -> p.text(lang)).orElse(notStated()));
    info.firstInstance().ifPresent(f -> parts.add(t("først til ", "først til ", "first to ") + f));
    parts.add(t("klageorgan ", "klageorgan ", "complaint body ") + info.body());
    info.nextBody().ifPresent(n -> parts.add(t("deretter ", "deretter ", "then ") + n));
    parts.add(t("kilde: ", "kjelde: ", "source: ") + (c == null ? "`" + info.sourceId() + "`" : source(c, info.sourceId())));
    return String.join("; ", parts);
  }

  private void discrepancies(StringBuilder sb, Catalog c, Service s) {
    Municipality m = c.municipality();
    LocalDate on = m.validity().to().filter(end -> end.isBefore(c.verifiedOn())).orElse(c.verifiedOn());
    List<ComplaintDiscrepancy> found;
    try {
      MunicipalityLookup answer = directory.lookup(m.id(), on);
      if (!(answer instanceof MunicipalityLookup.Found)) {
        throw new IllegalStateException(m.name() + " is not found on " + on + ": " + answer);
      }
      found = directory.complaintDiscrepancies((MunicipalityLookup.Found) answer, s);
    } catch (RusomsorgException e) {
      throw new IllegalStateException("complaint information of " + s.id() + " cannot be compared: " + e.getMessage(), e);
    }
    sb.append(t("  - Sammenlignet med loven per ", "  - Samanlikna med lova per ", "  - Compared with the law on "))
        .append(d(on)).append(": ");
    if (found.isEmpty()) {
      sb.append(t("ingen avvik", "ingen avvik", "no discrepancy")).append('\n');
      return;
    }
    sb.append(t("avvik", "avvik", "discrepancies")).append('\n');
    for (ComplaintDiscrepancy x : found) {
      sb.append("    - ").append(in(x.explanation()));
      x.legalReference().ifPresent(r -> sb.append(" (").append(link(use(r, m.name() + ": " + in(s.name()))))
          .append(')'));
      sb.append('\n');
    }
  }

  private void examples(StringBuilder sb, Catalog c, Service s, List<Scenarios.Example> list) {
    sb.append("#### ").append(t("Utregnede eksempler fra pluginens scenarioer", "Utrekna døme frå scenarioa til "
            + "programtillegget", "Worked examples from the plugin's scenarios")).append(" (`")
        .append(s.id()).append("`)\n\n")
        .append(t("Hvert eksempel er en scenariotest i ", "Kvart døme er ein scenariotest i ",
            "Each example is a scenario test in "))
        .append("`").append(list.get(0).file()).append("`")
        .append(t("; svaret og begrunnelsene er det biblioteket gir i dag.",
            "; svaret og grunngjevingane er det biblioteket gir i dag.",
            "; the answer and reasons are what the library gives today."))
        .append("\n\n");
    for (Scenarios.Example e : list) {
      sb.append("- **").append(e.name()).append("** (").append(d(e.date())).append(")\n");
      sb.append(t("  - Opplysninger: ", "  - Opplysningar: ", "  - Facts: ")).append("`").append(e.personJson())
          .append("`\n");
      Optional<no.rusomsorg.core.eligibility.Verdict> v = s.evaluate(e.person(), e.date());
      if (v.isEmpty()) {
        sb.append(t("  - Svar: tjenesten har ingen vilkår", "  - Svar: tenesta har ingen vilkår",
            "  - Answer: the service has no criterion")).append('\n');
        continue;
      }
      sb.append(t("  - Svar: ", "  - Svar: ", "  - Answer: ")).append(in(s.answer(v.get()))).append(" (`")
          .append(v.get().outcome()).append("`");
      if (!e.expected().equals(v.get().outcome().name())) {
        sb.append(t("; scenarioet venter ", "; scenarioet ventar ", "; the scenario expects ")).append("`")
            .append(e.expected()).append("`");
      }
      sb.append(")\n");
      v.get().reasons().forEach(r -> sb.append(t("  - Grunn: ", "  - Grunn: ", "  - Reason: "))
          .append(in(r.explanation())).append('\n'));
      if (!v.get().missingFacts().isEmpty()) {
        sb.append(t("  - Mangler: ", "  - Manglar: ", "  - Missing: ")).append(v.get().missingFacts().stream()
            .map(f -> "`" + f + "`").collect(Collectors.joining(", "))).append('\n');
      }
    }
    sb.append('\n');
  }

  private String basis(Basis b, Service s, String place, Catalog c) {
    List<String> parts = new ArrayList<>();
    b.legalReference().ifPresent(r -> parts.add(link(use(r, place))));
    b.sourceIds(s.sourceIds()).forEach(id -> parts.add(source(c, id)));
    if (b.citesServiceSources()) {
      return parts.isEmpty() ? t("tjenestens kilder (ikke oppgitt)", "kjeldene til tenesta (ikkje oppgitt)",
          "the service's sources (not stated)")
          : t("tjenestens kilder: ", "kjeldene til tenesta: ", "the service's sources: ") + String.join("; ", parts);
    }
    return parts.isEmpty() ? t("grunnlag ikke oppgitt", "grunnlag ikkje oppgitt", "basis not stated")
        : String.join(", ", parts);
  }

  private String source(Catalog c, String id) {
    Optional<Source> s = c.source(id);
    return s.map(this::sourceText).orElse("`" + id + "`");
  }

  private String sourceText(Source s) {
    return s.url().map(u -> "[" + s.title() + "](" + u + ")").orElse(s.title())
        + " (" + s.publisher() + t(", kontrollert ", ", kontrollert ", ", checked ") + d(s.verifiedOn()) + ")";
  }

  /** The leaves of a criterion, in order. */
  static List<Criterion.Leaf> leaves(Criterion c) {
    List<Criterion.Leaf> out = new ArrayList<>();
    c.accept(Leaves.INSTANCE, out);
    return out;
  }

  // ------------------------------------------------------------------------------------- unverified

  private String unverified() {
    StringBuilder sb = new StringBuilder(header());
    sb.append("# ").append(title(lang, "unverified.md")).append("\n\n")
        .append(t("Lovhenvisninger som bygger på sekundærkilder og ikke er kontrollert mot lovteksten. De skal ikke "
                + "presenteres som sikker rett. Listen er samlet fra fristreglene, kalenderen, klageordningene og "
                + "kommunekatalogene i denne regelboken.",
            "Lovtilvisingar som byggjer på sekundærkjelder og ikkje er kontrollerte mot lovteksten. Dei skal ikkje "
                + "presenterast som sikker rett. Lista er samla frå fristreglane, kalenderen, klageordningane og "
                + "kommunekatalogane i denne regelboka.",
            "Legal references that rest on secondary sources and have not been checked against the statute text. "
                + "They must not be presented as settled law. The list is collected from the deadline rules, the "
                + "calendar, the complaint regimes and the municipal catalogs in this rule book."))
        .append("\n\n");
    List<ReferenceUse> list = references.values().stream().filter(u -> u.unverified).collect(Collectors.toList());
    if (list.isEmpty()) {
      sb.append(t("Ingen.", "Ingen.", "None.")).append('\n');
    }
    for (ReferenceUse u : list) {
      sb.append("- ").append(link(u.reference)).append(t(" – brukt i: ", " – brukt i: ", " – used in: "))
          .append(String.join("; ", u.places)).append('\n');
    }
    sb.append('\n').append(t("Totalt ", "Totalt ", "In all ")).append(references.size())
        .append(t(" ulike henvisninger i regelboken, ", " ulike tilvisingar i regelboka, ",
            " different references in the rule book, "))
        .append(list.size()).append(t(" av dem ikke verifisert.", " av dei ikkje verifiserte.", " of them not verified."))
        .append('\n');
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------- helpers

  private LegalReference use(LegalReference r, String place) {
    ReferenceUse u = references.computeIfAbsent(key(r), k -> new ReferenceUse(r));
    u.places.add(place);
    if (r.unverified()) {
      u.unverified = true;
    }
    return r;
  }

  /** The key of a reference: its citation without the paragraph, which is the unit the law table verifies. */
  static String key(LegalReference r) {
    return r.act().shortName() + " § " + r.section();
  }

  private String link(LegalReference r) {
    return "[" + r.citation() + "](" + r.lovdataUrl() + ")"
        + (r.unverified() ? t(" (ikke verifisert)", " (ikkje verifisert)", " (not verified)") : "");
  }

  static String d(LocalDate date) {
    return DATE.format(date);
  }

  /** Every scenario file of the plugins, for {@link Scenarios#read(Path)}. */
  static Stream<Path> scenarioFiles(Path root) throws IOException {
    Path municipalities = root.resolve("municipalities");
    if (!Files.isDirectory(municipalities)) {
      return Stream.empty();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(municipalities)) {
      for (Path dir : dirs.sorted().collect(Collectors.toList())) {
        Path scenarios = dir.resolve("src/test/resources/scenarios");
        if (Files.isDirectory(scenarios)) {
          try (Stream<Path> files = Files.list(scenarios)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(out::add);
          }
        }
      }
    }
    return out.stream();
  }
}
