package no.rusomsorg.core;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.ImmutableAddress;
import no.rusomsorg.core.contact.ImmutableContactPoint;
import no.rusomsorg.core.contact.ImmutableFallback;
import no.rusomsorg.core.contact.ImmutableOpeningHours;
import no.rusomsorg.core.contact.ImmutableUnit;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.municipality.ImmutableEarlierExistence;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ImmutablePublishedComplaintInfo;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.service.PromiseKind;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.source.ImmutableSource;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.ImmutableLocalizedText;
import no.rusomsorg.core.text.LocalizedText;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every catalog model type, valid by construction, and generators of
 * invalid input for the builders' rules. Dates reach the edges: leap days, month and year ends,
 * Easter, 1 and 17 May and the daylight-saving change days.
 */
public final class CatalogGenerators {
  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private CatalogGenerators() {}

  // ---------------------------------------------------------------- primitives

  /** Text pieces including Norwegian letters, JSON escapes and a character outside the BMP. */
  private static final List<String> TEXT_PIECES = List.of("a", "b", "e", "k", "r", "s", "t", "æ", "ø", "å", "Æ", "Ø", "Å",
      " ", "-", ",", ".", "§", "\"", "\\", "/", "'", "é", "ü", "\n", "\t", "😀", "1", "7", "(", ")", "–");

  public static Gen<Boolean> bools() {
    return Generate.booleans();
  }

  public static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return gen.toOptionals(40);
  }

  public static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    return rs -> {
      int n = Generate.range(min, max).generate(rs);
      List<T> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(gen.generate(rs));
      }
      return out;
    };
  }

  /** Non-blank text: starts with a letter. */
  public static Gen<String> texts() {
    return rs -> {
      int n = Generate.range(0, 30).generate(rs);
      StringBuilder sb = new StringBuilder(Generate.pick(List.of("A", "Ø", "s", "Z", "å")).generate(rs));
      for (int i = 0; i < n; i++) {
        sb.append(Generate.pick(TEXT_PIECES).generate(rs));
      }
      return sb.toString();
    };
  }

  /** Empty or white-space-only strings. */
  public static Gen<String> blanks() {
    return Generate.pick(List.of("", " ", "   ", "\t", "\n", " \t\n ", "\u2003"));
  }

  public static Gen<LocalizedText> localizedTexts() {
    return rs -> {
      ImmutableLocalizedText.Builder b = LocalizedText.builder().nb(texts().generate(rs));
      optional(texts()).generate(rs).ifPresent(b::nn);
      optional(texts()).generate(rs).ifPresent(b::en);
      return b.build();
    };
  }

  /** Stable ids: 1-4 parts of lower-case letters and digits joined by '-' or '.'. */
  public static Gen<String> ids() {
    Gen<String> part = rs -> {
      int n = Generate.range(1, 8).generate(rs);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(Generate.pick(List.of("a", "b", "k", "s", "z", "0", "1", "9")).generate(rs));
      }
      return sb.toString();
    };
    return rs -> {
      int n = Generate.range(1, 4).generate(rs);
      StringBuilder sb = new StringBuilder(part.generate(rs));
      for (int i = 1; i < n; i++) {
        sb.append(Generate.pick(List.of("-", ".")).generate(rs)).append(part.generate(rs));
      }
      return sb.toString();
    };
  }

  /** Texts that are not stable ids. */
  public static Gen<String> invalidIds() {
    return Generate.oneOf(blanks(), Generate.pick(List.of("A", "Sandnes", "a b", "a--b", "a..b", "-a", "a-", ".a", "a.",
        "a_b", "æ", "a/b", "x".repeat(121))));
  }

  // ---------------------------------------------------------------- time

  /** Dates that are hard for calendars: leap days, month and year ends, Easter, 1 and 17 May, DST days. */
  public static Gen<LocalDate> edgeDates() {
    return rs -> {
      int year = Generate.range(1950, 2100).generate(rs);
      LocalDate easter = NorwegianCalendar.easterSunday(year);
      List<LocalDate> edges = new ArrayList<>(List.of(
          LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 24),
          LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 17), LocalDate.of(year, 2, 28),
          LocalDate.of(year, 3, 1).minusDays(1), LocalDate.of(year, 1, 31), LocalDate.of(year, 4, 30),
          easter, easter.minusDays(3), easter.minusDays(2), easter.plusDays(1), easter.plusDays(39),
          easter.plusDays(49), easter.plusDays(50), lastSunday(year, 3), lastSunday(year, 10),
          LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26)));
      if (LocalDate.of(year, 1, 1).isLeapYear()) {
        edges.add(LocalDate.of(year, 2, 29));
      }
      return Generate.pick(edges).generate(rs);
    };
  }

  static LocalDate lastSunday(int year, int month) {
    LocalDate d = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    while (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** Any date from 1950 to 2100, often an edge date. */
  public static Gen<LocalDate> dates() {
    Gen<LocalDate> any = Generate.longRange(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
    return any.mix(edgeDates(), 40);
  }

  public static Gen<Validity> validities() {
    return rs -> {
      LocalDate from = dates().generate(rs);
      if (bools().generate(rs)) {
        return Validity.starting(from);
      }
      return Validity.of(from, from.plusDays(Generate.range(0, 3000).generate(rs)));
    };
  }

  /** Whole-minute times of day. */
  public static Gen<LocalTime> minutes() {
    return Generate.range(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))
        .mix(Generate.pick(List.of(LocalTime.of(0, 0), LocalTime.of(2, 0), LocalTime.of(2, 30), LocalTime.of(3, 0),
            LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(15, 0), LocalTime.of(23, 59))), 30);
  }

  /** Instants from 1990 to 2060, often on a daylight-saving change day or a holiday, near the hour. */
  public static Gen<Instant> instants() {
    Gen<Instant> any = Generate.longRange(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2060-12-31T23:59:59Z").getEpochSecond()).map(s -> Instant.ofEpochSecond(s));
    Gen<Instant> edge = rs -> {
      LocalDate d = edgeDates().generate(rs);
      LocalDate day = d.getYear() < 1990 || d.getYear() > 2060 ? d.withYear(2024 + d.getYear() % 30) : d;
      int second = Generate.range(0, 24 * 3600 - 1).generate(rs);
      ZonedDateTime z = ZonedDateTime.of(day.atStartOfDay(), OSLO).plusSeconds(second);
      return z.toInstant();
    };
    Gen<Instant> nearHour = rs -> {
      Instant base = edge.generate(rs);
      long hour = base.getEpochSecond() / 3600 * 3600;
      return Instant.ofEpochSecond(hour + Generate.pick(List.of(-1, 0, 1, 1800)).generate(rs));
    };
    return any.mix(edge, 40).mix(nearHour, 25);
  }

  // ---------------------------------------------------------------- service

  /**
   * Periods as the catalog's published deadlines and call-back times hold them: an amount from 1 (with
   * the edges 1 and {@link PeriodSpec#MAX_AMOUNT}), sometimes a range down to 0.
   */
  public static Gen<PeriodSpec> periodSpecs() {
    Gen<Integer> amounts = Generate.range(1, 400).mix(Generate.pick(List.of(1, PeriodSpec.MAX_AMOUNT)), 10);
    return rs -> {
      int amount = amounts.generate(rs);
      PeriodUnit unit = Generate.enumValues(PeriodUnit.class).generate(rs);
      if (bools().generate(rs)) {
        return PeriodSpec.of(amount, unit);
      }
      int lower = Generate.range(0, amount).mix(Generate.pick(List.of(0, amount)), 20).generate(rs);
      return PeriodSpec.range(lower, amount, unit);
    };
  }

  public static Gen<Cost> costs() {
    return rs -> {
      switch (Generate.range(0, 3).generate(rs)) {
        case 0: return Cost.ofFree();
        case 1: return Cost.fee(localizedTexts().generate(rs));
        case 2: return Cost.notStated();
        default: return Cost.notStated(localizedTexts().generate(rs));
      }
    };
  }

  public static Gen<ResponsePromise> responsePromises() {
    return rs -> {
      int min = Generate.range(0, 50).mix(Generate.pick(List.of(0, PeriodSpec.MAX_AMOUNT)), 5).generate(rs);
      int max = Math.min(PeriodSpec.MAX_AMOUNT, min + Generate.range(0, 20).generate(rs));
      return ResponsePromise.builder()
          .what(localizedTexts().generate(rs))
          .kind(Generate.enumValues(PromiseKind.class).generate(rs))
          .period(PeriodSpec.range(min, max, Generate.enumValues(PeriodUnit.class).generate(rs)))
          .indicative(bools().generate(rs))
          .build();
    };
  }

  public static Gen<LegalReference> legalReferences() {
    return rs -> {
      String section = Generate.range(1, 12).generate(rs) + (bools().generate(rs) ? "-" + Generate.range(1, 12).generate(rs) : "");
      return LegalReference.builder().act(Generate.enumValues(Act.class).generate(rs)).section(section)
          .unverified(bools().generate(rs)).build();
    };
  }

  public static Gen<PublishedComplaintInfo> complaintInfos(List<String> sourceIds, ComplaintSubject subject) {
    return rs -> {
      ImmutablePublishedComplaintInfo.Builder b = PublishedComplaintInfo.builder()
          .subject(subject)
          .body(texts().generate(rs))
          .sourceId(Generate.pick(sourceIds).generate(rs));
      optional(periodSpecs()).generate(rs).ifPresent(b::deadline);
      optional(texts()).generate(rs).ifPresent(b::firstInstance);
      optional(texts()).generate(rs).ifPresent(b::nextBody);
      return b.build();
    };
  }

  public static Gen<PublishedComplaintInfo> complaintInfos() {
    return rs -> complaintInfos(List.of(ids().generate(rs)), Generate.enumValues(ComplaintSubject.class).generate(rs)).generate(rs);
  }

  /** Services whose unit and source ids are drawn from the given lists (which may be empty). */
  public static Gen<Service> services(String id, List<String> unitIds, List<String> sourceIds) {
    return rs -> {
      AccessMode mode = Generate.enumValues(AccessMode.class).generate(rs);
      ImmutableService.Builder b = Service.builder()
          .id(id)
          .kind(Generate.enumValues(ServiceKind.class).generate(rs))
          .name(localizedTexts().generate(rs))
          .accessMode(mode)
          .applicationBeforeContact(bools().generate(rs))
          .cost(costs().generate(rs))
          .addAllTargetGroups(listOf(Generate.enumValues(TargetGroup.class), 0, 4).generate(rs))
          .addAllLegalBasis(listOf(legalReferences(), 0, 3).generate(rs))
          .addAllResponsePromises(listOf(responsePromises(), 0, 3).generate(rs))
          .verifiedOn(dates().generate(rs));
      if (mode == AccessMode.REQUISITION_BY_AGENCY) {
        b.requisitionedBy(texts().generate(rs));
      }
      optional(localizedTexts()).generate(rs).ifPresent(b::description);
      optional(validities()).generate(rs).ifPresent(b::validity);
      b.addAllUnitIds(distinctSubset(unitIds).generate(rs));
      b.addAllSourceIds(distinctSubset(sourceIds).generate(rs));
      if (!sourceIds.isEmpty()) {
        for (ComplaintSubject s : ComplaintSubject.values()) {
          if (bools().generate(rs)) {
            b.addComplaintInfo(complaintInfos(sourceIds, s).generate(rs));
          }
        }
      }
      return b.build();
    };
  }

  public static Gen<Service> services() {
    return rs -> services(ids().generate(rs),
        distinctIds(0, 3).generate(rs), distinctIds(0, 3).generate(rs)).generate(rs);
  }

  private static <T> Gen<List<T>> distinctSubset(List<T> items) {
    return rs -> items.stream().filter(x -> bools().generate(rs)).collect(Collectors.toList());
  }

  /** Distinct ids, each with a numeric suffix. */
  public static Gen<List<String>> distinctIds(int min, int max) {
    return rs -> {
      int n = Generate.range(min, max).generate(rs);
      String stem = ids().generate(rs);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(stem + "-" + i);
      }
      return out;
    };
  }

  // ---------------------------------------------------------------- contact

  private static final List<String> SHORT_NUMBERS = List.of("110", "112", "113", "116117", "116 117");

  /** Norwegian phone numbers as written in sources, in every accepted style. */
  public static Gen<String> phoneTexts() {
    return rs -> {
      if (Generate.range(0, 9).generate(rs) == 0) {
        return Generate.pick(SHORT_NUMBERS).generate(rs);
      }
      String first = Generate.pick(List.of("9", "4", "22", "38", "51", "55", "73")).generate(rs);
      StringBuilder digits = new StringBuilder(first);
      if (first.equals("4")) {
        digits.append(Generate.pick(List.of("0", "1", "6", "7", "8")).generate(rs));
      }
      while (digits.length() < 8) {
        digits.append(Generate.range(0, 9).generate(rs));
      }
      String d = digits.toString();
      switch (Generate.range(0, 4).generate(rs)) {
        case 0:
          return d;
        case 1:
          return d.substring(0, 3) + " " + d.substring(3, 5) + " " + d.substring(5);
        case 2:
          return "+47 " + d;
        case 3:
          return "0047" + d;
        default:
          return d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4, 6) + " " + d.substring(6);
      }
    };
  }

  public static Gen<PhoneNumber> phoneNumbers() {
    return phoneTexts().map(t -> PhoneNumber.parse(t));
  }

  /** Texts that no reading can take for a phone number. */
  public static Gen<String> invalidPhoneTexts() {
    Gen<String> letters = rs -> {
      String d = phoneTexts().generate(rs);
      int at = Generate.range(0, d.length() - 1).generate(rs);
      return d.substring(0, at) + Generate.pick(List.of("A", "x", "O", "l", "#", "*", ";")).generate(rs) + d.substring(at);
    };
    Gen<String> tooShort = Generate.range(0, 99).map(i -> Integer.toString(i));
    Gen<String> tooLong = Generate.range(17, 25).map(n -> "9".repeat(n));
    Gen<String> plusInside = phoneTexts().map(t -> t.replaceAll("\\s", "").replace("+", "") + "+1");
    return Generate.oneOf(letters, tooShort, tooLong, plusInside, blanks());
  }

  public static Gen<String> emailTexts() {
    return rs -> {
      String local = Generate.pick(List.of("post", "fagteamrusmosenter", "Ola.Nordmann", "a", "x+tag", "o'brien", "a_b-c"))
          .generate(rs);
      String domain = Generate.pick(List.of("sandnes.kommune.no", "Sogne.Kommune.NO", "example.org", "nav.no", "xn--bmlo-gra.no",
          "bømlo.kommune.no")).generate(rs);
      return local + Generate.range(0, 99).generate(rs) + "@" + domain;
    };
  }

  public static Gen<EmailAddress> emailAddresses() {
    return emailTexts().map(t -> EmailAddress.parse(t));
  }

  public static Gen<String> invalidEmailTexts() {
    return Generate.oneOf(blanks(), Generate.pick(List.of("post", "post@", "@kommune.no", "a@@kommune.no", "a@b@kommune.no",
        "a@kommune", "a@-kommune.no", "a@kommune-.no", "a@kommune..no", "a..b@kommune.no", ".a@kommune.no", "a.@kommune.no",
        "a b@kommune.no", "a@kom mune.no", "a@kommune.n0", "a@kommune.1", "\"a\"@kommune.no", "a@[127.0.0.1]",
        "a@kommune.no.", "x".repeat(65) + "@kommune.no")));
  }

  public static Gen<Address> addresses() {
    return rs -> {
      ImmutableAddress.Builder b = Address.builder().place(texts().generate(rs));
      optional(texts()).generate(rs).ifPresent(b::recipient);
      String postcode = String.format("%04d", Generate.range(0, 9999).generate(rs));
      if (bools().generate(rs)) {
        b.poBox(Integer.toString(Generate.range(1, 99999).generate(rs))).postcode(postcode);
      } else {
        b.street(texts().generate(rs));
        if (bools().generate(rs)) {
          b.postcode(postcode);
        }
      }
      return b.build();
    };
  }

  public static Gen<Set<DayOfWeek>> daySets() {
    return rs -> {
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (Generate.range(0, 2).generate(rs) == 0) {
          days.add(d);
        }
      }
      if (days.isEmpty()) {
        days.add(Generate.enumValues(DayOfWeek.class).generate(rs));
      }
      return days;
    };
  }

  public static Gen<OpeningPeriod> openingPeriods() {
    return rs -> {
      LocalTime a = minutes().generate(rs);
      LocalTime b = minutes().generate(rs);
      while (b.equals(a)) {
        b = minutes().generate(rs);
      }
      LocalTime opens = a.isBefore(b) ? a : b;
      LocalTime closes = a.isBefore(b) ? b : a;
      if (Generate.range(0, 9).generate(rs) == 0) {
        closes = LocalTime.MIDNIGHT;
      }
      Set<DayOfWeek> days = daySets().generate(rs);
      boolean weekdaysOnly = days.stream().allMatch(d -> d.getValue() <= 5);
      if (Generate.range(0, 4).generate(rs) == 0) {
        return OpeningPeriod.workingDays(opens, closes);
      }
      return OpeningPeriod.builder().addAllDays(days).workingDaysOnly(weekdaysOnly && bools().generate(rs))
          .opens(opens).closes(closes).build();
    };
  }

  /** Non-overlapping periods: candidates that overlap an earlier one are dropped. */
  public static Gen<List<OpeningPeriod>> disjointPeriods() {
    return rs -> {
      List<OpeningPeriod> out = new ArrayList<>();
      for (OpeningPeriod p : listOf(openingPeriods(), 1, 5).generate(rs)) {
        if (out.stream().noneMatch(p::overlaps)) {
          out.add(p);
        }
      }
      return out;
    };
  }

  /** Two periods that overlap: the second shares a day and some minutes with the first. */
  public static Gen<List<OpeningPeriod>> overlappingPeriods() {
    return rs -> {
      OpeningPeriod first = openingPeriods().generate(rs);
      DayOfWeek shared = List.copyOf(first.days()).get(Generate.range(0, first.days().size() - 1).generate(rs));
      int open = first.opens().toSecondOfDay() / 60;
      int close = first.closesAtMidnight() ? 24 * 60 : first.closes().toSecondOfDay() / 60;
      int inside = Generate.range(open, close - 1).generate(rs);
      int start = Generate.range(0, inside).generate(rs);
      int end = Generate.range(inside + 1, 24 * 60).generate(rs);
      OpeningPeriod second = OpeningPeriod.builder().addDays(shared)
          .opens(LocalTime.of(start / 60, start % 60))
          .closes(end == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60)).build();
      return bools().generate(rs) ? List.of(first, second) : List.of(second, first);
    };
  }

  public static Gen<Fallback> fallbacks(List<String> referable) {
    return rs -> {
      ImmutableFallback.Builder b = Fallback.builder().text(localizedTexts().generate(rs)).coversAllHours(bools().generate(rs));
      if (!referable.isEmpty() && bools().generate(rs)) {
        b.answeredBy(Generate.pick(referable).generate(rs));
      }
      optional(periodSpecs()).generate(rs).ifPresent(b::callbackWithin);
      return b.build();
    };
  }

  public static Gen<Fallback> fallbacks() {
    return rs -> fallbacks(distinctIds(0, 2).generate(rs)).generate(rs);
  }

  public static Gen<OpeningHours> openingHours(List<String> referable) {
    return rs -> {
      int shape = Generate.range(0, 5).generate(rs);
      if (shape == 0) {
        return OpeningHours.always();
      }
      ImmutableOpeningHours.Builder b = OpeningHours.builder();
      if (shape > 1) {
        b.addAllPeriods(disjointPeriods().generate(rs));
      }
      optional(localizedTexts()).generate(rs).ifPresent(b::note);
      optional(fallbacks(referable)).generate(rs).ifPresent(b::fallback);
      return b.build();
    };
  }

  public static Gen<OpeningHours> openingHours() {
    return rs -> openingHours(distinctIds(0, 2).generate(rs)).generate(rs);
  }

  /** Opening hours with at least one period and no 24/7 flag. */
  public static Gen<OpeningHours> periodicHours() {
    return disjointPeriods().map(ps -> OpeningHours.builder().addAllPeriods(ps).build());
  }

  public static Gen<ContactPoint> contactPoints(String id, List<String> referable) {
    return rs -> {
      ImmutableContactPoint.Builder b = ContactPoint.builder().id(id).label(localizedTexts().generate(rs));
      List<PhoneNumber> phones = listOf(phoneNumbers(), 0, 3).generate(rs).stream().distinct().collect(Collectors.toList());
      List<EmailAddress> emails = listOf(emailAddresses(), 0, 2).generate(rs).stream().distinct().collect(Collectors.toList());
      b.addAllPhones(phones).addAllEmails(emails);
      Optional<Address> visiting = optional(addresses()).generate(rs);
      visiting.ifPresent(b::visitingAddress);
      optional(addresses()).generate(rs).ifPresent(b::postalAddress);
      optional(openingHours(referable)).generate(rs).ifPresent(b::openingHours);
      if (bools().generate(rs) || (phones.isEmpty() && emails.isEmpty() && visiting.isEmpty())) {
        b.url(URI.create("https://www." + ids().generate(rs).replace('.', '-') + ".no/side?x=1"));
      }
      return b.build();
    };
  }

  public static Gen<ContactPoint> contactPoints() {
    return rs -> contactPoints(ids().generate(rs), distinctIds(0, 2).generate(rs)).generate(rs);
  }

  public static Gen<Unit> units(String id, List<String> contactIds, List<String> referable) {
    return rs -> {
      ImmutableUnit.Builder b = Unit.builder().id(id).name(localizedTexts().generate(rs));
      optional(localizedTexts()).generate(rs).ifPresent(b::description);
      optional(texts()).generate(rs).ifPresent(b::parentOrganisation);
      optional(validities()).generate(rs).ifPresent(b::validity);
      for (String c : contactIds) {
        b.addContactPoints(contactPoints(c, referable).generate(rs));
      }
      return b.build();
    };
  }

  public static Gen<Unit> units() {
    return rs -> units(ids().generate(rs), distinctIds(0, 3).generate(rs), distinctIds(0, 2).generate(rs)).generate(rs);
  }

  // ---------------------------------------------------------------- municipality

  public static Gen<County> counties() {
    return Generate.pick(County.values());
  }

  public static Gen<MunicipalityNumber> municipalityNumbers() {
    return Generate.range(100, 9999).map(n -> MunicipalityNumber.of(String.format("%04d", n)));
  }

  /** Texts that are not four digits, or are 00xx. */
  public static Gen<String> invalidMunicipalityNumbers() {
    Gen<String> wrongLength = Generate.range(0, 12).assuming(n -> n != 4)
        .zip(Generate.range(0, 9), (n, d) -> Integer.toString(d).repeat(n));
    Gen<String> nonDigit = Generate.range(0, 3).zip(Generate.pick(List.of("a", " ", "-", "١", "Ⅳ", "+", "٣")),
        (at, c) -> ("1108".substring(0, at) + c + "1108".substring(at + 1)));
    return Generate.oneOf(wrongLength, nonDigit, Generate.pick(List.of("0000", "0042", " 1108", "1108 ", "11 08", "+1108")));
  }

  /** Municipalities with 1-4 contiguous number periods, some ended with a successor. */
  public static Gen<Municipality> municipalities() {
    return municipalities(List.of("source-0"));
  }

  /**
   * Municipalities with 1-4 contiguous number periods, some ended with a successor, some known to have
   * existed before their data (from a year or from a time not stated) on one of the given sources.
   */
  public static Gen<Municipality> municipalities(List<String> sourceIds) {
    return rs -> {
      LocalDate start = dates().generate(rs);
      int n = Generate.range(1, 4).generate(rs);
      boolean ended = bools().generate(rs);
      ImmutableMunicipality.Builder b = Municipality.builder().id(ids().generate(rs)).name(texts().generate(rs));
      LocalDate from = start;
      LocalDate end = null;
      for (int i = 0; i < n; i++) {
        County county = counties().generate(rs);
        MunicipalityNumber number = MunicipalityNumber.of(county.number() + String.format("%02d", Generate.range(0, 99).generate(rs)));
        boolean last = i == n - 1;
        Validity v;
        if (last && !ended) {
          v = Validity.starting(from);
        } else {
          LocalDate to = from.plusDays(Generate.range(0, 5000).generate(rs));
          v = Validity.of(from, to);
          end = to;
        }
        b.addNumbers(NumberPeriod.of(number, county, v));
        from = v.to().map(t -> t.plusDays(1)).orElse(from);
      }
      b.validity(ended ? Validity.of(start, end) : Validity.starting(start));
      if (ended && bools().generate(rs)) {
        b.successor(Successor.of(municipalityNumbers().generate(rs), texts().generate(rs), end.plusDays(1)));
      }
      if (!sourceIds.isEmpty() && bools().generate(rs)) {
        ImmutableEarlierExistence.Builder e = EarlierExistence.builder()
            .description(localizedTexts().generate(rs))
            .sourceId(sourceIds.get(Generate.range(0, sourceIds.size() - 1).generate(rs)));
        if (bools().generate(rs)) {
          e.sinceYear(start.getYear() - Generate.range(0, 300).generate(rs));
        }
        b.existedBefore(e.build());
      }
      if (bools().generate(rs)) {
        b.appealBody(localizedTexts().generate(rs));
      }
      if (bools().generate(rs)) {
        b.languageForm(no.rusomsorg.core.text.LanguageForm.values()[
            Generate.range(0, no.rusomsorg.core.text.LanguageForm.values().length - 1).generate(rs)]);
      }
      return b.build();
    };
  }

  public static Gen<Source> sources(String id) {
    return rs -> {
      LocalDate verified = dates().generate(rs);
      ImmutableSource.Builder b = Source.builder().id(id).title(texts().generate(rs)).publisher(texts().generate(rs))
          .verifiedOn(verified);
      if (bools().generate(rs)) {
        b.retrieved(verified.minusDays(Generate.range(0, 400).generate(rs)));
      }
      if (bools().generate(rs)) {
        b.url(URI.create("https://www.example.no/" + id));
      }
      return b.build();
    };
  }

  /** Whole catalogs with unique ids and resolvable references. */
  public static Gen<Catalog> catalogs() {
    return catalogs(0);
  }

  /** Whole catalogs with at least {@code minServices} services. */
  public static Gen<Catalog> catalogs(int minServices) {
    return rs -> {
      List<String> sourceIds = distinctIds(0, 3).generate(rs);
      List<String> unitIds = distinctIds(0, 3).generate(rs);
      List<List<String>> contactIds = new ArrayList<>();
      List<String> referable = new ArrayList<>(unitIds);
      for (int u = 0; u < unitIds.size(); u++) {
        List<String> cs = new ArrayList<>();
        int n = Generate.range(0, 3).generate(rs);
        for (int c = 0; c < n; c++) {
          cs.add("cp-" + u + "-" + c);
        }
        contactIds.add(cs);
        referable.addAll(cs);
      }
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < unitIds.size(); u++) {
        units.add(units(unitIds.get(u), contactIds.get(u), referable).generate(rs));
      }
      List<Service> services = new ArrayList<>();
      int s = Generate.range(minServices, Math.max(minServices, 4)).generate(rs);
      for (int i = 0; i < s; i++) {
        services.add(services("service-" + i, unitIds, sourceIds).generate(rs));
      }
      return Catalog.builder()
          .dataVersion("2026.1")
          .verifiedOn(java.time.LocalDate.of(2026, 11, 22))
          .municipality(municipalities(sourceIds).generate(rs))
          .addAllSources(sourceIds.stream().map(id -> sources(id).generate(rs)).collect(Collectors.toList()))
          .addAllUnits(units)
          .addAllServices(services)
          .build();
    };
  }

  /** Helpers for tests that need arrays of enum days. */
  public static List<DayOfWeek> weekdays() {
    return Arrays.asList(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
  }

  /** Local date-times in Oslo as a string, for failure messages. */
  public static String oslo(Instant instant) {
    return LocalDateTime.ofInstant(instant, OSLO) + " Oslo (" + instant + ")";
  }
}
