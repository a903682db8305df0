package no.rusomsorg.api;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

/**
 * Queries over the catalogs of a {@link MunicipalityRegistry}, each answered as of a date.
 *
 * <p>Immutable and thread-safe; obtain it from {@link MunicipalityRegistry#directory()}.
 */
public final class MunicipalityDirectory {
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
   * Finds a municipality by number (four digits; old numbers too, so 1102 finds Sandnes) or by name
   * (ignoring case), as of a date.
   *
   * @param numberOrName four digits, or a name such as {@code "Søgne"}
   * @param date the date asked about
   * @return the answer; never null
   * @throws InvalidValueException if the query is blank or the date is missing
   */
  public MunicipalityLookup lookup(String numberOrName, LocalDate date) {
    if (numberOrName == null || numberOrName.isBlank()) {
      throw new InvalidValueException("municipality", Rule.NOT_BLANK, "give a municipality number or name");
    }
    requireDate(date);
    String q = numberOrName.trim();
    if (q.chars().allMatch(Character::isDigit)) {
      return lookup(MunicipalityNumber.of("municipality", q), date);
    }
    String wanted = q.toLowerCase(Locale.ROOT);
    for (Catalog c : catalogs) {
      if (c.municipality().name().toLowerCase(Locale.ROOT).equals(wanted)
          || c.municipality().id().equals(wanted)) {
        return answer(q, date, c);
      }
    }
    return unknown(q, date);
  }

  /**
   * Finds a municipality by number as of a date. A number that another municipality used on that date
   * wins over one that this municipality used at another time.
   *
   * @param number the number
   * @param date the date asked about
   * @return the answer; never null
   */
  public MunicipalityLookup lookup(MunicipalityNumber number, LocalDate date) {
    requireDate(date);
    if (number == null) {
      throw new InvalidValueException("municipality", Rule.REQUIRED, "a municipality number is required");
    }
    for (Catalog c : catalogs) {
      if (c.municipality().numberOn(date).filter(number::equals).isPresent()) {
        return answer(number.toString(), date, c);
      }
    }
    for (Catalog c : catalogs) {
      if (c.municipality().hadNumber(number)) {
        return answer(number.toString(), date, c);
      }
    }
    return unknown(number.toString(), date);
  }

  private MunicipalityLookup answer(String query, LocalDate date, Catalog c) {
    Municipality m = c.municipality();
    if (m.isValidOn(date)) {
      return new MunicipalityLookup(MunicipalityLookup.Status.FOUND, query, date, Optional.of(c),
          m.numberOn(date), Optional.empty(), Optional.empty());
    }
    if (m.existedBeforeDataOn(date)) {
      return new MunicipalityLookup(MunicipalityLookup.Status.EXISTED_NO_DATA, query, date, Optional.of(c),
          Optional.empty(), Optional.empty(), Optional.empty());
    }
    if (date.isBefore(m.validity().from())) {
      return new MunicipalityLookup(MunicipalityLookup.Status.NOT_YET_ESTABLISHED, query, date, Optional.of(c),
          Optional.empty(), Optional.empty(), Optional.empty());
    }
    Optional<Successor> successor = m.successor();
    Optional<Catalog> successorCatalog = successor.flatMap(s -> catalogs.stream()
        .filter(other -> other.municipality().numberOn(date).filter(s.number()::equals).isPresent())
        .findFirst());
    return new MunicipalityLookup(MunicipalityLookup.Status.MERGED, query, date, Optional.of(c),
        Optional.empty(), successor, successorCatalog);
  }

  private static MunicipalityLookup unknown(String query, LocalDate date) {
    return new MunicipalityLookup(MunicipalityLookup.Status.UNKNOWN, query, date, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The services of a kind offered on a date, across all municipalities that existed then.
   *
   * @param kind the kind
   * @param date the date
   * @return the matching services with their catalogs
   */
  public List<ServiceInCatalog> servicesOfKind(ServiceKind kind, LocalDate date) {
    requireDate(date);
    List<ServiceInCatalog> out = new ArrayList<>();
    for (Catalog c : catalogs) {
      if (!c.municipality().isValidOn(date)) {
        continue;
      }
      for (Service s : c.servicesOn(date)) {
        if (s.kind() == kind) {
          out.add(new ServiceInCatalog(c, s));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whom to contact for a service at a moment: the contact points of its units that are open or
   * answered then, and otherwise each contact point's next opening and its fallback.
   *
   * @param catalog the catalog
   * @param service a service of that catalog
   * @param at the moment (any zone; opening hours are in Europe/Oslo)
   * @return the contact advice, one entry per contact point, open ones first
   */
  public List<ContactAdvice> contactsAt(Catalog catalog, Service service, ZonedDateTime at) {
    if (at == null) {
      throw new InvalidValueException("at", Rule.REQUIRED, "a moment is required");
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
   * The services of a municipality offered on a date, each with the verdict of its eligibility
   * criterion for a person's facts (explained: reasons and missing facts). A service without a
   * criterion has no verdict: the source says nothing about who may get it.
   *
   * @param catalog the municipality's catalog
   * @param facts what is known about the person
   * @param date the evaluation date
   * @return the services with their verdicts, in catalog order
   */
  public List<ServiceVerdict> eligibility(Catalog catalog, PersonFacts facts, LocalDate date) {
    requireDate(date);
    if (catalog == null || facts == null) {
      throw new InvalidValueException(catalog == null ? "catalog" : "facts", Rule.REQUIRED, "is required");
    }
    List<ServiceVerdict> out = new ArrayList<>();
    for (Service s : catalog.servicesOn(date)) {
      Optional<Verdict> verdict = s.eligibility().isPresent()
          ? Optional.of(s.eligibility().get().evaluate(facts, date)) : Optional.empty();
      out.add(new ServiceVerdict(s, verdict));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The complaint route for a service as of a date: a decision complaint follows the regime of the
   * service's legal basis ({@link ComplaintRegime#forLegalBasis(List)}: the municipality's own appeal body
   * for a municipal decision under no special act, the county governor under pbrl, hol,
   * sosialtjenesteloven or boligsosialloven, the tribunal and the district court for coercion, no route for
   * detention on own consent); a complaint about the quality of a service follows the service-complaint
   * route. The municipality's appeal body is named as its catalog names it
   * ({@link Municipality#appealBody()}), or "kommunens klagenemnd" when the catalog does not.
   *
   * @param catalog the municipality's catalog
   * @param service a service of that catalog
   * @param subject what the complaint is about
   * @param date the date; bodies are named as on this date
   * @param deadlineStart when notice of the decision reached the person (fvl) or they got sufficient
   *     knowledge to complain (pbrl), to compute the deadline; empty for none
   * @return the route
   * @throws InvalidValueException if the service's legal basis gives no single regime, or the
   *     municipality did not exist on the date
   */
  public ComplaintRoute complaintRoute(Catalog catalog, Service service, ComplaintSubject subject, LocalDate date,
      Optional<LocalDate> deadlineStart) {
    requireDate(date);
    ComplaintRegime regime = regimeOf(service, subject);
    MunicipalityRef ref = municipalityRef(catalog, date);
    return deadlineStart.isPresent()
        ? ComplaintRoutes.standard().route(regime, ref, date, deadlineStart.get())
        : ComplaintRoutes.standard().route(regime, ref, date);
  }

  /**
   * Where what a municipality publishes about complaints for a service disagrees with the statutory
   * route on a date (an outdated body name, a deadline of three weeks where the law gives four).
   *
   * @param catalog the municipality's catalog
   * @param service a service of that catalog
   * @param date the date
   * @return the discrepancies, for every subject the service publishes complaint information for
   */
  public List<ComplaintDiscrepancy> complaintDiscrepancies(Catalog catalog, Service service, LocalDate date) {
    requireDate(date);
    List<ComplaintDiscrepancy> out = new ArrayList<>();
    MunicipalityRef ref = municipalityRef(catalog, date);
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
    if (subject == null) {
      throw new InvalidValueException("subject", Rule.REQUIRED, "say what the complaint is about");
    }
    return subject == ComplaintSubject.SERVICE_QUALITY
        ? ComplaintRegime.SERVICE_COMPLAINT
        : ComplaintRegime.forLegalBasis(service.legalBasis());
  }

  /**
   * The municipality as the complaint package knows it: its name and its county on a date.
   *
   * @param catalog the catalog
   * @param date the date
   * @return the reference
   * @throws InvalidValueException if the municipality has no number, or its county is not a Norwegian
   *     county known on that date
   */
  static MunicipalityRef municipalityRef(Catalog catalog, LocalDate date) {
    Municipality m = catalog.municipality();
    NumberPeriod period = m.numberPeriodOn(date).orElseThrow(() -> new InvalidValueException("date", Rule.RANGE,
        m.name() + " did not exist on " + date));
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

  private static void requireDate(LocalDate date) {
    if (date == null) {
      throw new InvalidValueException("date", Rule.REQUIRED, "a date is required");
    }
  }

  /**
   * A service together with the catalog it belongs to.
   *
   * @param catalog the catalog
   * @param service the service
   */
  public record ServiceInCatalog(Catalog catalog, Service service) {}

  /**
   * A service and, when it has an eligibility criterion, the verdict for a person.
   *
   * @param service the service
   * @param verdict the verdict, empty when the service has no criterion
   */
  public record ServiceVerdict(Service service, Optional<Verdict> verdict) {}
}
