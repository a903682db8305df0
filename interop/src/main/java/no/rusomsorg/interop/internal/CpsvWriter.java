package no.rusomsorg.interop.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.interop.Provenance;

/**
 * Writes a catalog's services as CPSV-AP-NO 1.1 resources (see docs/interop.md for the mapping and for
 * what was taken from the profile and what is our reading of it).
 */
public final class CpsvWriter {
  /** The CPSV namespace. */
  public static final String CPSV = "http://purl.org/vocab/cpsv#";
  /** The Core Vocabularies namespace (cv:). */
  public static final String CV = "http://data.europa.eu/m8g/";
  /** Dublin Core terms. */
  public static final String DCT = "http://purl.org/dc/terms/";
  /** The European Legislation Identifier ontology. */
  public static final String ELI = "http://data.europa.eu/eli/ontology#";
  /** SKOS. */
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  /** The ISA Core Location vocabulary. */
  public static final String LOCN = "http://www.w3.org/ns/locn#";
  /** RDF Schema. */
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  /** XML Schema datatypes. */
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  /** The EU's language authority table. */
  public static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
  /** The EU's currency authority table. */
  public static final String CURRENCY = "http://publications.europa.eu/resource/authority/currency/";
  /** Digdir's vocabulary of service channel types (as we read CPSV-AP-NO 1.1; docs/interop.md). */
  public static final String CHANNEL_TYPE = "https://data.norge.no/vocabulary/service-channel-type#";

  private final Catalog catalog;
  private final Provenance provenance;
  private final LocalDate asOf;
  private final String m;
  private final Rdf rdf = new Rdf();
  private final java.util.Map<String, Rdf.Resource> contactPoints = new java.util.HashMap<>();

  private CpsvWriter(Catalog catalog, Provenance provenance, LocalDate asOf) {
    this.catalog = catalog;
    this.provenance = provenance;
    this.asOf = asOf;
    this.m = catalog.municipality().id();
    rdf.prefix("cpsv", CPSV).prefix("cv", CV).prefix("dct", DCT).prefix("eli", ELI).prefix("skos", SKOS)
        .prefix("locn", LOCN).prefix("rdfs", RDFS).prefix("xsd", XSD);
  }

  /**
   * The graph of a catalog's services offered on a day.
   *
   * @param catalog the catalog
   * @param provenance where the data comes from
   * @param asOf the day
   * @return the graph
   */
  public static Rdf write(Catalog catalog, Provenance provenance, LocalDate asOf) {
    CpsvWriter w = new CpsvWriter(catalog, provenance, asOf);
    w.all();
    return w.rdf;
  }

  private String urn(String type, String id) {
    return "urn:uuid:" + Uuids.of(m, type, id);
  }

  private static void texts(Rdf.Resource r, String predicate, LocalizedText t) {
    r.text(predicate, t.nb(), "nb");
    t.nn().ifPresent(v -> r.text(predicate, v, "nn"));
    t.en().ifPresent(v -> r.text(predicate, v, "en"));
  }

  private static void allThree(Rdf.Resource r, String predicate, String nb, String nn, String en) {
    r.text(predicate, nb, "nb").text(predicate, nn, "nn").text(predicate, en, "en");
  }

  private void all() {
    Municipality mun = catalog.municipality();
    Rdf.Resource authority = rdf.resource(urn("organization", mun.id()), "cv:PublicOrganization");
    authority.string("dct:identifier", mun.numberOn(asOf).orElse(mun.latestNumber()).value());
    allThree(authority, "skos:prefLabel", mun.name() + " kommune", mun.name() + " kommune", mun.name() + " municipality");
    Rdf.Resource statement = rdf.resource(urn("provenance", provenance.kind().name() + "/" + provenance.source()),
        "dct:ProvenanceStatement");
    texts(statement, "rdfs:label", provenance.statement());
    for (Service s : catalog.servicesOn(asOf)) {
      service(s, authority, statement);
    }
  }

  private void service(Service s, Rdf.Resource authority, Rdf.Resource statement) {
    String iri = urn("service", s.id());
    Rdf.Resource r = rdf.resource(iri, "cpsv:PublicService");
    r.string("dct:identifier", iri);
    texts(r, "dct:title", s.name());
    LocalizedText description = s.description().orElse(s.kind().label());
    texts(r, "dct:description", description);
    r.link("cv:hasCompetentAuthority", authority);
    r.iri("dct:language", LANGUAGE + "NOB");
    if (s.name().nn().isPresent() || s.description().flatMap(LocalizedText::nn).isPresent()) {
      r.iri("dct:language", LANGUAGE + "NNO");
    }
    if (s.name().en().isPresent() || description.en().isPresent()) {
      r.iri("dct:language", LANGUAGE + "ENG");
    }
    r.link("dct:provenance", statement);
    for (Unit u : catalog.unitsOf(s)) {
      for (ContactPoint cp : u.contactPoints()) {
        r.link("cv:hasContactPoint", contactPoint(cp));
        channels(r, cp);
      }
    }
    cost(r, s);
    s.eligibility().ifPresent(c -> {
      Rdf.Resource req = rdf.resource(urn("requirement", s.id()), "cv:CriterionRequirement");
      req.string("dct:identifier", urn("requirement", s.id()));
      allThree(req, "dct:title", "Hvem tjenesten er for: " + Criteria.text(c, Language.NB),
          "Kven tenesta er for: " + Criteria.text(c, Language.NN), "Who the service is for: " + Criteria.text(c, Language.EN));
      r.link("cv:hasCriterion", req);
    });
    if (s.accessMode().needsDecision()) {
      Rdf.Resource out = rdf.resource(urn("output", s.id()), "cv:Output");
      out.string("dct:identifier", urn("output", s.id()));
      allThree(out, "dct:title", "Vedtak om tjenesten", "Vedtak om tenesta", "A decision on the service");
      r.link("cpsv:produces", out);
    }
    for (LegalReference ref : s.legalBasis()) {
      Rdf.Resource law = rdf.resource(lovdata(ref), "eli:LegalResource");
      law.text("dct:title", ref.citation(), "nb");
      law.string("dct:identifier", ref.act().lovdataId() + " § " + ref.section());
      r.link("cv:hasLegalResource", law);
    }
  }

  /**
   * The Lovdata address of a reference, with the section sign percent-encoded so the IRI is ASCII.
   *
   * @param ref the reference
   * @return the IRI
   */
  public static String lovdata(LegalReference ref) {
    return ref.lovdataUrl().replace("§", "%C2%A7");
  }

  private void cost(Rdf.Resource r, Service s) {
    Cost c = s.cost();
    if (c.kind() == Cost.Kind.NOT_STATED && c.description().isEmpty()) {
      return;
    }
    Rdf.Resource cost = rdf.resource(urn("cost", s.id()), "cv:Cost");
    cost.string("dct:identifier", urn("cost", s.id()));
    if (c.description().isPresent()) {
      texts(cost, "dct:description", c.description().get());
    } else if (c.kind() == Cost.Kind.FREE) {
      allThree(cost, "dct:description", "Gratis.", "Gratis.", "Free of charge.");
    }
    if (c.kind() == Cost.Kind.FREE) {
      cost.typed("cv:value", "0", "xsd:decimal");
      cost.iri("cv:currency", CURRENCY + "NOK");
    }
    r.link("cv:hasCost", cost);
  }

  private Rdf.Resource contactPoint(ContactPoint cp) {
    Rdf.Resource done = contactPoints.get(cp.id());
    if (done != null) {
      return done;
    }
    Rdf.Resource c = rdf.resource(urn("contact-point", cp.id()), "cv:ContactPoint");
    contactPoints.put(cp.id(), c);
    for (PhoneNumber p : cp.phones()) {
      c.string("cv:telephone", p.value());
    }
    for (EmailAddress e : cp.emails()) {
      c.string("cv:email", e.value());
    }
    cp.url().ifPresent(u -> c.iri("cv:contactPage", u.toASCIIString()));
    cp.visitingAddress().ifPresent(a -> c.link("locn:address", address(cp.id() + "/visiting", a)));
    cp.postalAddress().ifPresent(a -> c.link("locn:address", address(cp.id() + "/postal", a)));
    cp.openingHours().filter(h -> h.specified() || h.note().isPresent()).ifPresent(h -> {
      for (Language l : Language.values()) {
        c.text("cv:openingHours", hours(h, l), tag(l));
      }
    });
    return c;
  }

  private Rdf.Resource address(String key, no.rusomsorg.core.contact.Address a) {
    Rdf.Resource r = rdf.resource(urn("address", key), "locn:Address");
    r.string("locn:fullAddress", String.join(", ", a.lines()));
    a.postcode().ifPresent(p -> r.string("locn:postCode", p));
    r.string("locn:postName", a.place());
    r.string("locn:adminUnitL1", "NO");
    return r;
  }

  private static String tag(Language l) {
    return l.name().toLowerCase(java.util.Locale.ROOT);
  }

  private void channels(Rdf.Resource r, ContactPoint cp) {
    if (!cp.phones().isEmpty()) {
      r.link("cv:hasChannel", channel(cp, "telephone"));
    }
    if (!cp.emails().isEmpty()) {
      r.link("cv:hasChannel", channel(cp, "email"));
    }
    if (cp.url().isPresent()) {
      r.link("cv:hasChannel", channel(cp, "homepage"));
    }
    cp.visitingAddress().ifPresent(a -> {
      Rdf.Resource ch = channel(cp, "service-bureau");
      String line = String.join(", ", a.lines());
      allThree(ch, "dct:description", "Besøksadresse: " + line, "Besøksadresse: " + line, "Visiting address: " + line);
      r.link("cv:hasChannel", ch);
    });
  }

  private Rdf.Resource channel(ContactPoint cp, String type) {
    String id = urn("channel", cp.id() + "/" + type);
    Rdf.Resource ch = rdf.resource(id, "cv:Channel");
    ch.string("dct:identifier", id);
    ch.iri("dct:type", CHANNEL_TYPE + type);
    ch.link("cv:hasContactPoint", contactPoint(cp));
    return ch;
  }

  // ------------------------------------------------------------------ opening hours as text

  private static final String[][] DAY_NAMES = {
      {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"},
      {"måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag"},
      {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}};

  /**
   * Opening hours as a sentence in a language, local Norwegian time.
   *
   * @param h the hours
   * @param l the language
   * @return the text
   */
  public static String hours(OpeningHours h, Language l) {
    int li = l.ordinal();
    List<String> parts = new ArrayList<>();
    if (h.alwaysOpen()) {
      parts.add(new String[] {"Døgnåpent alle dager", "Døgnope alle dagar", "Open around the clock every day"}[li]);
    }
    for (OpeningPeriod p : h.periods()) {
      String days = days(p.days(), li);
      String time = hhmm(p.opens()) + "–" + (p.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : hhmm(p.closes()));
      String holidays = p.workingDaysOnly()
          ? new String[] {" (bare virkedager: stengt på helligdager)", " (berre vyrkedagar: stengt på heilagdagar)",
              " (working days only: closed on Norwegian public holidays)"}[li]
          : "";
      parts.add(days + " " + time + holidays);
    }
    Optional<String> note = h.note().map(n -> n.in(l));
    String text = String.join("; ", parts);
    if (note.isPresent()) {
      text = text.isEmpty() ? note.get() : text + ". " + note.get();
    }
    return text.isEmpty() ? new String[] {"Ikke oppgitt", "Ikkje oppgitt", "Not stated"}[li] : text;
  }

  private static String days(Set<DayOfWeek> days, int li) {
    List<String> names = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (days.contains(d)) {
        names.add(DAY_NAMES[li][d.ordinal()]);
      }
    }
    String glue = li == 2 ? " and " : " og ";
    if (names.size() == 1) {
      return capital(names.get(0));
    }
    return capital(String.join(", ", names.subList(0, names.size() - 1)) + glue + names.get(names.size() - 1));
  }

  private static String capital(String s) {
    return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private static String hhmm(LocalTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }


}
