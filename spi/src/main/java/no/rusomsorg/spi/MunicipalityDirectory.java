package no.rusomsorg.spi;

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
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.spi.ProviderException.Reason;
import no.rusomsorg.spi.MunicipalityRegistry.LoadedProvider;

/**
 * Queries over the catalogs of a {@link MunicipalityRegistry}, each answered as of a date.
 *
 * <p>Immutable and thread-safe; obtain it from {@link MunicipalityRegistry#directory()}.
 */
public final class MunicipalityDirectory {
  private final List<Catalog> catalogs;

  MunicipalityDirectory(List<LoadedProvider> providers) {
    List<Catalog> list = new ArrayList<>();
    providers.forEach(p -> list.add(p.catalog()));
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
}
