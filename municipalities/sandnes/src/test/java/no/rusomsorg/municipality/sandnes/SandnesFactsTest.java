package no.rusomsorg.municipality.sandnes;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.Service;
import org.junit.jupiter.api.Test;

/** The facts of the Sandnes page carried over exactly, with its typing errors normalised. */
class SandnesFactsTest {
  private final Catalog catalog = new SandnesProvider().catalog();

  private ContactPoint contact(String id) {
    return catalog.contactPoint(id).orElseThrow();
  }

  private Service service(String id) {
    return catalog.service(id).orElseThrow();
  }

  @Test
  void contactDetails() {
    ContactPoint mo = contact("sandnes.mo-senter.contact");
    assertThat(mo.phones()).extracting(p -> p.national()).containsExactly("468 95 582");
    assertThat(mo.emails()).extracting(e -> e.value()).containsExactly("fagteamrusmosenter@sandnes.kommune.no");
    assertThat(mo.visitingAddress().orElseThrow().street()).contains("Langgata 96");
    assertThat(mo.postalAddress().orElseThrow().lines())
        .containsExactly("Sandnes kommune, mestringsenheten", "Postboks 583", "4302 Sandnes");
    assertThat(mo.openingHours().orElseThrow().fallback().orElseThrow().answeredBy()).contains("sandnes.sandnesveien-299.contact");

    ContactPoint mestring = contact("sandnes.mestringsenheten.contact");
    assertThat(mestring.phones()).extracting(p -> p.national()).containsExactly("976 00 832");
    assertThat(mestring.emails()).extracting(e -> e.value()).containsExactly("mestringsenheten@sandnes.kommune.no");
    assertThat(mestring.visitingAddress().orElseThrow().street()).contains("Håkon 7. gate 6, 1. etasje");

    ContactPoint fact = contact("sandnes.fact.contact");
    assertThat(fact.phones()).extracting(p -> p.national()).containsExactly("958 63 330");
    assertThat(fact.emails()).extracting(e -> e.value()).containsExactly("fact@sandnes.kommune.no");
    assertThat(fact.visitingAddress().orElseThrow().street()).contains("Julie Eges gate 6, 1. etasje");

    assertThat(contact("sandnes.sandnesveien-299.contact").visitingAddress().orElseThrow().street()).contains("Sandnesveien 299");
  }

  @Test
  void akuttenIsRequisitionedByNavForRegisteredResidents() {
    Service akutten = service("sandnes.akutten");
    assertThat(akutten.accessMode()).isEqualTo(AccessMode.REQUISITION_BY_AGENCY);
    assertThat(akutten.requisitionedBy()).contains("NAV Sandnes");
    assertThat(akutten.eligibility()).contains(SandnesCatalog.EMERGENCY_HOUSING);
    // the page states no price for Akutten: "not stated", not "free"
    assertThat(akutten.cost().kind()).isEqualTo(Cost.Kind.NOT_STATED);
  }

  @Test
  void housingHasRentAndSevenPlaces() {
    Service housing = service("sandnes.housing");
    assertThat(housing.cost().kind()).isEqualTo(Cost.Kind.FEE);
    assertThat(housing.description().orElseThrow().nb()).contains("7 plasser").contains("boligtjeneste");
  }

  @Test
  void theTeamsServicesAreFreeAndEveryServiceCitesTheSandnesPage() {
    assertThat(catalog.services()).allSatisfy(s -> assertThat(s.sourceIds()).contains("sandnes-rustjenester"));
    assertThat(catalog.services()).filteredOn(s -> !List.of("sandnes.housing", "sandnes.akutten", "sandnes.fact")
            .contains(s.id()))
        .allSatisfy(s -> assertThat(s.cost().kind()).as(s.id()).isEqualTo(Cost.Kind.FREE));
    assertThat(service("sandnes.fact").cost().kind()).isEqualTo(Cost.Kind.NOT_STATED);
  }

  @Test
  void complaintRoutesAsPublished() {
    // the page's complaint text covers health and care services: not the housing decision, not coercion
    assertThat(catalog.services()).filteredOn(s -> s.id().equals("sandnes.housing") || s.id().equals("sandnes.coercion"))
        .allSatisfy(s -> assertThat(s.complaintInfo()).as(s.id()).isEmpty());
    // a referral to specialist care is not a municipal decision: only the service-complaint text applies to it
    assertThat(service("sandnes.referral-specialist").complaintInfo(ComplaintSubject.DECISION)).isEmpty();
    assertThat(service("sandnes.referral-specialist").complaintInfo(ComplaintSubject.SERVICE_QUALITY)).isPresent();
    assertThat(catalog.services()).filteredOn(s -> !List.of("sandnes.housing", "sandnes.coercion",
            "sandnes.referral-specialist").contains(s.id()))
        .allSatisfy(s -> {
      var decision = s.complaintInfo(ComplaintSubject.DECISION).orElseThrow();
      assertThat(decision.firstInstance()).contains("Kontoret som fattet vedtaket");
      assertThat(decision.body()).isEqualTo("Fylkesmannen i Rogaland");
      assertThat(decision.nextBody()).contains("Sivilombudsmannen");
      var quality = s.complaintInfo(ComplaintSubject.SERVICE_QUALITY).orElseThrow();
      assertThat(quality.firstInstance()).contains("Leder for tjenesten");
      assertThat(quality.body()).isEqualTo("Fylkesmannen i Rogaland");
    });
  }

  @Test
  void usesTheStandardServiceDescription() {
    assertThat(catalog.source("standard-tjenestebeskrivelse")).isPresent();
    assertThat(service("sandnes.care-institution").sourceIds()).contains("standard-tjenestebeskrivelse");
  }

  @Test
  void numbersOverTime() {
    assertThat(catalog.municipality().numberOn(LocalDate.of(2019, 12, 31))).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("1102"));
    assertThat(catalog.municipality().numberOn(LocalDate.of(2020, 1, 1))).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("1108"));
  }
}
