package no.rusomsorg.interop;

import static org.quicktheories.generators.SourceDSL.integers;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;
import no.rusomsorg.register.baseline.StandardServiceDescription;
import org.quicktheories.core.Gen;

/**
 * Valid catalogs for the property tests, drawn from a seed, and the national baseline catalog of any
 * registered municipality.
 *
 * <p>The generator reaches the edges the exports must survive: Norwegian letters and quotes in texts,
 * every kind, access mode, cost kind and target group, every criterion type (nested), short and
 * international phone numbers, street and PO-box addresses, always-open and note-only hours, working-day
 * periods, midnight closing, service validity that ended, starts later or has no end, and dates at leap
 * days, 17 May and year ends.
 */
final class Catalogs {
  private Catalogs() {}

  static final LocalDate[] EDGE_DATES = {LocalDate.of(2024, 2, 29), LocalDate.of(2026, 5, 17), LocalDate.of(2025, 12, 31),
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2028, 2, 29), LocalDate.of(2019, 12, 31)};

  private static final String[] PIECES = {"rus", "æøå", "ÆØÅ", "hjelp", "\"sitat\"", "a\\b", "tab\there", "linje\nto",
      "€", "dag-senter", "<b>", "samtale", "  ", "ü", "🙂", "1/2"};
  private static final String[] PHONES = {"51 33 50 00", "+47 468 95 582", "113", "116 117", "+46 8 123 456 78",
      "22 00 00 00", "800 12 345"};

  /** A small deterministic random source over a seed. */
  static final class Draw {
    private long state;

    Draw(long seed) {
      this.state = seed * 0x9E3779B97F4A7C15L + 1;
    }

    int next(int bound) {
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      return (int) Math.floorMod(state, (long) bound);
    }

    boolean chance(int percent) {
      return next(100) < percent;
    }

    <T> T pick(T[] items) {
      return items[next(items.length)];
    }

    String text() {
      StringBuilder sb = new StringBuilder(pick(PIECES).strip().isEmpty() ? "x" : "");
      int n = 1 + next(4);
      for (int i = 0; i < n; i++) {
        sb.append(pick(PIECES)).append(i + 1 < n ? " " : "");
      }
      String s = sb.toString().strip();
      return s.isEmpty() ? "tekst" : s;
    }

    LocalizedText localized() {
      var b = LocalizedText.builder().nb(text());
      if (chance(50)) {
        b.nn(text());
      }
      if (chance(50)) {
        b.en(text());
      }
      return b.build();
    }
  }

  /** Catalogs from seeds. */
  static Gen<Catalog> catalogs() {
    return integers().between(0, Integer.MAX_VALUE).map(seed -> catalog(new Draw(seed)));
  }

  /** The edge dates, as the day an export describes. */
  static Gen<LocalDate> edgeDates() {
    return integers().between(0, EDGE_DATES.length - 1).map(i -> EDGE_DATES[i]);
  }

  static Catalog catalog(Draw d) {
    Source source = Source.builder().id("kilde.a").title(d.text()).publisher(d.text())
        .url(URI.create("https://www.example.no/kilde")).verifiedOn(LocalDate.of(2026, 11, 1)).build();
    Municipality m = Municipality.builder().id("kommune-" + d.next(1000)).name(d.text())
        .validity(Validity.starting(LocalDate.of(2020, 1, 1)))
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1108"), County.ROGALAND, Validity.starting(LocalDate.of(2020, 1, 1))))
        .build();
    List<Unit> units = new ArrayList<>();
    int nUnits = 1 + d.next(3);
    int cp = 0;
    for (int u = 0; u < nUnits; u++) {
      var ub = Unit.builder().id("enhet-" + u).name(d.localized());
      if (d.chance(50)) {
        ub.description(d.localized());
      }
      int nCp = d.next(3);
      for (int c = 0; c < nCp; c++) {
        ub.addContactPoints(contactPoint(d, "kontakt-" + (cp++)));
      }
      units.add(ub.build());
    }
    List<Service> services = new ArrayList<>();
    int nServices = d.next(5);
    for (int s = 0; s < nServices; s++) {
      services.add(service(d, "tjeneste." + s, units, source.id()));
    }
    return Catalog.builder().dataVersion("2026." + d.next(9)).verifiedOn(LocalDate.of(2026, 11, 22)).municipality(m)
        .addSources(source).addAllUnits(units).addAllServices(services).build();
  }

  private static ContactPoint contactPoint(Draw d, String id) {
    var b = ContactPoint.builder().id(id).label(d.localized());
    int phones = d.next(3);
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < phones; i++) {
      PhoneNumber p = PhoneNumber.parse(d.pick(PHONES));
      if (seen.add(p.value())) {
        b.addPhones(p);
      }
    }
    if (d.chance(50)) {
      b.addEmails(EmailAddress.parse("post" + d.next(5) + "@kommune.no"));
    }
    if (d.chance(60)) {
      b.visitingAddress(address(d, false));
    }
    if (d.chance(40)) {
      b.postalAddress(address(d, true));
    }
    if (d.chance(30)) {
      b.url(URI.create("https://www.kommune.no/rus/" + d.next(100)));
    }
    if (d.chance(70)) {
      b.openingHours(hours(d));
    }
    try {
      return b.build();
    } catch (no.rusomsorg.core.InvalidValueException e) {
      return b.addPhones(PhoneNumber.parse("51 33 50 00")).build();
    }
  }

  private static Address address(Draw d, boolean postal) {
    var a = Address.builder().place(d.text());
    if (d.chance(40)) {
      a.recipient(d.text());
    }
    if (postal && d.chance(50)) {
      a.poBox(String.valueOf(1 + d.next(99999))).postcode(String.format("%04d", d.next(10000)));
    } else {
      a.street(d.text() + " " + d.next(200));
      if (d.chance(70)) {
        a.postcode(String.format("%04d", d.next(10000)));
      }
    }
    return a.build();
  }

  private static OpeningHours hours(Draw d) {
    int shape = d.next(10);
    if (shape == 0) {
      return OpeningHours.always();
    }
    var h = OpeningHours.builder();
    if (d.chance(30)) {
      h.note(d.localized());
    }
    if (shape == 1) {
      return h.build();
    }
    // disjoint periods: a weekday block and maybe a weekend block
    int open = 6 + d.next(5);
    LocalTime opens = LocalTime.of(open, d.chance(50) ? 0 : 30);
    LocalTime closes = d.chance(20) ? LocalTime.MIDNIGHT : LocalTime.of(open + 1 + d.next(8), d.chance(50) ? 0 : 15);
    EnumSet<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek w : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      if (d.chance(70)) {
        weekdays.add(w);
      }
    }
    if (weekdays.isEmpty()) {
      weekdays.add(DayOfWeek.WEDNESDAY);
    }
    h.addPeriods(OpeningPeriod.builder().addAllDays(weekdays).workingDaysOnly(d.chance(60)).opens(opens).closes(closes).build());
    if (d.chance(40)) {
      h.addPeriods(OpeningPeriod.on(d.chance(50) ? EnumSet.of(DayOfWeek.SATURDAY) : EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
          LocalTime.of(10, 0), LocalTime.of(14, 0)));
    }
    return h.build();
  }

  private static Criterion criterion(Draw d, String sourceId, int depth) {
    int k = d.next(depth > 1 ? 10 : 13);
    return switch (k) {
      case 0 -> Criterion.minimumAge(1 + d.next(30));
      case 1 -> d.chance(50) ? Criterion.residency(MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT)
          : Criterion.residency(MunicipalityRelation.NEITHER);
      case 2 -> Criterion.role(d.pick(Role.values()));
      case 3 -> Criterion.pregnant();
      case 4 -> Criterion.homeless();
      case 5 -> Criterion.coOccurringMentalIllness();
      case 6 -> Criterion.inLar();
      case 7 -> Criterion.proxyWithPowerOfAttorney();
      case 8 -> Criterion.notStated(sourceId);
      case 9 -> Criterion.described(d.localized(), sourceId);
      case 10 -> Criterion.all(Criterion.minimumAge(18), criterion(d, sourceId, depth + 1), criterion(d, sourceId, depth + 1));
      case 11 -> Criterion.any(criterion(d, sourceId, depth + 1), criterion(d, sourceId, depth + 1));
      default -> Criterion.not(criterion(d, sourceId, depth + 1));
    };
  }

  private static Service service(Draw d, String id, List<Unit> units, String sourceId) {
    AccessMode mode = d.pick(AccessMode.values());
    var b = Service.builder().id(id).kind(d.pick(ServiceKind.values())).name(d.localized())
        .accessMode(mode).applicationBeforeContact(d.chance(20)).verifiedOn(d.pick(EDGE_DATES)).addSourceIds(sourceId);
    if (d.chance(70)) {
      b.description(d.localized());
    }
    if (mode == AccessMode.REQUISITION_BY_AGENCY) {
      b.requisitionedBy("NAV " + d.text());
    }
    b.cost(switch (d.next(5)) {
      case 0 -> Cost.ofFree();
      case 1 -> Cost.fee(d.localized());
      case 2 -> Cost.notStated();
      case 3 -> Cost.notStated(d.localized());
      default -> Cost.builder().free(true).description(d.localized()).build();
    });
    for (TargetGroup g : TargetGroup.values()) {
      if (d.chance(15)) {
        b.addTargetGroups(g);
      }
    }
    if (d.chance(50)) {
      b.addLegalBasis(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-1"));
    }
    int nUnits = d.next(Math.min(3, units.size()) + 1);
    for (int i = 0; i < nUnits; i++) {
      b.addUnitIds(units.get(i).id());
    }
    switch (d.next(4)) {
      case 0 -> b.validity(Validity.starting(d.pick(EDGE_DATES)));
      case 1 -> {
        LocalDate from = d.pick(EDGE_DATES);
        b.validity(Validity.of(from, from.plusDays(d.next(800))));
      }
      default -> { }
    }
    if (d.chance(85)) {
      b.eligibility(criterion(d, sourceId, 0));
    }
    return b.build();
  }

  /**
   * The national baseline catalog of a registered municipality: the standard service description's
   * offers, one unit, the register's number and county.
   */
  static Catalog baseline(RegisteredMunicipality r, LocalDate verified) {
    String prefix = "k" + r.number();
    StandardServiceDescription std = StandardServiceDescription.of(prefix, prefix + ".rustjenesten", verified);
    LocalDate from = r.validFrom().orElse(NationalRegister.FIRST_DAY);
    Validity validity = r.validTo().map(to -> Validity.of(from, to)).orElse(Validity.starting(from));
    Municipality m = Municipality.builder().id(prefix).name(r.name()).validity(validity)
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of(r.number()), r.county(), validity)).build();
    Unit unit = Unit.builder().id(prefix + ".rustjenesten")
        .name(LocalizedText.builder().nb("Rustjenesten").nn("Rustenesta").en("Substance-abuse service").build())
        .build();
    return Catalog.builder().dataVersion("baseline").verifiedOn(verified).municipality(m).addSources(std.source())
        .addUnits(unit).addAllServices(std.offers()).build();
  }

  static Provenance baselineProvenance() {
    return Provenance.nationalBaseline("Rustjenesten (standard tjenestebeskrivelse) og SSBs kommuneregister");
  }
}
