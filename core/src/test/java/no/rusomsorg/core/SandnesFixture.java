package no.rusomsorg.core;

import java.time.LocalDate;
import java.time.LocalTime;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.service.PromiseKind;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Test data built from the Sandnes and Søgne seeds (facts from the sources, texts in our own words).
 * Used by the representation test and the golden JSON files.
 */
public final class SandnesFixture {
  public static final LocalDate VERIFIED = LocalDate.of(2026, 11, 22);
  public static final String SOURCE = "sandnes-rustjenester";

  private SandnesFixture() {}

  public static County rogaland() {
    return County.of("11", "Rogaland");
  }

  public static Municipality sandnes() {
    return Municipality.builder()
        .id("sandnes")
        .name("Sandnes")
        .validity(Validity.starting(LocalDate.of(1965, 1, 1)))
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1102"), rogaland(),
            Validity.of(LocalDate.of(1965, 1, 1), LocalDate.of(2019, 12, 31))))
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1108"), rogaland(),
            Validity.starting(LocalDate.of(2020, 1, 1))))
        .build();
  }

  public static Municipality sogne() {
    return Municipality.builder()
        .id("sogne")
        .name("Søgne")
        .validity(Validity.of(LocalDate.of(1838, 1, 1), LocalDate.of(2019, 12, 31)))
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1018"), County.of("10", "Vest-Agder"),
            Validity.of(LocalDate.of(1838, 1, 1), LocalDate.of(2019, 12, 31))))
        .successor(Successor.of(MunicipalityNumber.of("4204"), "Kristiansand", LocalDate.of(2020, 1, 1)))
        .build();
  }

  public static Source source() {
    return Source.builder()
        .id(SOURCE)
        .title("Rustjenester for voksne")
        .publisher("Sandnes kommune")
        .document("sandnes-rustjenester-for-voksne.txt")
        .verifiedOn(VERIFIED)
        .build();
  }

  /** The fallback of the reception centre: the staff at Sandnesveien 299 answer, call back next working day. */
  public static Fallback moFallback() {
    return Fallback.builder()
        .text(LocalizedText.builder()
            .nb("Utenom senterets åpningstid svarer personalet i Sandnesveien 299 på telefonen og noterer"
                + " kontaktinformasjon. En ruskonsulent ringer tilbake første virkedag etter henvendelsen.")
            .en("Outside the centre's hours the staff at Sandnesveien 299 answer the phone and note your"
                + " details. A counsellor calls you back on the first working day after you called.")
            .build())
        .answeredBy("sandnes.sandnesveien-299")
        .callbackWithin(PeriodSpec.of(1, PeriodUnit.WORKING_DAYS))
        .coversAllHours(true)
        .build();
  }

  /** The reception and follow-up centre's contact point, as the Sandnes page gives it. */
  public static ContactPoint moSenterContact() {
    return ContactPoint.builder()
        .id("sandnes.mo-senter")
        .label(LocalizedText.of("Mottak og oppfølgingssenter (MO-senter)", "Reception and follow-up centre"))
        .addPhones(PhoneNumber.parse("468 95 582"))
        .addEmails(EmailAddress.parse("fagteamrusmosenter@sandnes.kommune.no"))
        .visitingAddress(Address.builder().street("Langgata 96").place("Sandnes").build())
        .postalAddress(Address.builder()
            .recipient("Sandnes kommune, mestringsenheten")
            .poBox("583").postcode("4302").place("Sandnes").build())
        .openingHours(OpeningHours.builder()
            .addPeriods(OpeningPeriod.workingDays(LocalTime.of(9, 0), LocalTime.of(15, 0)))
            .fallback(moFallback())
            .build())
        .build();
  }

  public static ContactPoint sandnesveien299() {
    return ContactPoint.builder()
        .id("sandnes.sandnesveien-299")
        .label(LocalizedText.of("Sandnesveien 299 (døgnbemannet)", "Sandnesveien 299 (staffed day and night)"))
        .visitingAddress(Address.builder().street("Sandnesveien 299").place("Sandnes").build())
        .openingHours(OpeningHours.always())
        .build();
  }

  public static Unit moSenter() {
    return Unit.builder()
        .id("sandnes.mo-senter")
        .name(LocalizedText.of("Mottak og oppfølgingssenter (MO-senter)", "Reception and follow-up centre"))
        .description(LocalizedText.of(
            "Lavterskel hjelp ved rusproblemer: samtaler, råd, kartlegging og tildeling av oppfølger.",
            "Low-threshold help with substance problems: talks, advice, assessment and a follow-up contact."))
        .parentOrganisation("Mestringsenheten, fagteam rus")
        .addContactPoints(moSenterContact())
        .build();
  }

  public static Unit sandnesveien299Unit() {
    return Unit.builder()
        .id("sandnes.sandnesveien-299-unit")
        .name(LocalizedText.of("Sandnesveien 299"))
        .parentOrganisation("Mestringsenheten")
        .addContactPoints(sandnesveien299())
        .build();
  }

  public static Unit fact() {
    return Unit.builder()
        .id("sandnes.fact")
        .name(LocalizedText.of("FACT-team", "FACT team"))
        .parentOrganisation("Mestringsenheten")
        .addContactPoints(ContactPoint.builder()
            .id("sandnes.fact.contact")
            .label(LocalizedText.of("FACT-teamet"))
            .addPhones(PhoneNumber.parse("958 63 330"))
            .addEmails(EmailAddress.parse("fact@sandnes.kommune.no"))
            .visitingAddress(Address.builder().street("Julie Eges gate 6, 1. etasje").place("Sandnes").build())
            .openingHours(OpeningHours.of(OpeningPeriod.workingDays(LocalTime.of(8, 0), LocalTime.of(15, 0))))
            .build())
        .build();
  }

  /** Counsellor follow-up, with the assessment promises and the published complaint routes. */
  public static Service counsellorFollowUp() {
    return Service.builder()
        .id("sandnes.counsellor-follow-up")
        .kind(ServiceKind.COUNSELLOR_FOLLOW_UP)
        .name(LocalizedText.of("Oppfølging fra ruskonsulent", "Follow-up by a substance-abuse counsellor"))
        .description(LocalizedText.of(
            "Samtaler, oppfølging hjemme, følge til lege og NAV, koordinering og henvisning videre.",
            "Talks, follow-up at home, going with you to the doctor or NAV, coordination and referral."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .applicationBeforeContact(false)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES, TargetGroup.PARTNER_AGENCIES)
        .addLegalBasis(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2"))
        .addResponsePromises(ResponsePromise.builder()
            .what(LocalizedText.of("Kontakt for kartleggingssamtale", "Contact for an assessment interview"))
            .kind(PromiseKind.TIME_TO_RESPONSE).period(PeriodSpec.range(2, 3, PeriodUnit.WORKING_DAYS)).indicative(true).build())
        .addResponsePromises(ResponsePromise.builder()
            .what(LocalizedText.of("Kartleggingsperioden", "The assessment period"))
            .kind(PromiseKind.MAXIMUM_DURATION).period(PeriodSpec.range(0, 3, PeriodUnit.MONTHS)).build())
        .addUnitIds("sandnes.mo-senter")
        .validity(Validity.starting(LocalDate.of(2016, 12, 15)))
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED)
        .addComplaintInfo(PublishedComplaintInfo.builder()
            .subject(ComplaintSubject.DECISION)
            .firstInstance("Kontoret som fattet vedtaket")
            .body("Fylkesmannen i Rogaland")
            .nextBody("Sivilombudsmannen")
            .sourceId(SOURCE)
            .build())
        .addComplaintInfo(PublishedComplaintInfo.builder()
            .subject(ComplaintSubject.SERVICE_QUALITY)
            .firstInstance("Leder for tjenesten")
            .body("Fylkesmannen i Rogaland")
            .nextBody("Sivilombudsmannen")
            .sourceId(SOURCE)
            .build())
        .build();
  }

  public static Service emergencyHousing() {
    return Service.builder()
        .id("sandnes.akutten")
        .kind(ServiceKind.EMERGENCY_HOUSING)
        .name(LocalizedText.of("Akutten – akutt overnatting", "Akutten – emergency overnight housing"))
        .accessMode(AccessMode.REQUISITION_BY_AGENCY)
        .requisitionedBy("NAV Sandnes")
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.HOMELESS, TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addUnitIds("sandnes.sandnesveien-299-unit")
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED)
        .build();
  }

  public static Service psychologist() {
    return Service.builder()
        .id("sandnes.psychologist")
        .kind(ServiceKind.PSYCHOLOGIST)
        .name(LocalizedText.of("Samtaler med psykolog", "Talks with a psychologist"))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.CO_OCCURRING_MENTAL_ILLNESS)
        .addResponsePromises(ResponsePromise.builder()
            .what(LocalizedText.of("Tilbud om time", "An appointment offered"))
            .kind(PromiseKind.TIME_TO_RESPONSE).period(PeriodSpec.range(0, 1, PeriodUnit.WEEKS)).indicative(true).build())
        .addUnitIds("sandnes.mo-senter")
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED)
        .build();
  }

  public static Service musicTherapy() {
    return Service.builder()
        .id("sandnes.music-therapy")
        .kind(ServiceKind.MUSIC_THERAPY)
        .name(LocalizedText.of("Musikkterapi", "Music therapy"))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addResponsePromises(ResponsePromise.builder()
            .what(LocalizedText.of("En periode med musikkterapi", "A period of music therapy"))
            .kind(PromiseKind.DURATION).period(PeriodSpec.of(3, PeriodUnit.MONTHS)).build())
        .addUnitIds("sandnes.mo-senter")
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED)
        .build();
  }

  public static Service housing() {
    return Service.builder()
        .id("sandnes.smahus")
        .kind(ServiceKind.HOUSING)
        .name(LocalizedText.of("Småhus og bokollektiv", "Small houses and a shared home"))
        .accessMode(AccessMode.APPLICATION_AND_DECISION)
        .applicationBeforeContact(true)
        .cost(Cost.fee(LocalizedText.of("Det betales husleie for alle boligene.", "Rent is paid for every home.")))
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addUnitIds("sandnes.sandnesveien-299-unit")
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED)
        .build();
  }

  public static Service coercion() {
    return Service.builder()
        .id("sandnes.coercion")
        .kind(ServiceKind.COERCION)
        .name(LocalizedText.of("Tvangstiltak (hol. §§ 10-2 og 10-3)", "Coercion (Health and Care Services Act ss. 10-2 and 10-3)"))
        .accessMode(AccessMode.APPLICATION_AND_DECISION)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.PREGNANT_WOMEN, TargetGroup.RELATIVES)
        .addLegalBasis(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"))
        .addResponsePromises(ResponsePromise.builder()
            .what(LocalizedText.of("Tilbakeholdelse etter § 10-2", "Detention under s. 10-2"))
            .kind(PromiseKind.MAXIMUM_DURATION).period(PeriodSpec.range(0, 3, PeriodUnit.MONTHS)).build())
        .addUnitIds("sandnes.mo-senter")
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED)
        .build();
  }

  public static Catalog catalog() {
    return Catalog.builder()
        .dataVersion("2026.1")
        .verifiedOn(java.time.LocalDate.of(2026, 11, 22))
        .municipality(sandnes())
        .addSources(source())
        .addUnits(moSenter(), sandnesveien299Unit(), fact())
        .addServices(counsellorFollowUp(), psychologist(), musicTherapy(), emergencyHousing(), housing(), coercion())
        .build();
  }
}
