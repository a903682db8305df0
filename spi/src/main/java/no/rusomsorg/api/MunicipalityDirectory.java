package no.rusomsorg.api;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;
import no.rusomsorg.register.baseline.BaselineCatalogs;
import no.rusomsorg.register.internal.RegisterAnswer;
import no.rusomsorg.register.internal.RegisterLookup;
import org.jspecify.annotations.Nullable;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.complaint.ComplaintDiscrepancy;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.api.ProviderException.Reason;
import no.rusomsorg.api.MunicipalityRegistry.LoadedProvider;
import org.jspecify.annotations.Nullable;

/**
 * Queries over the catalogs of a {@link MunicipalityRegistry}, each answered as of a date.
 *
 * <p>Start with {@link #lookup(String, LocalDate)}: its {@link MunicipalityLookup.Existing} answers
 * ({@link MunicipalityLookup.Found} from a plugin, {@link MunicipalityLookup.NationalBaseline} from the
 * national register) are what the other queries take, so that they can only be asked about a municipality that existed on the date
 * (never about Søgne in 2026, which had merged into Kristiansand by then).
 *
 * <p>Immutable and thread-safe; obtain it from {@link MunicipalityRegistry#directory()}.
 */
public final class MunicipalityDirectory {
  private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");
  private final List<Catalog> catalogs;
  private final boolean national;

  MunicipalityDirectory(List<LoadedProvider> providers, boolean national) {
    List<Catalog> list = new ArrayList<>();
    for (LoadedProvider p : providers) {
      list.add(p.catalog());
    }
    this.catalogs = Collections.unmodifiableList(list);
    this.national = national;
  }

  /**
   * Every registered catalog, in provider-name order.
   *
   * @return the catalogs
   */
  public List<Catalog> catalogs() {
    return catalogs;
  }

  /**
   * Finds a municipality by number (four digits; old numbers too, so 1102 finds Sandnes and 1201
   * Bergen) or by name (any official form, ignoring case and diacritics: "tromso", "Guovdageaidnu") or
   * plugin id, as of a date. A plugin's municipality is answered from the plugin ({@link
   * MunicipalityLookup.Found}); any other municipality in the national register from 2018-01-01 with
   * the national baseline ({@link MunicipalityLookup.NationalBaseline}); merged, split, renumbered and
   * not yet established municipalities with their successors as the register states them. Only an
   * {@link MunicipalityLookup.Existing} answer gives services as current; see {@link MunicipalityLookup}
   * for the other answers and how to branch on them.
   *
   * @param numberOrName four digits, or a name such as {@code "Søgne"}
   * @param date the date asked about
   * @return the answer; never null
   * @throws NullPointerException if the query or the date is null
   * @throws InvalidValueException if the query is blank or has digits but not four
   */
  public MunicipalityLookup lookup(String numberOrName, LocalDate date) {
    Objects.requireNonNull(numberOrName, "numberOrName");
    Objects.requireNonNull(date, "date");
    if (numberOrName.isBlank()) {
      throw new InvalidValueException("municipality", Rule.NOT_BLANK, "give a municipality number or name");
    }
    String q = numberOrName.trim();
    if (isDigits(q)) {
      return lookup(q, MunicipalityNumber.of("municipality", q), date, 0);
    }
    String wanted = q.toLowerCase(Locale.ROOT);
    for (Catalog c : catalogs) {
      if (c.municipality().name().toLowerCase(Locale.ROOT).equals(wanted)
          || c.municipality().id().equals(wanted)) {
        return answer(q, date, c, 0);
      }
    }
    return national(q, date, 0);
  }

  /**
   * Finds a municipality by number as of a date. A number that a plugin's municipality had on that date
   * wins over one that a plugin's municipality used at another time; the national register answers for
   * numbers no plugin has had.
   *
   * @param number the number
   * @param date the date asked about
   * @return the answer; never null
   * @throws NullPointerException if the number or the date is null
   */
  public MunicipalityLookup lookup(MunicipalityNumber number, LocalDate date) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    return lookup(number.toString(), number, date, 0);
  }

  /**
   * Every municipality that existed on a date, in number order: each plugin's municipality as
   * {@link MunicipalityLookup.Found}, every other municipality of the national register (from
   * 2018-01-01) as {@link MunicipalityLookup.NationalBaseline}. 357 on 2026-12-02 with the register;
   * before 2018 (or without the register) only the plugins' municipalities.
   *
   * @param date the date
   * @return the answers, one per municipality
   * @throws NullPointerException if the date is null
   */
  public List<MunicipalityLookup.Existing> municipalitiesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<MunicipalityLookup.Existing> out = new ArrayList<>();
    Set<String> pluginNumbers = new HashSet<>();
    for (Catalog c : catalogs) {
      Optional<MunicipalityNumber> n = c.municipality().numberOn(date);
      if (n.isPresent()) {
        pluginNumbers.add(n.get().value());
        out.add(new MunicipalityLookup.Found(n.get().value(), date, c));
      }
    }
    if (national && !date.isBefore(NationalRegister.FIRST_DAY)) {
      for (RegisteredMunicipality period : NationalRegister.standard().municipalitiesOn(date)) {
        if (!pluginNumbers.contains(period.number())) {
          out.add(new MunicipalityLookup.NationalBaseline(period.number(), date,
              BaselineCatalogs.standard().catalogFor(period), period));
        }
      }
    }
    out.sort(Comparator.comparing(MunicipalityLookup.Existing::number));
    return Collections.unmodifiableList(out);
  }

  private static boolean isDigits(String q) {
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private MunicipalityLookup lookup(String query, MunicipalityNumber number, LocalDate date, int depth) {
    for (Catalog c : catalogs) {
      if (c.municipality().numberOn(date).filter(number::equals).isPresent()) {
        return answer(query, date, c, depth);
      }
    }
    for (Catalog c : catalogs) {
      if (c.municipality().hadNumber(number)) {
        return answer(query, date, c, depth);
      }
    }
    return national(query, date, depth);
  }

  /**
   * The national register's answer for a query no plugin matched; a municipality that a plugin supplies
   * (found by another name form or number) is answered from the plugin.
   */
  private MunicipalityLookup national(String query, LocalDate date, int depth) {
    if (!national) {
      return new MunicipalityLookup.Unknown(query, date);
    }
    boolean before = date.isBefore(NationalRegister.FIRST_DAY);
    RegisterAnswer a = RegisterLookup.standard().lookup(query, before ? NationalRegister.FIRST_DAY : date);
    if (a instanceof RegisterAnswer.Unknown && isBaselineId(query)) { // "bergen-4601": the id of a baseline
      String number = query.substring(query.length() - 4);
      MunicipalityLookup byNumber = lookup(number, MunicipalityNumber.of(number), date, depth); // query: the number
      return municipalityOf(byNumber).filter(m -> m.id().equals(query)).isPresent()
          ? byNumber : new MunicipalityLookup.Unknown(query, date);
    }
    if (before) {
      return beforeRegister(query, date, a, depth);
    }
    if (a instanceof RegisterAnswer.Found) {
      return current(query, ((RegisterAnswer.Found) a).municipality(), date, depth);
    }
    if (a instanceof RegisterAnswer.Ambiguous) {
      List<MunicipalityLookup> candidates = new ArrayList<>();
      for (RegisteredMunicipality m : ((RegisterAnswer.Ambiguous) a).candidates()) {
        candidates.add(lookup(m.number(), MunicipalityNumber.of(m.number()), date, depth + 1));
      }
      return new MunicipalityLookup.Ambiguous(query, date, candidates);
    }
    if (a instanceof RegisterAnswer.NotYetEstablished) {
      RegisteredMunicipality first = ((RegisterAnswer.NotYetEstablished) a).first();
      Catalog plugin = pluginWith(first);
      if (plugin != null) {
        return answer(query, date, plugin, depth);
      }
      Municipality m = NationalRegister.standard().municipality(first);
      Optional<MunicipalityNumber> then = m.numberOn(date);
      if (then.isPresent()) { // the number is later, the municipality was there (3101 on 2019-06-01: Halden 0101)
        return current(query, RegisterLookup.standard().on(then.get().value(), date), date, depth);
      }
      return new MunicipalityLookup.NotYetEstablished(query, date, m);
    }
    if (a instanceof RegisterAnswer.Dissolved) {
      return dissolved(query, date, (RegisterAnswer.Dissolved) a, depth);
    }
    return new MunicipalityLookup.Unknown(query, date);
  }

  private MunicipalityLookup beforeRegister(String query, LocalDate date, RegisterAnswer onFirstDay, int depth) {
    if (!(onFirstDay instanceof RegisterAnswer.Found)) {
      return new MunicipalityLookup.Unknown(query, date);
    }
    RegisteredMunicipality period = ((RegisterAnswer.Found) onFirstDay).municipality();
    Catalog plugin = pluginWith(period);
    if (plugin != null) {
      return answer(query, date, plugin, depth);
    }
    Municipality m = NationalRegister.standard().municipality(period);
    return m.existedBeforeDataOn(date) ? new MunicipalityLookup.ExistedNoData(query, date, m)
        : new MunicipalityLookup.NotYetEstablished(query, date, m);
  }

  /** Whether a query has the form of a baseline municipality's id: lower-case name parts and four digits. */
  private static boolean isBaselineId(String q) {
    int n = q.length();
    return n > 5 && q.charAt(n - 5) == '-' && isDigits(q.substring(n - 4)) && q.equals(q.toLowerCase(Locale.ROOT));
  }

  private static Optional<Municipality> municipalityOf(MunicipalityLookup l) {
    if (l instanceof MunicipalityLookup.Existing) {
      return Optional.of(((MunicipalityLookup.Existing) l).municipality());
    } else if (l instanceof MunicipalityLookup.Merged) {
      return Optional.of(((MunicipalityLookup.Merged) l).former());
    } else if (l instanceof MunicipalityLookup.Ended) {
      return Optional.of(((MunicipalityLookup.Ended) l).former());
    } else if (l instanceof MunicipalityLookup.ExistedNoData) {
      return Optional.of(((MunicipalityLookup.ExistedNoData) l).municipality());
    } else if (l instanceof MunicipalityLookup.NotYetEstablished) {
      return Optional.of(((MunicipalityLookup.NotYetEstablished) l).municipality());
    }
    return Optional.empty();
  }

  /** A register period valid on the date: the plugin that has its number then, or the baseline. */
  private MunicipalityLookup current(String query, RegisteredMunicipality period, LocalDate date, int depth) {
    for (Catalog c : catalogs) {
      if (c.municipality().numberOn(date).filter(n -> n.value().equals(period.number())).isPresent()) {
        return answer(query, date, c, depth);
      }
    }
    return new MunicipalityLookup.NationalBaseline(query, date, BaselineCatalogs.standard().catalogFor(period),
        period);
  }

  /** The plugin whose municipality had the period's number during the period, if any. */
  private @Nullable Catalog pluginWith(RegisteredMunicipality period) {
    LocalDate day = period.validFrom().orElse(NationalRegister.FIRST_DAY);
    for (Catalog c : catalogs) {
      if (c.municipality().numberOn(day).filter(n -> n.value().equals(period.number())).isPresent()) {
        return c;
      }
    }
    return null;
  }

  /**
   * A number or name that ended before the date. Renumbered only (Halden 0101 → 3001 → 3101): the
   * municipality as it is on the date. Ended on the register's first day (a number of 2017): its
   * successor on the date. Otherwise merged (one successor) or ended (split), with the register's
   * successors.
   */
  private MunicipalityLookup dissolved(String query, LocalDate date, RegisterAnswer.Dissolved d, int depth) {
    boolean renumberedOnly = d.successors().size() == 1;
    for (no.rusomsorg.register.Change c : d.changes()) {
      renumberedOnly &= c.kind() == no.rusomsorg.register.ChangeKind.RENUMBERED;
    }
    RegisteredMunicipality former = d.former();
    if (renumberedOnly || (former.validFrom().isEmpty() && d.successors().size() == 1)) {
      return current(query, d.successors().get(0), date, depth);
    }
    if (former.validFrom().isEmpty()) {
      List<MunicipalityLookup> candidates = new ArrayList<>();
      for (RegisteredMunicipality m : d.successors()) {
        candidates.add(current(m.number(), m, date, depth + 1));
      }
      return candidates.size() == 1 ? candidates.get(0) : new MunicipalityLookup.Ambiguous(query, date, candidates);
    }
    Catalog plugin = pluginWith(former);
    if (plugin != null) {
      return answer(query, date, plugin, depth);
    }
    Municipality m = NationalRegister.standard().municipality(former);
    if (m.isValidOn(date)) {
      return current(query, former, date, depth);
    }
    Catalog history = BaselineCatalogs.standard().formerCatalogFor(former);
    if (m.successor().isPresent()) {
      Successor s = m.successor().get();
      return new MunicipalityLookup.Merged(query, date, history, s,
          lookup(s.number().toString(), s.number(), date, depth + 1));
    }
    return new MunicipalityLookup.Ended(query, date, history, successors(d));
  }

  private static List<Successor> successors(RegisterAnswer.Dissolved d) {
    LocalDate from = d.changes().get(0).date();
    List<Successor> out = new ArrayList<>();
    for (RegisteredMunicipality m : d.successors()) {
      out.add(Successor.of(MunicipalityNumber.of(m.number()), m.name(), from));
    }
    return out;
  }

  /**
   * The answer for a catalog on a date. A merged municipality's successor is looked up by its number on
   * the same date, following later mergers; {@code depth} stops a cycle between catalogs that name each
   * other as successors (a data error across plugins) after every catalog was visited: the successor is
   * then answered as unknown. An ended municipality's successors come from the register.
   */
  private MunicipalityLookup answer(String query, LocalDate date, Catalog c, int depth) {
    Municipality m = c.municipality();
    if (m.isValidOn(date)) {
      return new MunicipalityLookup.Found(query, date, c);
    }
    if (m.existedBeforeDataOn(date)) {
      return new MunicipalityLookup.ExistedNoData(query, date, m);
    }
    if (date.isBefore(m.validity().from())) {
      return new MunicipalityLookup.NotYetEstablished(query, date, m);
    }
    if (m.successor().isEmpty()) {
      return new MunicipalityLookup.Ended(query, date, c, registerSuccessors(m, date));
    }
    Successor s = m.successor().get();
    MunicipalityLookup next = depth >= catalogs.size()
        ? new MunicipalityLookup.Unknown(s.number().toString(), date)
        : lookup(s.number().toString(), s.number(), date, depth + 1);
    return new MunicipalityLookup.Merged(query, date, c, s, next);
  }

  /** The successors the register states for a plugin's ended municipality; empty if it does not know it. */
  private List<Successor> registerSuccessors(Municipality m, LocalDate date) {
    if (!national || date.isBefore(NationalRegister.FIRST_DAY)) {
      return List.of();
    }
    RegisterAnswer a = RegisterLookup.standard().lookup(m.latestNumber().value(), date);
    return a instanceof RegisterAnswer.Dissolved ? successors((RegisterAnswer.Dissolved) a) : List.of();
  }

  /**
   * The services of a kind offered on a date, across the plugins' municipalities that existed then (the
   * national baseline is the same for every other municipality and is not repeated here).
   *
   * @param kind the kind
   * @param date the date
   * @return the matching services, each with its municipality as found on the date
   * @throws NullPointerException if the kind or the date is null
   */
  public List<ServiceInCatalog> servicesOfKind(ServiceKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    List<ServiceInCatalog> out = new ArrayList<>();
    for (Catalog c : catalogs) {
      if (!c.municipality().isValidOn(date)) {
        continue;
      }
      MunicipalityLookup.Found found = null;
      for (Service s : c.servicesOn(date)) {
        if (s.kind() == kind) {
          if (found == null) {
            found = new MunicipalityLookup.Found(c.municipality().id(), date, c);
          }
          out.add(new ServiceInCatalog(found, s));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whom to contact for a service at a moment: the contact points of its units that are open or
   * answered then, and otherwise each contact point's next opening and its fallback.
   *
   * <p>Takes a {@link MunicipalityLookup.Existing} rather than a catalog, so that a merged municipality's
   * contact points cannot be given as current; the moment must fall on a day (in Europe/Oslo) on which
   * the municipality existed.
   *
   * @param municipality the municipality, as found on a date
   * @param service a service of its catalog
   * @param at the moment (any zone; opening hours are in Europe/Oslo)
   * @return the contact advice, one entry per contact point, open ones first
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the moment falls on a day the municipality did not exist, or the
   *     service is not one of its catalog's
   */
  public List<ContactAdvice> contactsAt(MunicipalityLookup.Existing municipality, Service service, ZonedDateTime at) {
    requireFound(municipality, service);
    Objects.requireNonNull(at, "at");
    Catalog catalog = municipality.catalog();
    requireService(catalog, service);
    LocalDate day = at.withZoneSameInstant(OSLO).toLocalDate();
    if (!catalog.municipality().isValidOn(day)) {
      throw new InvalidValueException("at", Rule.RANGE, catalog.municipality().name() + " did not exist on " + day
          + "; look the municipality up on that day");
    }
    List<ContactAdvice> open = new ArrayList<>();
    List<ContactAdvice> closed = new ArrayList<>();
    for (Unit u : catalog.unitsOf(service)) {
      for (ContactPoint cp : u.contactPoints()) {
        ContactAdvice advice = ContactAdvice.of(u, cp, at);
        (advice.openNow() ? open : closed).add(advice);
      }
    }
    open.addAll(closed);
    return Collections.unmodifiableList(open);
  }

  /**
   * The services a municipality offered on the date it was found, each with the verdict of its
   * eligibility criterion for a person's facts on that date (explained: reasons and missing facts). A
   * service without a criterion has no verdict: the source says nothing about who may get it.
   *
   * @param municipality the municipality, as found on the evaluation date
   * @param facts what is known about the person
   * @return the services with their verdicts, in catalog order
   * @throws NullPointerException if the municipality or the facts are null
   */
  public List<ServiceVerdict> eligibility(MunicipalityLookup.Existing municipality, PersonFacts facts) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(facts, "facts");
    LocalDate date = municipality.date();
    List<ServiceVerdict> out = new ArrayList<>();
    for (Service s : municipality.services()) {
      out.add(new ServiceVerdict(s, s.eligibility().isPresent()
          ? s.eligibility().get().evaluate(facts, date) : null));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The complaint route for a service as of the date the municipality was found, without a deadline: a
   * decision complaint follows the regime of the service's legal basis
   * ({@link ComplaintRegime#forLegalBasis(List)}: the municipality's own appeal body for a municipal
   * decision under no special act, the county governor under pbrl, hol, sosialtjenesteloven or
   * boligsosialloven, the tribunal and the district court for coercion, no route for detention on own
   * consent); a complaint about the quality of a service follows the service-complaint route. The
   * municipality's appeal body is named as its catalog names it ({@link Municipality#appealBody()}), or
   * "kommunens klagenemnd" when the catalog does not. Bodies are named as on the date.
   *
   * @param municipality the municipality, as found on the date
   * @param service a service of its catalog
   * @param subject what the complaint is about
   * @return the route
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the service's legal basis gives no single regime, or the service is
   *     not one of the catalog's
   */
  public ComplaintRoute complaintRoute(MunicipalityLookup.Existing municipality, Service service,
      ComplaintSubject subject) {
    requireFound(municipality, service);
    Objects.requireNonNull(subject, "subject");
    requireService(municipality.catalog(), service);
    ComplaintRegime regime = regimeOf(service, subject);
    return ComplaintRoutes.standard().route(regime, municipalityRef(municipality), municipality.date());
  }

  /**
   * The complaint route as {@link #complaintRoute(MunicipalityLookup.Existing, Service, ComplaintSubject)}
   * gives it, with the deadline of each step computed from a start.
   *
   * @param municipality the municipality, as found on the date
   * @param service a service of its catalog
   * @param subject what the complaint is about
   * @param deadlineStart when notice of the decision reached the person (fvl) or they got sufficient
   *     knowledge to complain (pbrl)
   * @return the route, with deadlines
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the service's legal basis gives no single regime, the service is
   *     not one of the catalog's, or the start is not a valid start for the deadline
   */
  public ComplaintRoute complaintRoute(MunicipalityLookup.Existing municipality, Service service,
      ComplaintSubject subject, LocalDate deadlineStart) {
    requireFound(municipality, service);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(deadlineStart, "deadlineStart");
    requireService(municipality.catalog(), service);
    ComplaintRegime regime = regimeOf(service, subject);
    return ComplaintRoutes.standard().route(regime, municipalityRef(municipality), municipality.date(),
        deadlineStart);
  }

  /**
   * Where what a municipality publishes about complaints for a service disagrees with the statutory
   * route on the date the municipality was found (an outdated body name, a deadline of three weeks where
   * the law gives four).
   *
   * @param municipality the municipality, as found on the date
   * @param service a service of its catalog
   * @return the discrepancies, for every subject the service publishes complaint information for
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the service is not one of the catalog's, or its legal basis gives
   *     no single regime
   */
  public List<ComplaintDiscrepancy> complaintDiscrepancies(MunicipalityLookup.Existing municipality, Service service) {
    requireFound(municipality, service);
    requireService(municipality.catalog(), service);
    LocalDate date = municipality.date();
    List<ComplaintDiscrepancy> out = new ArrayList<>();
    MunicipalityRef ref = municipalityRef(municipality);
    for (PublishedComplaintInfo info : service.complaintInfo()) {
      if (info.subject() == ComplaintSubject.DECISION && service.legalBasis().isEmpty()) {
        continue;
      }
      out.addAll(ComplaintRoutes.standard().compare(info,
          regimeOf(service, info.subject()), ref, date));
    }
    return Collections.unmodifiableList(out);
  }

  private static ComplaintRegime regimeOf(Service service, ComplaintSubject subject) {
    return subject == ComplaintSubject.SERVICE_QUALITY
        ? ComplaintRegime.SERVICE_COMPLAINT
        : ComplaintRegime.forLegalBasis(service.legalBasis());
  }

  private static void requireFound(MunicipalityLookup.Existing municipality, Service service) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(service, "service");
  }

  /** The service must be the catalog's own (by id and content), not one of another catalog's. */
  private static void requireService(Catalog catalog, Service service) {
    if (!catalog.service(service.id()).filter(service::equals).isPresent()) {
      throw new InvalidValueException("service", Rule.REFERENCE, "service " + InvalidValueException.quote(service.id())
          + " is not in the catalog of " + catalog.municipality().name());
    }
  }

  /**
   * The municipality as the complaint package knows it: its name and its county on the date it was found.
   *
   * @param found the municipality as found on a date
   * @return the reference
   * @throws InvalidValueException if its county is not a Norwegian county known on that date
   */
  static MunicipalityRef municipalityRef(MunicipalityLookup.Existing found) {
    Municipality m = found.municipality();
    LocalDate date = found.date();
    NumberPeriod period = m.numberPeriodOn(date).orElseThrow();
    County county = period.county();
    if (!county.existsOn(date)) {
      throw new InvalidValueException("municipality.numbers.county", Rule.REFERENCE, "county " + county
          + " did not exist on " + date);
    }
    return MunicipalityRef.builder().name(m.name()).county(county).appealBody(m.appealBody()).build();
  }

  static void checkNoOverlaps(List<LoadedProvider> loaded) {
    for (int i = 0; i < loaded.size(); i++) {
      for (int j = i + 1; j < loaded.size(); j++) {
        LoadedProvider a = loaded.get(i);
        LoadedProvider b = loaded.get(j);
        Municipality ma = a.catalog().municipality();
        Municipality mb = b.catalog().municipality();
        if (ma.id().equals(mb.id())) {
          throw duplicate(a, b, "both supply municipality '" + ma.id() + "'");
        }
        for (NumberPeriod pa : ma.numbers()) {
          for (NumberPeriod pb : mb.numbers()) {
            if (pa.number().equals(pb.number()) && overlaps(pa, pb)) {
              throw duplicate(a, b, "both claim municipality number " + pa.number() + " for overlapping dates");
            }
          }
        }
      }
    }
  }

  private static boolean overlaps(NumberPeriod a, NumberPeriod b) {
    LocalDate aEnd = a.validity().to().orElse(LocalDate.MAX);
    LocalDate bEnd = b.validity().to().orElse(LocalDate.MAX);
    return !a.validity().from().isAfter(bEnd) && !b.validity().from().isAfter(aEnd);
  }

  private static ProviderException duplicate(LoadedProvider a, LoadedProvider b, String what) {
    return new ProviderException(b.name(), Reason.DUPLICATE_MUNICIPALITY, "municipality",
        "'" + a.name() + "' and '" + b.name() + "' " + what, null);
  }

  /**
   * A service together with its municipality, as found on the date asked about.
   *
   * @param municipality the municipality, found on the date; pass it to
   *     {@link #contactsAt(MunicipalityLookup.Existing, Service, ZonedDateTime)} or
   *     {@link #complaintRoute(MunicipalityLookup.Existing, Service, ComplaintSubject)}
   * @param service the service, offered on the date
   */
  public record ServiceInCatalog(MunicipalityLookup.Existing municipality, Service service) {
    /**
     * Creates the pair.
     *
     * @param municipality the municipality, found on the date
     * @param service the service
     * @throws NullPointerException if an argument is null
     */
    public ServiceInCatalog {
      Objects.requireNonNull(municipality, "municipality");
      Objects.requireNonNull(service, "service");
    }
  }

  /**
   * A service and, when it has an eligibility criterion, the verdict for a person. Given by
   * {@link #eligibility(MunicipalityLookup.Existing, PersonFacts)}; applications read it and do not create
   * it. Immutable; equal when both parts are equal.
   */
  public static final class ServiceVerdict {
    private final Service service;
    private final @Nullable Verdict verdict;

    ServiceVerdict(Service service, @Nullable Verdict verdict) {
      this.service = Objects.requireNonNull(service, "service");
      this.verdict = verdict;
    }

    /**
     * The service.
     *
     * @return the service
     */
    public Service service() {
      return service;
    }

    /**
     * The verdict of the service's eligibility criterion for the person.
     *
     * @return the verdict, empty when the service has no criterion (its source says nothing about who may
     *     get it)
     */
    public Optional<Verdict> verdict() {
      return Optional.ofNullable(verdict);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ServiceVerdict v && service.equals(v.service) && Objects.equals(verdict, v.verdict);
    }

    @Override
    public int hashCode() {
      return Objects.hash(service, verdict);
    }

    @Override
    public String toString() {
      return "ServiceVerdict{service=" + service.id() + ", verdict=" + (verdict == null ? "none" : verdict.outcome())
          + "}";
    }
  }
}
