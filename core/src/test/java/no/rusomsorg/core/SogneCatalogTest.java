package no.rusomsorg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The model can hold the Søgne page (a historical municipality, valid until 2019) and the Sandnes
 * office-hours line: the service desk, the postal and visiting addresses, the counsellor's offers,
 * the follow-up team on individual decisions, day activity with NAV, coercion under chapter 10 and the
 * external self-help groups.
 */
class SogneCatalogTest {
  private static final LocalDate END = LocalDate.of(2019, 12, 31);
  private static final String SOURCE = "sogne-rusomsorg";

  private static ImmutableService.Builder service(String id, ServiceKind kind, String nb, AccessMode mode) {
    return Service.builder().id("sogne." + id).kind(kind).name(LocalizedText.of(nb)).accessMode(mode).cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM).addUnitIds("sogne.rusteam")
        .validity(Validity.of(LocalDate.of(2015, 12, 8), END)).addSourceIds(SOURCE).verifiedOn(SandnesFixture.VERIFIED);
  }

  static Catalog sogne() {
    ContactPoint serviceDesk = ContactPoint.builder()
        .id("sogne.servicetorget")
        .label(LocalizedText.of("Servicetorget", "Service desk"))
        .addPhones(PhoneNumber.parse("38055555"))
        .addEmails(EmailAddress.parse("postmottak@sogne.kommune.no"))
        .postalAddress(Address.builder().recipient("Søgne kommune").poBox("1051").postcode("4682").place("Søgne").build())
        // "mandag - fredag": a municipal desk, closed on public holidays
        .openingHours(OpeningHours.of(OpeningPeriod.workingDays(LocalTime.of(8, 0), LocalTime.of(15, 30))))
        .build();
    ContactPoint mentalHealth = ContactPoint.builder()
        .id("sogne.psykisk-helse")
        .label(LocalizedText.of("Psykisk helsetjenester"))
        .addPhones(PhoneNumber.parse("38055555"))
        .visitingAddress(Address.builder().street("Lundeveien 34").postcode("4640").place("Søgne").build())
        .build();
    Unit team = Unit.builder()
        .id("sogne.rusteam")
        .name(LocalizedText.of("Rusteamet og rusoppfølgingsteamet"))
        .parentOrganisation("Avdeling for psykisk helsearbeid")
        .addContactPoints(serviceDesk, mentalHealth)
        .validity(Validity.of(LocalDate.of(2015, 12, 8), END))
        .build();
    Source source = Source.builder().id(SOURCE).title("Rusomsorg").publisher("Søgne kommune")
        .document("sogne-rusomsorg.txt").verifiedOn(SandnesFixture.VERIFIED).build();
    return Catalog.builder()
        .dataVersion("2019.1")
        .verifiedOn(SandnesFixture.VERIFIED)
        .municipality(SandnesFixture.sogne())
        .addSources(source)
        .addUnits(team)
        .addServices(
            service("advice", ServiceKind.ADVICE_AND_GUIDANCE, "Råd og veiledning", AccessMode.SELF_REFERRAL).build(),
            service("motivation", ServiceKind.MOTIVATIONAL_TALKS, "Motivasjonssamtaler", AccessMode.SELF_REFERRAL).build(),
            service("support-talks", ServiceKind.SUPPORTIVE_TALKS, "Støttesamtaler", AccessMode.SELF_REFERRAL).build(),
            service("practical", ServiceKind.PRACTICAL_HELP, "Praktisk hjelp, støtte og opplæring", AccessMode.SELF_REFERRAL).build(),
            service("hasj", ServiceKind.CANNABIS_CESSATION, "Hasjavvenning", AccessMode.SELF_REFERRAL).build(),
            service("tsb", ServiceKind.REFERRAL_TO_SPECIALIST_TREATMENT, "Henvisning til spesialisert rusbehandling",
                AccessMode.SELF_REFERRAL).build(),
            service("gambling", ServiceKind.GAMBLING_ADDICTION, "Spillavhengighet", AccessMode.SELF_REFERRAL)
                .addTargetGroups(TargetGroup.PEOPLE_WITH_GAMBLING_PROBLEMS).build(),
            service("follow-up-team", ServiceKind.COUNSELLOR_FOLLOW_UP, "Rusoppfølgingsteamet", AccessMode.APPLICATION_AND_DECISION)
                .applicationBeforeContact(true)
                .addLegalBasis(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2")).build(),
            service("day-activity", ServiceKind.DAY_ACTIVITY, "Dagaktiviteten", AccessMode.APPLICATION_AND_DECISION).build(),
            service("coercion", ServiceKind.COERCION, "Tvangstiltak og tilbakehold", AccessMode.APPLICATION_AND_DECISION)
                .addTargetGroups(TargetGroup.PREGNANT_WOMEN, TargetGroup.RELATIVES)
                .addLegalBasis(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-1"),
                    LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
                    LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"),
                    LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-4")).build(),
            Service.builder().id("sogne.self-help").kind(ServiceKind.SELF_HELP_GROUP)
                .name(LocalizedText.of("Selvhjelpsgrupper (AA, NA, Al-Anon)")).accessMode(AccessMode.DROP_IN).cost(Cost.ofFree())
                .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES)
                .addSourceIds(SOURCE).verifiedOn(SandnesFixture.VERIFIED).build())
        .build();
  }

  @Test
  void theSogneCatalogIsValidAndRoundTrips() {
    Catalog c = sogne();
    assertThat(RusomsorgJson.strict().read(RusomsorgJson.strict().write(c), Catalog.class)).isEqualTo(c);
  }

  @Test
  void afterTheMergerOnlyTheNationalSelfHelpRemainsAndTheSuccessorIsKnown() {
    Catalog c = sogne();
    assertThat(c.servicesOn(LocalDate.of(2019, 6, 1))).hasSize(11);
    assertThat(c.servicesOn(LocalDate.of(2020, 1, 1))).extracting(Service::id).containsExactly("sogne.self-help");
    assertThat(c.municipality().successorOn(LocalDate.of(2020, 1, 1)).orElseThrow().number().value()).isEqualTo("4204");
    assertThat(c.unit("sogne.rusteam").orElseThrow().existsOn(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void theServiceDeskIsOpenOnWorkingDaysUntilHalfPastThree() {
    OpeningHours desk = sogne().contactPoint("sogne.servicetorget").orElseThrow().openingHours().orElseThrow();
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    assertThat(desk.isOpenAt(LocalDateTime.of(2019, 3, 12, 15, 29).atZone(oslo))).isTrue();
    assertThat(desk.isOpenAt(LocalDateTime.of(2019, 3, 12, 15, 30).atZone(oslo))).isFalse();
    assertThat(desk.isOpenAt(LocalDateTime.of(2019, 5, 17, 10, 0).atZone(oslo))).isFalse();
    assertThat(sogne().contactPoint("sogne.servicetorget").orElseThrow().phones().get(0).national()).isEqualTo("38 05 55 55");
  }

  @Test
  void anOfficeHoursLineWithoutStatedHoursIsRepresentedByANote() {
    ContactPoint mestringsenheten = ContactPoint.builder()
        .id("sandnes.mestringsenheten")
        .label(LocalizedText.of("Mestringsenheten, rus og psykisk helse"))
        .addPhones(PhoneNumber.parse("976 00 832"))
        .addEmails(EmailAddress.parse("mestringsenheten@sandnes.kommune.no"))
        .visitingAddress(Address.builder().street("Håkon 7. gate 6, 1. etasje").place("Sandnes").build())
        .openingHours(OpeningHours.builder()
            .note(LocalizedText.of("Telefonen er betjent i vanlig kontortid.", "The phone is answered in ordinary office hours."))
            .build())
        .build();
    assertThat(mestringsenheten.openingHours().orElseThrow().specified()).isFalse();
    assertThat(RusomsorgJson.strict().read(RusomsorgJson.strict().write(mestringsenheten), ContactPoint.class)).isEqualTo(mestringsenheten);
  }
}
