package no.rusomsorg.interop.internal;

import static no.rusomsorg.interop.internal.HsdsVocabulary.ACCESS_MODE;
import static no.rusomsorg.interop.internal.HsdsVocabulary.ALWAYS_OPEN;
import static no.rusomsorg.interop.internal.HsdsVocabulary.APPLICATION_BEFORE_CONTACT;
import static no.rusomsorg.interop.internal.HsdsVocabulary.CLOSED_ON_PUBLIC_HOLIDAYS;
import static no.rusomsorg.interop.internal.HsdsVocabulary.COST;
import static no.rusomsorg.interop.internal.HsdsVocabulary.LIBRARY_ID;
import static no.rusomsorg.interop.internal.HsdsVocabulary.PROVENANCE_BASELINE;
import static no.rusomsorg.interop.internal.HsdsVocabulary.PROVENANCE_PLUGIN;
import static no.rusomsorg.interop.internal.HsdsVocabulary.RECORD;
import static no.rusomsorg.interop.internal.HsdsVocabulary.SERVICE_KIND;
import static no.rusomsorg.interop.internal.HsdsVocabulary.TARGET_GROUP;
import static no.rusomsorg.interop.internal.HsdsVocabulary.VALID_FROM;
import static no.rusomsorg.interop.internal.HsdsVocabulary.VALID_TO;
import static no.rusomsorg.interop.internal.HsdsVocabulary.code;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceCategory;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.interop.Provenance;
import no.rusomsorg.interop.internal.JsonText.Obj;

/** Writes a catalog as HSDS 3.0: one JSON array per object type. */
public final class HsdsWriter {
  /** The two taxonomy documents, the same in every export. */
  private static final class Taxonomies {
    static final Map<String, String> DOCUMENTS = taxonomyDocuments();
  }

  private final Catalog catalog;
  private final Provenance provenance;
  private final LocalDate asOf;
  private final String m;
  private final Map<String, List<Obj>> docs = new LinkedHashMap<>();

  private HsdsWriter(Catalog catalog, Provenance provenance, LocalDate asOf, boolean withTaxonomies) {
    this.catalog = catalog;
    this.provenance = provenance;
    this.asOf = asOf;
    this.m = withTaxonomies ? "" : catalog.municipality().id();
    for (String t : HsdsVocabulary.TYPES) {
      docs.put(t, new ArrayList<>());
    }
  }

  /**
   * The HSDS documents of a catalog.
   *
   * @param catalog the catalog
   * @param provenance where the data comes from
   * @param asOf the day the export describes (service status, numbers and counties)
   * @return file name to JSON text
   */
  public static Map<String, String> write(Catalog catalog, Provenance provenance, LocalDate asOf) {
    HsdsWriter w = new HsdsWriter(catalog, provenance, asOf, false);
    w.all();
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Obj>> e : w.docs.entrySet()) {
      String name = e.getKey() + ".json";
      String cached = Taxonomies.DOCUMENTS.get(name);
      out.put(name, cached != null ? cached : JsonText.array(e.getValue()));
    }
    return out;
  }

  /**
   * The taxonomy terms document every export contains.
   *
   * @return the text
   */
  static String taxonomyTerms() {
    return Taxonomies.DOCUMENTS.get("taxonomy_term.json");
  }

  private static Map<String, String> taxonomyDocuments() {
    HsdsWriter w = new HsdsWriter(null, null, null, true);
    w.taxonomies();
    return Map.of("taxonomy.json", JsonText.array(w.docs.get("taxonomy")),
        "taxonomy_term.json", JsonText.array(w.docs.get("taxonomy_term")));
  }

  private String id(String type, String libraryId) {
    return Uuids.of(m, type, libraryId);
  }

  private String termId(String taxonomy, String code) {
    return Uuids.of("taxonomy", taxonomy, code);
  }

  private Obj add(String type) {
    Obj o = new Obj();
    docs.get(type).add(o);
    return o;
  }

  private void attribute(String linkId, String entity, String taxonomy, String code, String value) {
    Obj a = add("attribute");
    a.put("id", Uuids.of(m, "attribute", linkId + "/" + taxonomy + "/" + code));
    a.put("link_id", linkId);
    a.put("link_type", taxonomy);
    a.put("link_entity", entity);
    a.put("taxonomy_term_id", termId(taxonomy, code));
    if (value != null) {
      a.put("value", value);
    }
  }

  private void all() {
    Municipality mun = catalog.municipality();
    String root = id("organization", mun.id());
    Obj org = add("organization");
    org.put("id", root);
    org.put("name", mun.name() + " kommune");
    org.put("description", provenance.statement().nb());
    attribute(root, "organization", RECORD, LIBRARY_ID, mun.id());
    provenance(root, "organization");
    mun.numberOn(asOf).or(() -> java.util.Optional.of(mun.latestNumber())).ifPresent(n -> {
      Obj oi = add("organization_identifier");
      oi.put("id", id("organization_identifier", mun.id()));
      oi.put("organization_id", root);
      oi.put("identifier_scheme", "NO-KOMMUNENR");
      oi.put("identifier_type", "Kommunenummer (SSB)");
      oi.put("identifier", n.value());
    });

    for (Unit u : catalog.units()) {
      unit(u, root);
    }
    for (Service s : catalog.services()) {
      service(s, root);
    }
  }

  private void provenance(String linkId, String entity) {
    attribute(linkId, entity, RECORD, provenance.isNationalBaseline() ? PROVENANCE_BASELINE : PROVENANCE_PLUGIN,
        provenance.source());
  }

  private String county() {
    Municipality mun = catalog.municipality();
    return mun.countyOn(asOf).or(() -> java.util.Optional.of(mun.numbers().get(mun.numbers().size() - 1).county()))
        .map(County::name).orElseThrow();
  }

  private void unit(Unit u, String root) {
    String oid = id("unit", u.id());
    Obj o = add("organization");
    o.put("id", oid);
    o.put("name", u.name().nb());
    o.put("description", u.description().map(d -> d.nb()).orElse(u.name().nb()));
    o.put("parent_organization_id", root);
    attribute(oid, "organization", RECORD, LIBRARY_ID, u.id());
    for (ContactPoint cp : u.contactPoints()) {
      location(cp, oid);
    }
  }

  private static String locationType(ContactPoint cp) {
    if (cp.visitingAddress().isPresent()) {
      return "physical";
    }
    return cp.postalAddress().isPresent() ? "postal" : "virtual";
  }

  private void location(ContactPoint cp, String orgId) {
    String lid = id("location", cp.id());
    Obj l = add("location");
    l.put("id", lid);
    l.put("location_type", locationType(cp));
    cp.url().ifPresent(u -> l.put("url", u.toString()));
    l.put("organization_id", orgId);
    l.put("name", cp.label().nb());
    attribute(lid, "location", RECORD, LIBRARY_ID, cp.id());
    cp.visitingAddress().ifPresent(a -> address(a, lid, cp.id() + "/visiting", "physical"));
    cp.postalAddress().ifPresent(a -> address(a, lid, cp.id() + "/postal", "postal"));
    List<PhoneNumber> phones = cp.phones();
    for (int i = 0; i < phones.size(); i++) {
      Obj p = add("phone");
      p.put("id", id("phone", cp.id() + "/" + i));
      p.put("location_id", lid);
      p.put("number", phones.get(i).value());
      p.put("type", "voice");
      p.put("description", phones.get(i).national());
    }
    List<EmailAddress> emails = cp.emails();
    for (int i = 0; i < emails.size(); i++) {
      Obj c = add("contact");
      c.put("id", id("contact", cp.id() + "/" + i));
      c.put("organization_id", orgId);
      c.put("location_id", lid);
      c.put("name", cp.label().nb());
      c.put("email", emails.get(i).value());
    }
    cp.openingHours().ifPresent(h -> schedules(h, cp.id(), lid));
  }

  private void address(Address a, String lid, String key, String type) {
    Obj o = add("address");
    o.put("id", id("address", key));
    o.put("location_id", lid);
    a.recipient().ifPresent(r -> o.put("attention", r));
    o.put("address_1", a.street().orElseGet(() -> "Postboks " + a.poBox().orElseThrow()));
    o.put("city", a.place());
    o.put("state_province", county());
    o.put("postal_code", a.postcode().orElse(""));
    o.put("country", "NO");
    o.put("address_type", type);
  }

  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  private static String byday(Set<DayOfWeek> days) {
    List<String> codes = new ArrayList<>();
    for (DayOfWeek d : DAYS) {
      if (days.contains(d)) {
        codes.add(d.name().substring(0, 2));
      }
    }
    return String.join(",", codes);
  }

  private static String hhmm(LocalTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }

  private void schedules(OpeningHours h, String cpId, String lid) {
    String note = h.note().map(n -> n.nb()).orElse(null);
    if (h.alwaysOpen()) {
      Obj s = schedule(cpId + "/0", lid);
      s.put("freq", "WEEKLY");
      s.put("wkst", "MO");
      s.put("byday", "MO,TU,WE,TH,FR,SA,SU");
      s.put("opens_at", "00:00");
      s.put("closes_at", "00:00");
      s.put("description", "Døgnåpent, alle dager (lokal tid i Norge).");
      if (note != null) {
        s.put("notes", note);
      }
      attribute(s.string("id"), "schedule", RECORD, ALWAYS_OPEN, null);
      return;
    }
    if (h.periods().isEmpty()) {
      Obj s = schedule(cpId + "/0", lid);
      s.put("description", "Åpningstider er ikke oppgitt som faste tider.");
      if (note != null) {
        s.put("notes", note);
      }
      return;
    }
    for (int i = 0; i < h.periods().size(); i++) {
      OpeningPeriod p = h.periods().get(i);
      Obj s = schedule(cpId + "/" + i, lid);
      s.put("freq", "WEEKLY");
      s.put("wkst", "MO");
      s.put("byday", byday(p.days()));
      s.put("opens_at", hhmm(p.opens()));
      s.put("closes_at", hhmm(p.closes()));
      s.put("description", p.workingDaysOnly()
          ? "Lokal tid i Norge; bare virkedager: stengt på helligdager og høytidsdager."
          : "Lokal tid i Norge; også på helligdager.");
      if (i == 0 && note != null) {
        s.put("notes", note);
      }
      if (p.workingDaysOnly()) {
        attribute(s.string("id"), "schedule", RECORD, CLOSED_ON_PUBLIC_HOLIDAYS, null);
      }
    }
  }

  private Obj schedule(String key, String lid) {
    Obj s = add("schedule");
    s.put("id", id("schedule", key));
    s.put("location_id", lid);
    return s;
  }

  private String status(Service s) {
    if (s.offeredOn(asOf)) {
      return "active";
    }
    return s.validity().orElseThrow().from().isAfter(asOf) ? "inactive" : "defunct";
  }

  private void service(Service s, String root) {
    String sid = id("service", s.id());
    Obj o = add("service");
    o.put("id", sid);
    o.put("organization_id", s.unitIds().isEmpty() ? root : id("unit", s.unitIds().get(0)));
    o.put("name", s.name().nb());
    s.description().ifPresent(d -> o.put("description", d.nb()));
    o.put("status", status(s));
    StringBuilder process = new StringBuilder(s.accessMode().label().nb());
    s.requisitionedBy().ifPresent(r -> process.append(": ").append(r));
    process.append('.');
    if (s.applicationBeforeContact()) {
      process.append(" Søknaden må være sendt før første kontakt.");
    }
    o.put("application_process", process.toString());
    o.put("fees_description", s.cost().description().map(d -> d.nb()).orElse(HsdsVocabulary.costLabel(s.cost().kind())));
    s.eligibility().ifPresent(c -> {
      Criteria.rest(c, Language.NB).ifPresent(t -> o.put("eligibility_description", t));
      OptionalInt age = Criteria.minimumAge(c);
      if (age.isPresent()) {
        o.put("minimum_age", age.getAsInt());
      }
    });
    o.put("assured_date", s.verifiedOn().toString());

    attribute(sid, "service", RECORD, LIBRARY_ID, s.id());
    provenance(sid, "service");
    attribute(sid, "service", SERVICE_KIND, code(s.kind()), null);
    attribute(sid, "service", ACCESS_MODE, code(s.accessMode()), s.requisitionedBy().orElse(null));
    if (s.applicationBeforeContact()) {
      attribute(sid, "service", RECORD, APPLICATION_BEFORE_CONTACT, null);
    }
    attribute(sid, "service", COST, code(s.cost().kind()), null);
    for (TargetGroup g : s.targetGroups()) {
      attribute(sid, "service", TARGET_GROUP, code(g), null);
    }
    s.validity().ifPresent(v -> {
      attribute(sid, "service", RECORD, VALID_FROM, v.from().toString());
      v.to().ifPresent(t -> attribute(sid, "service", RECORD, VALID_TO, t.toString()));
    });

    Obj area = add("service_area");
    area.put("id", id("service_area", s.id()));
    area.put("service_id", sid);
    area.put("name", catalog.municipality().name() + " kommune");
    catalog.municipality().numberOn(asOf).ifPresent(n -> area.put("description", "Kommunenummer " + n.value()));

    Obj lang = add("language");
    lang.put("id", id("language", s.id()));
    lang.put("service_id", sid);
    lang.put("name", "Norsk");
    lang.put("code", "no");
    lang.put("note", "Antatt: kilden oppgir ikke språk; en kommunal tjeneste gis på norsk.");

    for (Unit u : catalog.unitsOf(s)) {
      for (ContactPoint cp : u.contactPoints()) {
        if (cp.visitingAddress().isPresent()) {
          Obj sal = add("service_at_location");
          sal.put("id", id("service_at_location", s.id() + "/" + cp.id()));
          sal.put("service_id", sid);
          sal.put("location_id", id("location", cp.id()));
        }
      }
    }
  }

  private void taxonomies() {
    taxonomy(SERVICE_KIND, "Tjenestetyper i rusomsorg",
        "Typer kommunale rustjenester, gruppert i kategorier (rusomsorg-biblioteket).");
    for (ServiceCategory c : ServiceCategory.values()) {
      term(SERVICE_KIND, HsdsVocabulary.categoryCode(c), c.label().nb(), c.label().en().orElse(c.label().nb()), null);
    }
    for (ServiceKind k : ServiceKind.values()) {
      term(SERVICE_KIND, code(k), k.label().nb(), k.label().en().orElse(k.label().nb()),
          termId(SERVICE_KIND, HsdsVocabulary.categoryCode(k.category())));
    }
    taxonomy(TARGET_GROUP, "Målgrupper", "Hvem en tjeneste er ment for (rusomsorg-biblioteket).");
    for (TargetGroup g : TargetGroup.values()) {
      term(TARGET_GROUP, code(g), g.label().nb(), g.label().en().orElse(g.label().nb()), null);
    }
    taxonomy(ACCESS_MODE, "Tilgang", "Hvordan en person får tjenesten; verdien kan navngi instansen som rekvirerer.");
    for (AccessMode a : AccessMode.values()) {
      term(ACCESS_MODE, code(a), a.label().nb(), a.label().en().orElse(a.label().nb()), null);
    }
    taxonomy(COST, "Pris", "Om tjenesten er gratis, har egenandel, eller om prisen ikke er oppgitt.");
    term(COST, code(Cost.Kind.FREE), "Gratis", "Free", null);
    term(COST, code(Cost.Kind.FEE), "Egenandel", "A fee", null);
    term(COST, code(Cost.Kind.NOT_STATED), "Ikke oppgitt", "Not stated", null);
    taxonomy(RECORD, "Opplysninger uten eget HSDS-felt",
        "Opplysninger i rusomsorg-biblioteket som HSDS 3.0 ikke har et felt for; attributtets verdi bærer dem.");
    term(RECORD, LIBRARY_ID, "Bibliotekets id", "The library's id", null);
    term(RECORD, VALID_FROM, "Tilbys fra", "Offered from", null);
    term(RECORD, VALID_TO, "Tilbys til og med", "Offered until", null);
    term(RECORD, APPLICATION_BEFORE_CONTACT, "Søknad før første kontakt", "Application before the first contact", null);
    term(RECORD, CLOSED_ON_PUBLIC_HOLIDAYS, "Stengt på helligdager og høytidsdager",
        "Closed on Norwegian public holidays", null);
    term(RECORD, ALWAYS_OPEN, "Døgnåpent", "Always open", null);
    term(RECORD, PROVENANCE_PLUGIN, "Kommunens egne data", "The municipality's own data", null);
    term(RECORD, PROVENANCE_BASELINE, "Nasjonalt grunnlag, ikke kommunens egne data",
        "National baseline, not the municipality's own data", null);
  }

  private void taxonomy(String code, String name, String description) {
    Obj t = add("taxonomy");
    t.put("id", Uuids.of("taxonomy", code, ""));
    t.put("name", name);
    t.put("description", description);
    t.put("version", "1");
  }

  private void term(String taxonomy, String code, String name, String description, String parentId) {
    Obj t = add("taxonomy_term");
    t.put("id", termId(taxonomy, code));
    t.put("code", code);
    t.put("name", name);
    t.put("description", description);
    if (parentId != null) {
      t.put("parent_id", parentId);
    }
    t.put("taxonomy", taxonomy);
    t.put("language", "nb");
    t.put("taxonomy_id", Uuids.of("taxonomy", taxonomy, ""));
  }
}
