package no.rusomsorg.register.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class StandardServiceDescriptionTest {
  private static final LocalDate VERIFIED = LocalDate.of(2026, 11, 22);
  private final StandardServiceDescription std = StandardServiceDescription.of("fjellvik", "fjellvik.rus", VERIFIED);

  @Test
  void everyOfferIsAServiceOfTheUnitCitingTheDescription() {
    assertThat(std.offers()).hasSize(10).allSatisfy(s -> {
      assertThat(s.id()).startsWith("fjellvik.");
      assertThat(s.unitIds()).containsExactly("fjellvik.rus");
      assertThat(s.sourceIds()).containsExactly(StandardServiceDescription.SOURCE_ID);
      assertThat(s.accessMode()).isEqualTo(AccessMode.APPLICATION_AND_DECISION);
      assertThat(s.applicationBeforeContact()).isFalse();
      assertThat(s.verifiedOn()).isEqualTo(VERIFIED);
    });
    assertThat(std.offers()).filteredOn(s -> !s.id().endsWith("cannabis-cessation") && !s.id().endsWith(".lar")
        && !s.id().endsWith("pregnancy-follow-up")).allSatisfy(s -> assertThat(s.eligibility()).contains(std.eligibility()));
    assertThat(std.offers()).extracting(s -> s.kind()).containsExactly(ServiceKind.INDIVIDUAL_TALKS,
        ServiceKind.AMBULANT_FOLLOW_UP, ServiceKind.CANNABIS_CESSATION, ServiceKind.LAR, ServiceKind.PREGNANCY_FOLLOW_UP,
        ServiceKind.FAMILY_AND_NETWORK_TALKS, ServiceKind.COORDINATION_AND_INDIVIDUAL_PLAN,
        ServiceKind.INTERAGENCY_COOPERATION, ServiceKind.ACTIVITY_CENTRE, ServiceKind.SUPPORT_CONTACT);
    assertThat(std.offer(StandardServiceDescription.Offer.CANNABIS_CESSATION).id()).isEqualTo("fjellvik.cannabis-cessation");
  }

  @Test
  void complaintInformationIsKeptAsPublished() {
    var info = std.offer(StandardServiceDescription.Offer.LAR).complaintInfo(ComplaintSubject.DECISION).orElseThrow();
    assertThat(info.deadline()).contains(PeriodSpec.of(3, PeriodUnit.WEEKS));
    assertThat(info.body()).isEqualTo("Fylkesmannen");
    assertThat(info.sourceId()).isEqualTo("standard-tjenestebeskrivelse");
  }

  @Test
  void theOneMonthRule() {
    assertThat(std.processingTime().period()).isEqualTo(PeriodSpec.of(1, PeriodUnit.MONTHS));
  }

  /** Issue 13: the description's group is people with substance-related problems and their family, not every adult. */
  @Test
  void targetGroupIsTheDescriptionsNotEveryAdultLivingThere() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    PersonFacts adultStaying = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1))
        .municipalityRelation(MunicipalityRelation.PRESENT).substanceProblem(true).build();
    PersonFacts minor = PersonFacts.builder().birthDate(LocalDate.of(2008, 3, 3))
        .municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).substanceProblem(true).relative(false).build();
    PersonFacts noProblem = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1))
        .municipalityRelation(MunicipalityRelation.PRESENT).substanceProblem(false).relative(false).build();
    assertThat(std.eligibility().test(adultStaying, day)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(std.eligibility().test(noProblem, day)).isNotEqualTo(Outcome.ELIGIBLE);
    assertThat(std.offer(StandardServiceDescription.Offer.LAR).eligibility().orElseThrow().test(noProblem, day))
        .isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(std.offer(StandardServiceDescription.Offer.LAR).eligibility().orElseThrow().test(minor, day))
        .isEqualTo(Outcome.NOT_ELIGIBLE);
    PersonFacts notPregnant = no.rusomsorg.core.eligibility.ImmutablePersonFacts.copyOf(adultStaying).withPregnant(false);
    assertThat(std.offer(StandardServiceDescription.Offer.PREGNANCY_FOLLOW_UP).eligibility().orElseThrow()
        .test(notPregnant, day)).isEqualTo(Outcome.NOT_ELIGIBLE);
    PersonFacts proxyWithout = PersonFacts.builder().actingForAnother(true).powerOfAttorney(false).build();
    assertThat(std.applicantCriterion().test(proxyWithout, day)).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void aPluginAdjustsAnOfferAndTheCatalogAcceptsIt() {
    var lar = std.offer(StandardServiceDescription.Offer.LAR).withDescription(LocalizedText.of("Egen tekst"));
    Catalog c = Catalog.builder()
        .dataVersion("t").verifiedOn(VERIFIED)
        .municipality(Municipality.builder().id("fjellvik").name("Fjellvik").validity(Validity.starting(LocalDate.of(1964, 1, 1)))
            .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1199"), County.ROGALAND,
                Validity.starting(LocalDate.of(1964, 1, 1)))).build())
        .addSources(std.source())
        .addUnits(Unit.builder().id("fjellvik.rus").name(LocalizedText.of("Rus"))
            .addContactPoints(ContactPoint.builder().id("fjellvik.rus.post").label(LocalizedText.of("Post"))
                .addEmails(EmailAddress.parse("rus@fjellvik.example.no")).build()).build())
        .addAllServices(List.of(lar))
        .build();
    assertThat(c.service("fjellvik.lar").orElseThrow().description()).contains(LocalizedText.of("Egen tekst"));
    assertThat(RusomsorgJson.strict().read(RusomsorgJson.strict().write(c), Catalog.class)).isEqualTo(c);
  }

  @Test
  void badArgumentsAreTypedErrors() {
    assertThatThrownBy(() -> StandardServiceDescription.of("Fjell vik", "x", VERIFIED))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("idPrefix"));
    // a null argument is a programmer error (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> StandardServiceDescription.of("x", null, VERIFIED))
        .withMessage("unitId");
    assertThatNullPointerException().isThrownBy(() -> StandardServiceDescription.of("x", "y", null))
        .withMessage("verifiedOn");
    assertThatNullPointerException().isThrownBy(() -> std.offer(null)).withMessage("offer");
  }
}
