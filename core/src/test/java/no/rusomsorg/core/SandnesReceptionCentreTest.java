package no.rusomsorg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.service.Service;
import org.junit.jupiter.api.Test;

/**
 * The model can say everything the Sandnes page says about the reception and follow-up centre
 * (MO-senter): address, phone answered day and night, the fallback to Sandnesveien 299 with a callback
 * the next working day, drop-in on working days 09:00–15:00, e-mail and the PO box address.
 */
class SandnesReceptionCentreTest {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private final Catalog catalog = SandnesFixture.catalog();
  private final ContactPoint centre = catalog.contactPoint("sandnes.mo-senter").orElseThrow();

  private static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OSLO);
  }

  @Test
  void addressesPhoneAndEmailAreThoseOfTheSource() {
    assertThat(centre.visitingAddress()).map(Address::street).hasValue(java.util.Optional.of("Langgata 96"));
    assertThat(centre.phones()).singleElement().satisfies(p -> {
      assertThat(p.national()).isEqualTo("468 95 582");
      assertThat(p.e164()).isEqualTo("+4746895582");
    });
    // the source also writes the number as "468 955 82": the same number
    assertThat(centre.phones().get(0)).isEqualTo(no.rusomsorg.core.contact.PhoneNumber.parse("468 955 82"));
    assertThat(centre.emails()).singleElement().hasToString("fagteamrusmosenter@sandnes.kommune.no");
    assertThat(centre.postalAddress().orElseThrow().lines())
        .containsExactly("Sandnes kommune, mestringsenheten", "Postboks 583", "4302 Sandnes");
  }

  @Test
  void dropInIsOpenOnWorkingDaysFromNineToThree() {
    OpeningHours hours = centre.openingHours().orElseThrow();
    assertThat(hours.isOpenAt(at("2025-03-12T09:00"))).isTrue();   // Wednesday
    assertThat(hours.isOpenAt(at("2025-03-12T14:59"))).isTrue();
    assertThat(hours.isOpenAt(at("2025-03-12T15:00"))).isFalse();
    assertThat(hours.isOpenAt(at("2025-03-12T08:59"))).isFalse();
    assertThat(hours.isOpenAt(at("2025-03-15T10:00"))).isFalse();  // Saturday
    assertThat(hours.isOpenAt(at("2025-04-18T10:00"))).isFalse();  // Good Friday
    assertThat(hours.isOpenAt(at("2024-05-01T10:00"))).isFalse();  // 1 May, a Wednesday
    assertThat(hours.isOpenAt(at("2023-05-17T10:00"))).isFalse();  // 17 May, a Wednesday
    assertThat(hours.isOpenAt(at("2024-12-24T10:00"))).isTrue();   // Christmas Eve is a working day
  }

  @Test
  void thePhoneIsAnsweredDayAndNightThroughTheFallback() {
    OpeningHours hours = centre.openingHours().orElseThrow();
    Fallback fallback = hours.fallback().orElseThrow();
    assertThat(fallback.coversAllHours()).isTrue();
    assertThat(hours.isAnsweredAt(at("2025-04-18T03:00").toInstant())).isTrue();
    ContactPoint answering = catalog.contactPoint(fallback.answeredBy().orElseThrow()).orElseThrow();
    assertThat(answering.visitingAddress().orElseThrow().street()).hasValue("Sandnesveien 299");
    assertThat(answering.openingHours().orElseThrow().alwaysOpen()).isTrue();
    assertThat(fallback.callbackWithin().orElseThrow().unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
  }

  @Test
  void aCallOutsideHoursIsReturnedTheNextWorkingDay() {
    Fallback fallback = centre.openingHours().orElseThrow().fallback().orElseThrow();
    NorwegianCalendar calendar = NorwegianCalendar.standard();
    // Friday evening before a normal weekend: Monday
    assertThat(fallback.callbackBy(LocalDate.of(2025, 3, 14), calendar)).hasValue(LocalDate.of(2025, 3, 17));
    // Wednesday evening before Easter: Maundy Thursday to Easter Monday are closed, so Tuesday
    assertThat(fallback.callbackBy(LocalDate.of(2025, 4, 16), calendar)).hasValue(LocalDate.of(2025, 4, 22));
    // and the centre itself next opens that Tuesday at 09:00
    assertThat(centre.openingHours().orElseThrow().nextOpening(at("2025-04-16T15:00")))
        .hasValue(at("2025-04-22T09:00"));
  }

  @Test
  void servicesCarryAccessPromisesAndPublishedComplaintRoutes() {
    Service followUp = catalog.service("sandnes.counsellor-follow-up").orElseThrow();
    assertThat(followUp.applicationBeforeContact()).isFalse();
    assertThat(followUp.cost().kind()).isEqualTo(Cost.Kind.FREE);
    assertThat(followUp.responsePromises().get(0).period().minAmount()).isEqualTo(2);
    assertThat(followUp.responsePromises().get(0).period().amount()).isEqualTo(3);
    assertThat(followUp.complaintInfo(ComplaintSubject.DECISION).orElseThrow().body()).isEqualTo("Fylkesmannen i Rogaland");
    assertThat(followUp.complaintInfo(ComplaintSubject.DECISION).orElseThrow().nextBody()).hasValue("Sivilombudsmannen");
    assertThat(catalog.unitsOf(followUp)).extracting(u -> u.id()).containsExactly("sandnes.mo-senter");

    Service akutten = catalog.service("sandnes.akutten").orElseThrow();
    assertThat(akutten.accessMode()).isEqualTo(AccessMode.REQUISITION_BY_AGENCY);
    assertThat(akutten.requisitionedBy()).hasValue("NAV Sandnes");
  }

  @Test
  void theMunicipalityKnowsItsNumberOnEachSideOfTheMerger() {
    assertThat(catalog.municipality().numberOn(LocalDate.of(2019, 12, 31))).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("1102"));
    assertThat(catalog.municipality().numberOn(LocalDate.of(2020, 1, 1))).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("1108"));
  }
}
