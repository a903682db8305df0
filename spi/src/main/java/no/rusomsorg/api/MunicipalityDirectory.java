package no.rusomsorg.api;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Start with {@link #lookup(String, LocalDate)}: its {@link MunicipalityLookup.Found} answer is what
 * the other queries take, so that they can only be asked about a municipality that existed on the date
 * (never about Søgne in 2026, which had merged into Kristiansand by then).
 *
 * <p>Immutable and thread-safe; obtain it from {@link MunicipalityRegistry#directory()}.
 */
public final class MunicipalityDirectory {
  private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");
  private final List<Catalog> catalogs;

  MunicipalityDirectory(List<LoadedProvider> providers) {
    List<Catalog> list = new ArrayList<>();
    for (LoadedProvider p : providers) {
      list.add(p.catalog());
    }
    this.catalogs = Collections.unmodifiableList(list);
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
   * Finds a municipality by number (four digits; old numbers too, so 1102 finds Sandnes) or by name or
   * id (ignoring case), as of a date. Only a {@link MunicipalityLookup.Found} answer gives services as
   * current; see {@link MunicipalityLookup} for the other answers and how to branch on them.
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
    if (q.chars().allMatch(Character::isDigit)) {
      return lookup(q, MunicipalityNumber.of("municipality", q), date, 0);
    }
    String wanted = q.toLowerCase(Locale.ROOT);
    for (Catalog c : catalogs) {
      if (c.municipality().name().toLowerCase(Locale.ROOT).equals(wanted)
          || c.municipality().id().equals(wanted)) {
        return answer(q, date, c, 0);
      }
    }
    return new MunicipalityLookup.Unknown(q, date);
  }

  /**
   * Finds a municipality by number as of a date. A number that another municipality used on that date
   * wins over one that this municipality used at another time.
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
    return new MunicipalityLookup.Unknown(query, date);
  }

  /**
   * The answer for a catalog on a date. A merged municipality's successor is looked up by its number on
   * the same date, following later mergers; {@code depth} stops a cycle between catalogs that name each
   * other as successors (a data error across plugins) after every catalog was visited: the successor is
   * then answered as unknown.
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
      return new MunicipalityLookup.Ended(query, date, c);
    }
    Successor s = m.successor().get();
    MunicipalityLookup next = depth >= catalogs.size()
        ? new MunicipalityLookup.Unknown(s.number().toString(), date)
        : lookup(s.number().toString(), s.number(), date, depth + 1);
    return new MunicipalityLookup.Merged(query, date, c, s, next);
  }

  /**
   * The services of a kind offered on a date, across all municipalities that existed then.
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
   * <p>Takes a {@link MunicipalityLookup.Found} rather than a catalog, so that a merged municipality's
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
  public List<ContactAdvice> contactsAt(MunicipalityLookup.Found municipality, Service service, ZonedDateTime at) {
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
  public List<ServiceVerdict> eligibility(MunicipalityLookup.Found municipality, PersonFacts facts) {
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
  public ComplaintRoute complaintRoute(MunicipalityLookup.Found municipality, Service service,
      ComplaintSubject subject) {
    requireFound(municipality, service);
    Objects.requireNonNull(subject, "subject");
    requireService(municipality.catalog(), service);
    ComplaintRegime regime = regimeOf(service, subject);
    return ComplaintRoutes.standard().route(regime, municipalityRef(municipality), municipality.date());
  }

  /**
   * The complaint route as {@link #complaintRoute(MunicipalityLookup.Found, Service, ComplaintSubject)}
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
  public ComplaintRoute complaintRoute(MunicipalityLookup.Found municipality, Service service,
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
  public List<ComplaintDiscrepancy> complaintDiscrepancies(MunicipalityLookup.Found municipality, Service service) {
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

  private static void requireFound(MunicipalityLookup.Found municipality, Service service) {
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
  static MunicipalityRef municipalityRef(MunicipalityLookup.Found found) {
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
   *     {@link #contactsAt(MunicipalityLookup.Found, Service, ZonedDateTime)} or
   *     {@link #complaintRoute(MunicipalityLookup.Found, Service, ComplaintSubject)}
   * @param service the service, offered on the date
   */
  public record ServiceInCatalog(MunicipalityLookup.Found municipality, Service service) {
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
   * {@link #eligibility(MunicipalityLookup.Found, PersonFacts)}; applications read it and do not create
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
