package no.rusomsorg.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.calendar.Holiday;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.complaint.ComplaintHelp;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.law.CitedReference;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.api.MunicipalityRegistry;

/**
 * The rule book: Markdown pages generated from the library's running rules and the bundled plugins'
 * data, so that the text a lawyer or caseworker reads cannot drift from what the code computes.
 *
 * <p>Every date is a fixed input ({@link #GENERATION_DATE}, {@link #EXAMPLE_STARTS}); nothing reads
 * the system clock, so the same code and data always give the same pages. The pages are committed
 * under {@code docs/rulebook}; {@code RuleBookUpToDateTest} fails when they are stale. See ADR 0015.
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

  /** The page names, in the order of the index. */
  public static final List<String> PAGES = List.of("README.md", "deadlines.md", "calendar.md", "complaints.md",
      "municipalities.md", "unverified.md");

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final String HEADER = "<!-- Generert av municipalities/rulebook (RuleBook). Ikke rediger for hånd: "
      + "kjør mvn -B -o -q test -pl municipalities/rulebook -am -Drulebook.write=true "
      + "-Dtest=RuleBookUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false -->\n\n";

  private final LocalDate date;
  private final List<LocalDate> exampleStarts;
  private final List<Catalog> catalogs;
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

  private RuleBook(LocalDate date, List<LocalDate> exampleStarts, List<Catalog> catalogs) {
    this.date = date;
    this.exampleStarts = exampleStarts;
    this.catalogs = catalogs;
  }

  /**
   * Generates the pages for the bundled plugins found on the class path, on {@link #GENERATION_DATE}.
   *
   * @return page name to Markdown text, in index order
   */
  public static Map<String, String> generate() {
    List<Catalog> catalogs = MunicipalityRegistry.discover().providers().stream()
        .map(MunicipalityRegistry.LoadedProvider::catalog)
        .sorted(Comparator.comparing(c -> c.municipality().name()))
        .collect(Collectors.toList());
    return new RuleBook(GENERATION_DATE, EXAMPLE_STARTS, catalogs).pages();
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
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : generate().entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
    }
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
    return Collections.unmodifiableMap(ordered);
  }

  // ------------------------------------------------------------------------------------------ index

  private String index() {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# Regelboken\n\n")
        .append("Denne regelboken er laget av biblioteket selv, fra de samme reglene og dataene som koden regner med. ")
        .append("Den kan derfor ikke komme i utakt med koden: en test feiler hvis sidene her ikke er generert på nytt ")
        .append("etter en endring.\n\n")
        .append("Alle datoer er faste: regelboken er laget for ").append(d(date))
        .append(", og eksemplene starter ")
        .append(exampleStarts.stream().map(RuleBook::d).collect(Collectors.joining(", ")))
        .append(".\n\n")
        .append("| Side | Innhold |\n|---|---|\n")
        .append("| [Frister](deadlines.md) | Alle fristregler med hjemmel, starttidspunkt, lengde, forlengelse og "
            + "utregnede eksempler |\n")
        .append("| [Kalender](calendar.md) | Helligdager og høytidsdager ").append(date.getYear()).append(" og ")
        .append(date.getYear() + 1).append(" |\n")
        .append("| [Klageordninger](complaints.md) | Hver klageordning trinn for trinn, for ")
        .append(ROUTE_MUNICIPALITY).append(" |\n")
        .append("| [Kommuner](municipalities.md) | Tjenestene i hver kommune med målgruppe, hjemmel og kilder |\n")
        .append("| [Ikke verifisert](unverified.md) | Lovhenvisninger som ennå ikke er kontrollert mot lovteksten |\n\n")
        .append("Teksten er på bokmål. En HTML-utgave, nynorsk og engelsk utgave kommer senere (se ADR 0015).\n");
    return sb.toString();
  }

  // -------------------------------------------------------------------------------------- deadlines

  private String deadlines() {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# Frister\n\n")
        .append("Periodene telles etter domstolloven § 148: starten regnes ikke med, og en frist i uker, måneder ")
        .append("eller år ender på dagen med samme navn eller nummer. En frist for å gjøre noe som ender på en ")
        .append("lørdag, søndag eller helligdag (1. og 17. mai medregnet), forlenges til neste virkedag etter ")
        .append("domstolloven § 149. 24. og 31. desember er virkedager. Lengste varigheter og absolutte grenser ")
        .append("forlenges ikke.\n\n")
        .append("Eksemplene er regnet ut av biblioteket da regelboken ble laget.\n\n");
    for (DeadlineRule rule : DeadlineRule.values()) {
      sb.append("## ").append(rule.title().nb()).append(" (`").append(rule.id()).append("`)\n\n");
      sb.append("- Hjemmel: ");
      if (rule.legalReference().isPresent()) {
        sb.append(link(use(rule.legalReference().get(), "Frist: " + rule.title().nb())));
      } else {
        sb.append("ikke lov, men tjenestens eget løfte");
      }
      sb.append('\n');
      sb.append("- Fristen løper fra: ").append(rule.startEvent().nb()).append('\n');
      sb.append("- Lengde: ");
      if (rule.period().isPresent()) {
        sb.append(rule.period().get().text(Language.NB));
        if (rule.isParameterised()) {
          sb.append(" (kan avtales kortere)");
        }
      } else if (rule.needsEndDate()) {
        sb.append("ingen fast lengde; varer til svangerskapet er over");
      } else {
        sb.append("fra tjenestens løfte");
      }
      sb.append('\n');
      sb.append("- Forlengelse: ");
      if (rule.extensionReference().isPresent()) {
        sb.append("ja, til neste virkedag (")
            .append(link(use(rule.extensionReference().get(), "Frist: " + rule.title().nb()))).append(')');
      } else if (rule.extendsToWorkingDay()) {
        sb.append("ja, til neste virkedag (bibliotekets tolkning, ikke domstolloven § 149)");
      } else if (rule.isMaximumDuration()) {
        sb.append("nei, en lengste varighet forlenges ikke");
      } else {
        sb.append("nei, en absolutt grense forlenges ikke (bibliotekets tolkning)");
      }
      sb.append('\n');
      interpretations(rule).forEach(i -> sb.append("- Tolkning: ").append(i).append('\n'));
      rule.legalReference().map(r -> r.citedOn(date)).flatMap(CitedReference::note)
          .ifPresent(n -> sb.append("- Lovendring: ").append(n.nb()).append('\n'));
      sb.append('\n');
      if (rule.period().isPresent() && !rule.needsEndDate()) {
        sb.append("| Start | Frist etter § 148 | Siste dag | Forklaring |\n|---|---|---|---|\n");
        for (LocalDate start : exampleStarts) {
          Deadline dl = calculator.compute(rule, start);
          sb.append("| ").append(d(start)).append(" | ").append(d(dl.unextendedDue())).append(" | ")
              .append(d(dl.due())).append(" | ").append(dl.trace(Language.NB).replace("|", "\\|")).append(" |\n");
        }
        sb.append('\n');
      } else {
        sb.append("Ingen utregnede eksempler: regelen har ingen fast periode.\n\n");
      }
    }
    return sb.toString();
  }

  /** The open interpretations the library has recorded for a rule, in short bokmål. */
  private static List<String> interpretations(DeadlineRule rule) {
    List<String> out = new ArrayList<>();
    switch (rule) {
      case FVL_LATE_COMPLAINT_BAR:
        out.add("grensen gjelder makten til å behandle en for sen klage, ikke en frist for parten; derfor "
            + "ingen forlengelse etter § 149.");
        break;
      case COERCION_DECISION_LAPSE:
        out.add("grensen begrenser tvang og er skrevet som forløpt tid; forlengelse ville utvide tvangen (ADR 0010).");
        break;
      case TSB_REFERRAL_ASSESSMENT:
        out.add("loven sier ikke om lørdag er en virkedag; biblioteket regner lørdag som fridag (ADR 0012). "
            + "Fristen er kortere ved mistanke om alvorlig sykdom, som regnestykket ikke kan vite.");
        break;
      case COERCION_COURT_REVIEW:
        out.add("kildene gir to måneder, men ikke hva som starter fristen; biblioteket bruker dagen vedtaket "
            + "ble gjort kjent for personen.");
        break;
      case OMBUD_COMPLAINT:
        out.add("ettårsregelen er kontrollert, paragrafnummeret er ikke.");
        break;
      case RESPONSE_PROMISE:
        out.add("et løfte som ender på en fridag, flyttes til neste virkedag fordi tjenesten svarer på "
            + "virkedager.");
        break;
      default:
        break;
    }
    return out;
  }

  // --------------------------------------------------------------------------------------- calendar

  private String calendar() {
    NorwegianCalendar cal = NorwegianCalendar.standard();
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# Kalender\n\n")
        .append("Dagene som ikke er virkedager i tillegg til lørdager og søndager: helligdagene (helligdagsloven) ")
        .append("og de offentlige høytidsdagene 1. og 17. mai. Julaften og nyttårsaften er virkedager.\n\n");
    for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
      sb.append("## ").append(year).append("\n\n| Dato | Ukedag | Dag | Hjemmel |\n|---|---|---|---|\n");
      for (LocalDate day : cal.holidayDates(year)) {
        for (Holiday h : cal.holidaysOn(day)) {
          sb.append("| ").append(d(day)).append(" | ")
              .append(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Language.NB.locale()))
              .append(" | ").append(h.displayName().nb()).append(" | ")
              .append(link(use(h.legalReference(), "Kalender: " + h.displayName().nb()))).append(" |\n");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------------- complaints

  private String complaints() {
    StringBuilder sb = new StringBuilder(HEADER);
    Optional<Catalog> catalog = catalogs.stream()
        .filter(c -> c.municipality().name().equals(ROUTE_MUNICIPALITY)).findFirst();
    LocalDate start = exampleStarts.get(exampleStarts.size() - 1);
    sb.append("# Klageordninger\n\n")
        .append("Hver ordning vist for ").append(ROUTE_MUNICIPALITY).append(" per ").append(d(date))
        .append(". Der ordningen har en klagefrist, er den regnet ut fra ").append(d(start)).append(".\n\n");
    if (catalog.isEmpty()) {
      throw new IllegalStateException(ROUTE_MUNICIPALITY + " plugin not found on the class path");
    }
    MunicipalityRef ref = ref(catalog.get().municipality(), date);
    for (ComplaintRegime regime : ComplaintRegime.values()) {
      String place = "Klageordning: " + regime.title().nb();
      sb.append("## ").append(regime.title().nb()).append("\n\n");
      sb.append("- Hjemmel: ").append(regime.legalReferences().stream().map(r -> link(use(r, place)))
          .collect(Collectors.joining(", "))).append('\n');
      sb.append("- Klagefrist: ").append(regime.deadlineRule()
          .map(r -> r.title().nb() + " (`" + r.id() + "`, se [Frister](deadlines.md))").orElse("ingen")).append("\n\n");
      ComplaintRoute route = ComplaintRoutes.standard().route(regime, ref, date, start);
      if (route.steps().isEmpty()) {
        sb.append("Ordningen har ingen klagetrinn.\n\n");
      }
      for (ComplaintStep step : route.steps()) {
        sb.append(step.number()).append(". **").append(step.body().name().nb()).append("** – ")
            .append(step.description().nb());
        if (step.body().unverified()) {
          sb.append(" (navnet på organet er ikke verifisert)");
        }
        sb.append('\n');
        step.deadline().ifPresent(dl -> sb.append("   - Frist: ").append(dl.trace(Language.NB)).append('\n'));
        if (step.deadline().isEmpty()) {
          step.deadlineRule().ifPresent(r -> sb.append("   - Frist: ").append(r.title().nb()).append('\n'));
        }
        if (!step.legalReferences().isEmpty()) {
          sb.append("   - Hjemmel: ").append(step.legalReferences().stream().map(r -> link(use(r, place)))
              .collect(Collectors.joining(", "))).append('\n');
        }
        for (ComplaintHelp help : step.help()) {
          sb.append("   - Hjelp: ").append(help.description().nb());
          help.legalReference().ifPresent(r -> sb.append(" (").append(link(use(r, place))).append(')'));
          sb.append('\n');
        }
      }
      if (!route.timeLimits().isEmpty()) {
        sb.append("\nAndre tidsgrenser: ").append(route.timeLimits().stream().map(r -> r.title().nb())
            .collect(Collectors.joining("; "))).append(".\n");
      }
      for (var note : route.notes()) {
        sb.append("\n> ").append(note.nb()).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
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
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# Kommuner\n\n")
        .append("Tjenestene i kommunene som følger med biblioteket, slik katalogene beskriver dem. ")
        .append("«Ikke oppgitt» betyr at kilden ikke sier det; biblioteket gjetter ikke.\n\n");
    for (Catalog c : catalogs) {
      Municipality m = c.municipality();
      sb.append("## ").append(m.name()).append("\n\n")
          .append("- Gyldig: ").append(m.validity().to().map(t -> d(m.validity().from()) + " – " + d(t))
              .orElse("fra " + d(m.validity().from()))).append('\n')
          .append("- Dataversjon: ").append(c.dataVersion()).append(", kontrollert ").append(d(c.verifiedOn()))
          .append("\n\n");
      for (Service s : c.services()) {
        String place = m.name() + ": " + s.name().nb();
        sb.append("### ").append(s.name().nb()).append(" (`").append(s.id()).append("`)\n\n");
        s.description().ifPresent(t -> sb.append(t.nb()).append("\n\n"));
        sb.append("- Målgrupper: ").append(s.targetGroups().isEmpty() ? "ikke oppgitt"
            : s.targetGroups().stream().map(TargetGroup::label).map(t -> t.nb())
                .collect(Collectors.joining(", "))).append('\n');
        sb.append("- Hvem tjenesten er for: ")
            .append(s.eligibility().map(k -> capitalize(sentence(k, true)) + ".").orElse("ikke oppgitt."))
            .append('\n');
        s.eligibility().ifPresent(k -> leaves(k).forEach(l -> sb.append("  - ").append(sentence(l, true))
            .append(": ").append(basis(l.basis(), s, place, c)).append('\n')));
        sb.append("- Hjemmel: ").append(s.legalBasis().isEmpty() ? "ikke oppgitt"
            : s.legalBasis().stream().map(r -> link(use(r, place))).collect(Collectors.joining(", "))).append('\n');
        sb.append("- Kilder: ").append(s.sourceIds().isEmpty() ? "ikke oppgitt"
            : s.sourceIds().stream().map(id -> source(c, id)).collect(Collectors.joining("; "))).append("\n\n");
      }
    }
    return sb.toString();
  }

  private String basis(Basis b, Service s, String place, Catalog c) {
    List<String> parts = new ArrayList<>();
    b.legalReference().ifPresent(r -> parts.add(link(use(r, place))));
    b.sourceIds(s.sourceIds()).forEach(id -> parts.add(source(c, id)));
    if (b.citesServiceSources()) {
      return parts.isEmpty() ? "tjenestens kilder (ikke oppgitt)" : "tjenestens kilder: " + String.join("; ", parts);
    }
    return parts.isEmpty() ? "grunnlag ikke oppgitt" : String.join(", ", parts);
  }

  private static String source(Catalog c, String id) {
    Optional<Source> s = c.source(id);
    if (s.isEmpty()) {
      return "`" + id + "`";
    }
    return s.get().url().map(u -> "[" + s.get().title() + "](" + u + ")").orElse(s.get().title())
        + " (" + s.get().publisher() + ")";
  }

  /** The leaves of a criterion, in order. */
  static List<Criterion.Leaf> leaves(Criterion c) {
    List<Criterion.Leaf> out = new ArrayList<>();
    c.accept(LEAVES, out);
    return out;
  }

  /** Collects the leaves of a criterion. */
  private static final Criterion.Visitor<Void, List<Criterion.Leaf>> LEAVES = new Criterion.Visitor<>() {
    private Void add(Criterion.Leaf c, List<Criterion.Leaf> out) {
      out.add(c);
      return null;
    }

    @Override
    public Void minimumAge(Criterion.MinimumAge c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void residency(Criterion.Residency c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void role(Criterion.HasRole c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void pregnant(Criterion.Pregnant c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void homeless(Criterion.Homeless c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void coOccurringMentalIllness(Criterion.CoOccurringMentalIllness c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void inLar(Criterion.InLar c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void notStated(Criterion.NotStated c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void described(Criterion.Described c, List<Criterion.Leaf> out) {
      return add(c, out);
    }

    @Override
    public Void all(Criterion.All c, List<Criterion.Leaf> out) {
      c.of().forEach(x -> x.accept(this, out));
      return null;
    }

    @Override
    public Void any(Criterion.Any c, List<Criterion.Leaf> out) {
      c.of().forEach(x -> x.accept(this, out));
      return null;
    }

    @Override
    public Void not(Criterion.Not c, List<Criterion.Leaf> out) {
      return c.criterion().accept(this, out);
    }
  };

  /**
   * A criterion as a bokmål phrase about the person, such as "er minst 18 år og bor i kommunen". Every
   * kind has its own phrase ({@link Phrase} is a {@link Criterion.Visitor}, so a new kind does not
   * compile until it has one).
   */
  static String sentence(Criterion c, boolean top) {
    return c.accept(PHRASE, top);
  }

  private static final Phrase PHRASE = new Phrase();

  /** The phrase of each kind of criterion; the argument says whether it stands at the top. */
  private static final class Phrase implements Criterion.Visitor<String, Boolean> {
    @Override
    public String minimumAge(Criterion.MinimumAge c, Boolean top) {
      return "er minst " + c.years() + " år";
    }

    @Override
    public String residency(Criterion.Residency c, Boolean top) {
      Set<MunicipalityRelation> accepted = c.accepted();
      String s = accepted.stream().sorted().map(MunicipalityRelation::description)
          .map(t -> t.nb()).collect(Collectors.joining(" eller "));
      return top || accepted.size() < 2 ? s : "(" + s + ")";
    }

    @Override
    public String role(Criterion.HasRole c, Boolean top) {
      return switch (c.role()) {
        case SUBSTANCE_PROBLEM -> "har et rusproblem";
        case RELATIVE -> "er pårørende til noen med et rusproblem";
        case PARTNER_AGENCY -> "henvender seg som samarbeidspartner eller fagperson";
      };
    }

    @Override
    public String pregnant(Criterion.Pregnant c, Boolean top) {
      return "er gravid";
    }

    @Override
    public String homeless(Criterion.Homeless c, Boolean top) {
      return "er bostedsløs";
    }

    @Override
    public String coOccurringMentalIllness(Criterion.CoOccurringMentalIllness c, Boolean top) {
      return "har både et rusproblem og en psykisk lidelse";
    }

    @Override
    public String inLar(Criterion.InLar c, Boolean top) {
      return "er i legemiddelassistert rehabilitering (LAR)";
    }

    @Override
    public String proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney c, Boolean top) {
      return "opptrer for en annen med fullmakt";
    }

    @Override
    public String notStated(Criterion.NotStated c, Boolean top) {
      return "(kilden oppgir ikke hvem tjenesten er for)";
    }

    @Override
    public String described(Criterion.Described c, Boolean top) {
      return "«" + c.condition().nb() + "»";
    }

    @Override
    public String all(Criterion.All c, Boolean top) {
      return group(flatten(c.of(), true), " og ", top);
    }

    @Override
    public String any(Criterion.Any c, Boolean top) {
      return group(flatten(c.of(), false), " eller ", top);
    }

    @Override
    public String not(Criterion.Not c, Boolean top) {
      return "ikke: " + sentence(c.criterion(), false);
    }
  }

  /** The operands of an All (or Any), with nested operands of the same kind lifted. */
  private static List<Criterion> flatten(List<Criterion> of, boolean all) {
    List<Criterion> out = new ArrayList<>();
    for (Criterion x : of) {
      x.accept(new Criterion.Visitor<Void, Void>() {
        private Void keep(Criterion c) {
          out.add(c);
          return null;
        }

        @Override
        public Void minimumAge(Criterion.MinimumAge c, Void p) {
          return keep(c);
        }

        @Override
        public Void residency(Criterion.Residency c, Void p) {
          return keep(c);
        }

        @Override
        public Void role(Criterion.HasRole c, Void p) {
          return keep(c);
        }

        @Override
        public Void pregnant(Criterion.Pregnant c, Void p) {
          return keep(c);
        }

        @Override
        public Void homeless(Criterion.Homeless c, Void p) {
          return keep(c);
        }

        @Override
        public Void coOccurringMentalIllness(Criterion.CoOccurringMentalIllness c, Void p) {
          return keep(c);
        }

        @Override
        public Void inLar(Criterion.InLar c, Void p) {
          return keep(c);
        }

        @Override
        public Void proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney c, Void p) {
          return keep(c);
        }

        @Override
        public Void notStated(Criterion.NotStated c, Void p) {
          return keep(c);
        }

        @Override
        public Void described(Criterion.Described c, Void p) {
          return keep(c);
        }

        @Override
        public Void all(Criterion.All c, Void p) {
          if (all) {
            out.addAll(flatten(c.of(), true));
            return null;
          }
          return keep(c);
        }

        @Override
        public Void any(Criterion.Any c, Void p) {
          if (!all) {
            out.addAll(flatten(c.of(), false));
            return null;
          }
          return keep(c);
        }

        @Override
        public Void not(Criterion.Not c, Void p) {
          return keep(c);
        }
      }, null);
    }
    return out;
  }

  private static String group(List<Criterion> of, String joiner, boolean top) {
    String s = of.stream().map(x -> sentence(x, false)).collect(Collectors.joining(joiner));
    return top || of.size() < 2 ? s : "(" + s + ")";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ------------------------------------------------------------------------------------- unverified

  private String unverified() {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# Ikke verifisert\n\n")
        .append("Lovhenvisninger som bygger på sekundærkilder og ikke er kontrollert mot lovteksten. De skal ikke ")
        .append("presenteres som sikker rett. Listen er samlet fra fristreglene, kalenderen, klageordningene og ")
        .append("kommunekatalogene i denne regelboken.\n\n");
    List<ReferenceUse> list = unverifiedReferences();
    if (list.isEmpty()) {
      sb.append("Ingen.\n");
    }
    for (ReferenceUse u : list) {
      sb.append("- ").append(link(u.reference)).append(" – brukt i: ").append(String.join("; ", u.places))
          .append('\n');
    }
    sb.append("\nTotalt ").append(references.size()).append(" ulike henvisninger i regelboken, ")
        .append(list.size()).append(" av dem ikke verifisert.\n");
    return sb.toString();
  }

  private List<ReferenceUse> unverifiedReferences() {
    return references.values().stream().filter(u -> u.unverified).collect(Collectors.toList());
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

  private static String link(LegalReference r) {
    return "[" + r.citation() + "](" + r.lovdataUrl() + ")" + (r.unverified() ? " (ikke verifisert)" : "");
  }

  static String d(LocalDate date) {
    return DATE.format(date);
  }
}
