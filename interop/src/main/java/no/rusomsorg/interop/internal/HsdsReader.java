package no.rusomsorg.interop.internal;

import static no.rusomsorg.interop.internal.HsdsVocabulary.ACCESS_MODE;
import static no.rusomsorg.interop.internal.HsdsVocabulary.ALWAYS_OPEN;
import static no.rusomsorg.interop.internal.HsdsVocabulary.APPLICATION_BEFORE_CONTACT;
import static no.rusomsorg.interop.internal.HsdsVocabulary.CLOSED_ON_PUBLIC_HOLIDAYS;
import static no.rusomsorg.interop.internal.HsdsVocabulary.COST;
import static no.rusomsorg.interop.internal.HsdsVocabulary.LIBRARY_ID;
import static no.rusomsorg.interop.internal.HsdsVocabulary.RECORD;
import static no.rusomsorg.interop.internal.HsdsVocabulary.SERVICE_KIND;
import static no.rusomsorg.interop.internal.HsdsVocabulary.TARGET_GROUP;
import static no.rusomsorg.interop.internal.HsdsVocabulary.VALID_FROM;
import static no.rusomsorg.interop.internal.HsdsVocabulary.VALID_TO;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.ImmutableAddress;
import no.rusomsorg.core.contact.ImmutableContactPoint;
import no.rusomsorg.core.contact.ImmutableOpeningHours;
import no.rusomsorg.core.contact.ImmutableUnit;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.interop.HsdsSupplement;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads HSDS 3.0 documents (one JSON array per object type, as {@link HsdsWriter} writes them) into a
 * catalog. Errors are {@link InvalidValueException}s whose field is {@code <file>[<index>].<field>}.
 */
public final class HsdsReader {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern PO_BOX = Pattern.compile("Postboks ([0-9]{1,6})");
  private static final Pattern HHMM = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])");
  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Map<String, List<JsonNode>> docs = new HashMap<>();
  private final Map<String, String[]> terms = new HashMap<>();
  private final Map<String, List<String[]>> attributes = new HashMap<>();
  private final Map<String, String> organizationOfLocation = new HashMap<>();
  private final HsdsSupplement supplement;

  private HsdsReader(HsdsSupplement supplement) {
    this.supplement = supplement;
  }

  /**
   * Reads the documents.
   *
   * @param files file name ({@code service.json}, ...) to JSON text; {@code organization.json} and
   *     {@code service.json} are required, the others optional
   * @param supplement what HSDS cannot say
   * @return the catalog
   * @throws InvalidValueException if a document is malformed or its data breaks a rule of the catalog
   */
  public static Catalog read(Map<String, String> files, HsdsSupplement supplement) {
    HsdsReader r = new HsdsReader(supplement);
    boolean ownTerms = HsdsWriter.taxonomyTerms().equals(files.get("taxonomy_term.json"));
    for (String type : HsdsVocabulary.TYPES) {
      // the taxonomy terms this module writes are known: parse them once, not per import
      r.docs.put(type, ownTerms && type.equals("taxonomy_term") ? OwnTerms.NODES : r.parse(type, files.get(type + ".json")));
    }
    if (!files.containsKey("organization.json")) {
      throw new InvalidValueException("organization.json", Rule.REQUIRED, "an HSDS dataset needs its organizations");
    }
    if (!files.containsKey("service.json")) {
      throw new InvalidValueException("service.json", Rule.REQUIRED, "an HSDS dataset needs its services");
    }
    return r.catalog();
  }

  /** The taxonomy terms of {@link HsdsWriter}, parsed once. */
  private static final class OwnTerms {
    static final List<JsonNode> NODES = new HsdsReader(null).parse("taxonomy_term", HsdsWriter.taxonomyTerms());
  }

  private List<JsonNode> parse(String type, String text) {
    List<JsonNode> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new InvalidValueException(type + ".json", Rule.FORMAT, "not JSON: " + e.getOriginalMessage());
    }
    if (!root.isArray()) {
      throw new InvalidValueException(type + ".json", Rule.FORMAT, "expected an array of " + type + " objects");
    }
    for (int i = 0; i < root.size(); i++) {
      if (!root.get(i).isObject()) {
        throw new InvalidValueException(type + ".json[" + i + "]", Rule.FORMAT, "expected an object");
      }
      out.add(root.get(i));
    }
    return out;
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(v.asString());
  }

  private static String path(String type, int i, String field) {
    return type + ".json[" + i + "]." + field;
  }

  private String required(String type, int i, String field) {
    JsonNode o = docs.get(type).get(i);
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      throw new InvalidValueException(path(type, i, field), Rule.REQUIRED, "HSDS requires " + field);
    }
    if (!v.isString()) {
      throw new InvalidValueException(path(type, i, field), Rule.FORMAT, "expected a string");
    }
    return v.asString();
  }

  private Catalog catalog() {
    List<JsonNode> ts = docs.get("taxonomy_term");
    for (int i = 0; i < ts.size(); i++) {
      String taxonomy = text(ts.get(i), "taxonomy").orElse("");
      terms.put(required("taxonomy_term", i, "id"), new String[] {taxonomy, text(ts.get(i), "code").orElse("")});
    }
    List<JsonNode> as = docs.get("attribute");
    for (int i = 0; i < as.size(); i++) {
      String termId = text(as.get(i), "taxonomy_term_id").orElse("");
      String[] term = terms.get(termId);
      if (term == null) {
        throw new InvalidValueException(path("attribute", i, "taxonomy_term_id"), Rule.REFERENCE,
            "no taxonomy term has the id '" + termId + "'");
      }
      attributes.computeIfAbsent(text(as.get(i), "link_id").orElse(""), k -> new ArrayList<>())
          .add(new String[] {term[0], term[1], text(as.get(i), "value").orElse(null)});
    }

    for (JsonNode l : docs.get("location")) {
      organizationOfLocation.put(text(l, "id").orElse(""), text(l, "organization_id").orElse(""));
    }
    Map<String, String> unitIdByOrg = new LinkedHashMap<>();
    List<JsonNode> orgs = docs.get("organization");
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < orgs.size(); i++) {
      JsonNode o = orgs.get(i);
      String oid = required("organization", i, "id");
      if (text(o, "parent_organization_id").isEmpty()) {
        continue;
      }
      String unitId = libraryId(oid, "unit");
      String name = required("organization", i, "name");
      ImmutableUnit.Builder u = Unit.builder().id(unitId).name(LocalizedText.of(name));
      text(o, "description").filter(d -> !d.equals(name)).ifPresent(d -> u.description(LocalizedText.of(d)));
      List<JsonNode> locs = docs.get("location");
      for (int l = 0; l < locs.size(); l++) {
        if (oid.equals(text(locs.get(l), "organization_id").orElse(null))) {
          u.addContactPoints(contactPoint(l));
        }
      }
      unitIdByOrg.put(oid, unitId);
      units.add(at("organization.json[" + i + "]", u::build));
    }
    List<Service> services = new ArrayList<>();
    List<JsonNode> ss = docs.get("service");
    for (int i = 0; i < ss.size(); i++) {
      int index = i;
      services.add(at("service.json[" + i + "]", () -> service(index, unitIdByOrg)));
    }
    HsdsSupplement s = supplement;
    return Catalog.builder().dataVersion(s.dataVersion()).verifiedOn(s.verifiedOn()).municipality(s.municipality())
        .addAllSources(s.sources()).addAllUnits(units).addAllServices(services).build();
  }

  private static <T> T at(String prefix, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      if (e.field().startsWith(prefix) || e.field().contains(".json")) {
        throw e;
      }
      throw e.under(prefix);
    }
  }

  private String libraryId(String uuid, String type) {
    for (String[] a : attributes.getOrDefault(uuid, List.of())) {
      if (RECORD.equals(a[0]) && LIBRARY_ID.equals(a[1]) && a[2] != null) {
        return a[2];
      }
    }
    if (!UUID_TEXT.matcher(uuid).matches()) {
      throw new InvalidValueException("id", Rule.FORMAT, "an HSDS id is a lower-case UUID");
    }
    return "hsds." + type + "-" + uuid;
  }

  private List<String[]> attrs(String uuid, String taxonomy) {
    List<String[]> out = new ArrayList<>();
    for (String[] a : attributes.getOrDefault(uuid, List.of())) {
      if (taxonomy.equals(a[0])) {
        out.add(a);
      }
    }
    return out;
  }

  private boolean flag(String uuid, String code) {
    return attrs(uuid, RECORD).stream().anyMatch(a -> code.equals(a[1]));
  }

  private Optional<String> recordValue(String uuid, String code) {
    return attrs(uuid, RECORD).stream().filter(a -> code.equals(a[1]) && a[2] != null).map(a -> a[2]).findFirst();
  }

  private ContactPoint contactPoint(int l) {
    JsonNode loc = docs.get("location").get(l);
    String lid = required("location", l, "id");
    String prefix = "location.json[" + l + "]";
    return at(prefix, () -> {
      ImmutableContactPoint.Builder cp = ContactPoint.builder().id(libraryId(lid, "contact"))
          .label(LocalizedText.of(text(loc, "name").filter(n -> !n.isBlank()).orElse("Kontakt")));
      text(loc, "url").ifPresent(u -> cp.url(uri(prefix + ".url", u)));
      List<JsonNode> phones = docs.get("phone");
      for (int i = 0; i < phones.size(); i++) {
        if (lid.equals(text(phones.get(i), "location_id").orElse(null))) {
          cp.addPhones(PhoneNumber.parse(path("phone", i, "number"), required("phone", i, "number")));
        }
      }
      List<JsonNode> contacts = docs.get("contact");
      for (int i = 0; i < contacts.size(); i++) {
        if (lid.equals(text(contacts.get(i), "location_id").orElse(null))) {
          Optional<String> email = text(contacts.get(i), "email");
          if (email.isPresent()) {
            cp.addEmails(EmailAddress.parse(path("contact", i, "email"), email.get()));
          }
        }
      }
      List<JsonNode> addresses = docs.get("address");
      for (int i = 0; i < addresses.size(); i++) {
        if (lid.equals(text(addresses.get(i), "location_id").orElse(null))) {
          String type = required("address", i, "address_type");
          Address a = address(i);
          if (type.equals("physical")) {
            cp.visitingAddress(a);
          } else if (type.equals("postal")) {
            cp.postalAddress(a);
          }
        }
      }
      openingHours(lid).ifPresent(cp::openingHours);
      return cp.build();
    });
  }

  private static URI uri(String field, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidValueException(field, Rule.FORMAT, "not a URI");
    }
  }

  private Address address(int i) {
    JsonNode a = docs.get("address").get(i);
    return at("address.json[" + i + "]", () -> {
      ImmutableAddress.Builder b = Address.builder().place(required("address", i, "city"));
      text(a, "attention").ifPresent(b::recipient);
      String line = required("address", i, "address_1");
      java.util.regex.Matcher box = PO_BOX.matcher(line);
      if (box.matches()) {
        b.poBox(box.group(1));
      } else {
        b.street(line);
      }
      text(a, "postal_code").filter(p -> !p.isEmpty()).ifPresent(b::postcode);
      return b.build();
    });
  }

  private Optional<OpeningHours> openingHours(String lid) {
    List<JsonNode> ss = docs.get("schedule");
    List<Integer> mine = new ArrayList<>();
    for (int i = 0; i < ss.size(); i++) {
      if (lid.equals(text(ss.get(i), "location_id").orElse(null))) {
        mine.add(i);
      }
    }
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    ImmutableOpeningHours.Builder h = OpeningHours.builder();
    Optional<String> note = text(ss.get(mine.get(0)), "notes");
    note.ifPresent(n -> h.note(LocalizedText.of(n)));
    String first = required("schedule", mine.get(0), "id");
    if (flag(first, ALWAYS_OPEN)) {
      return Optional.of(h.alwaysOpen(true).build());
    }
    for (int i : mine) {
      JsonNode s = ss.get(i);
      if (text(s, "freq").isEmpty()) {
        continue;
      }
      if (!"WEEKLY".equals(text(s, "freq").get())) {
        throw new InvalidValueException(path("schedule", i, "freq"), Rule.FORMAT, "only WEEKLY schedules can be read");
      }
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (String d : required("schedule", i, "byday").split(",")) {
        days.add(day(path("schedule", i, "byday"), d.trim()));
      }
      LocalTime opens = time(path("schedule", i, "opens_at"), required("schedule", i, "opens_at"));
      LocalTime closes = time(path("schedule", i, "closes_at"), required("schedule", i, "closes_at"));
      boolean working = flag(required("schedule", i, "id"), CLOSED_ON_PUBLIC_HOLIDAYS);
      int index = i;
      h.addPeriods(at("schedule.json[" + index + "]", () -> OpeningPeriod.builder().addAllDays(days)
          .workingDaysOnly(working).opens(opens).closes(closes).build()));
    }
    return Optional.of(at("schedule.json[" + mine.get(0) + "]", h::build));
  }

  private static DayOfWeek day(String field, String code) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 2).equals(code)) {
        return d;
      }
    }
    throw new InvalidValueException(field, Rule.FORMAT, "a day is MO, TU, WE, TH, FR, SA or SU");
  }

  private static LocalTime time(String field, String text) {
    java.util.regex.Matcher t = HHMM.matcher(text);
    if (!t.matches()) {
      throw new InvalidValueException(field, Rule.FORMAT, "a time is HH:MM in local Norwegian time, without an offset");
    }
    return LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)));
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidValueException(field, Rule.FORMAT, "a date is YYYY-MM-DD");
    }
  }

  private Service service(int i, Map<String, String> unitIdByOrg) {
    JsonNode s = docs.get("service").get(i);
    String sid = required("service", i, "id");
    ImmutableService.Builder b = Service.builder().id(libraryId(sid, "service"))
        .name(LocalizedText.of(required("service", i, "name")));
    required("service", i, "status");
    text(s, "description").ifPresent(d -> b.description(LocalizedText.of(d)));

    ServiceKind kind = attrs(sid, SERVICE_KIND).stream().map(a -> HsdsVocabulary.parse(ServiceKind.class, a[1]))
        .filter(k -> k != null).findFirst().orElse(supplement.defaultKind());
    b.kind(kind);
    Optional<String[]> access = attrs(sid, ACCESS_MODE).stream()
        .filter(a -> HsdsVocabulary.parse(AccessMode.class, a[1]) != null).findFirst();
    AccessMode mode = access.map(a -> HsdsVocabulary.parse(AccessMode.class, a[1])).orElse(supplement.defaultAccessMode());
    b.accessMode(mode);
    if (mode == AccessMode.REQUISITION_BY_AGENCY) {
      b.requisitionedBy(access.map(a -> a[2]).orElseThrow(() -> new InvalidValueException("attributes", Rule.REQUIRED,
          "a requisitioned service names the agency in its access-mode attribute's value")));
    }
    b.applicationBeforeContact(flag(sid, APPLICATION_BEFORE_CONTACT));

    Cost.Kind costKind = attrs(sid, COST).stream().map(a -> HsdsVocabulary.parse(Cost.Kind.class, a[1]))
        .filter(k -> k != null).findFirst().orElse(Cost.Kind.NOT_STATED);
    Optional<String> fees = text(s, "fees_description").filter(f -> !f.equals(HsdsVocabulary.costLabel(costKind)));
    b.cost(switch (costKind) {
      case FREE -> fees.<Cost>map(f -> Cost.builder().free(true).description(LocalizedText.of(f)).build()).orElse(Cost.ofFree());
      case FEE -> Cost.fee(LocalizedText.of(text(s, "fees_description").orElseThrow(
          () -> new InvalidValueException("fees_description", Rule.REQUIRED, "a fee must be described"))));
      case NOT_STATED -> fees.<Cost>map(f -> Cost.notStated(LocalizedText.of(f))).orElse(Cost.notStated());
    });
    for (TargetGroup g : TargetGroup.values()) {
      if (attrs(sid, TARGET_GROUP).stream().anyMatch(a -> HsdsVocabulary.code(g).equals(a[1]))) {
        b.addTargetGroups(g);
      }
    }
    String org = required("service", i, "organization_id");
    List<String> unitIds = new ArrayList<>();
    if (unitIdByOrg.containsKey(org)) {
      unitIds.add(unitIdByOrg.get(org));
    }
    // further units: those whose locations the service is given at
    List<JsonNode> sals = docs.get("service_at_location");
    for (int k = 0; k < sals.size(); k++) {
      if (sid.equals(text(sals.get(k), "service_id").orElse(null))) {
        String unit = unitIdByOrg.get(organizationOfLocation.get(text(sals.get(k), "location_id").orElse("")));
        if (unit != null && !unitIds.contains(unit)) {
          unitIds.add(unit);
        }
      }
    }
    b.addAllUnitIds(unitIds);
    b.addSourceIds(supplement.sourceId());
    b.verifiedOn(text(s, "assured_date").map(d -> date(path("service", i, "assured_date"), d))
        .orElse(supplement.verifiedOn()));
    Optional<String> from = recordValue(sid, VALID_FROM);
    if (from.isPresent()) {
      LocalDate f = date("attributes." + VALID_FROM, from.get());
      Optional<String> to = recordValue(sid, VALID_TO);
      b.validity(to.isPresent() ? Validity.of(f, date("attributes." + VALID_TO, to.get())) : Validity.starting(f));
    }
    Optional<String> described = text(s, "eligibility_description");
    JsonNode age = s.get("minimum_age");
    Criterion rest = described.map(d -> (Criterion) Criterion.described(LocalizedText.of(d), supplement.sourceId()))
        .orElse(null);
    if (age != null && !age.isNull()) {
      if (!age.isIntegralNumber()) {
        throw new InvalidValueException("minimum_age", Rule.FORMAT, "a minimum age is a whole number of years");
      }
      Criterion min = Criterion.minimumAge(age.asInt());
      b.eligibility(rest == null ? min : Criterion.all(min, rest));
    } else if (rest != null) {
      b.eligibility(rest);
    }
    return b.build();
  }
}
