package no.rusomsorg.municipality.sandnes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.Criterion.CoOccurringMentalIllness;
import no.rusomsorg.core.eligibility.Criterion.Described;
import no.rusomsorg.core.eligibility.Criterion.HasRole;
import no.rusomsorg.core.eligibility.Criterion.Homeless;
import no.rusomsorg.core.eligibility.Criterion.MinimumAge;
import no.rusomsorg.core.eligibility.Criterion.Pregnant;
import no.rusomsorg.core.eligibility.Criterion.Residency;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
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
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.register.baseline.StandardServiceDescription;

/**
 * Builds Sandnes's catalog from the municipality's page "Rustjenester for voksne" (published
 * 15.12.2016). Facts are taken over exactly; typing errors in the page are normalised (the page
 * writes the centre's number both as "468 955 82" and "468 95 582", and "Sandnsveien" and
 * "Sandnesvien" for Sandnesveien). Texts are the project's own.
 *
 * <p><b>Who each service is for</b> is the group the page states for it, no wider and no narrower
 * (issue 13): the page is about adults with substance problems, so every service of the reception
 * centre needs a substance problem (and its "who may contact us" also admits relatives and partners);
 * the psychologist adds mental-health struggles, FACT co-occurring mental illness, pregnancy follow-up
 * pregnancy or the time after birth, Akutten homelessness and registration in Sandnes. A condition the
 * page states that no fact expresses is a {@link Described} leaf (an unknown answer with the reason),
 * never left out. Residency ({@code registered resident or staying}) is not on the page; it rests on the
 * law alone (hol § 3-1, the municipality's duty towards people staying in it), except for Akutten, where
 * the page requires registration. What the page states that is not carried, and why, is listed in
 * {@code municipalities/sandnes/README.md}.
 */
final class SandnesCatalog {
  static final LocalDate VERIFIED = LocalDate.of(2026, 11, 22);
  static final String SOURCE = "sandnes-rustjenester";
  static final String DATA_VERSION = "2026.1";

  static final String MO = "sandnes.mo-senter";
  static final String MO_CONTACT = "sandnes.mo-senter.contact";
  static final String MESTRING = "sandnes.mestringsenheten";
  static final String MESTRING_CONTACT = "sandnes.mestringsenheten.contact";
  static final String FACT = "sandnes.fact";
  static final String FACT_CONTACT = "sandnes.fact.contact";
  static final String SV299 = "sandnes.sandnesveien-299";
  static final String SV299_CONTACT = "sandnes.sandnesveien-299.contact";
  static final String RELATIVES_GUIDANCE = "sandnes.external.veiledningssenteret-for-parorende";
  static final String RELATIVES_CENTRE_STAVANGER = "sandnes.external.parorendesenteret-i-stavanger";

  private static final Basis SANDNES = Basis.source(SOURCE);

  private SandnesCatalog() {}

  static Catalog build() {
    StandardServiceDescription std = StandardServiceDescription.of("sandnes", MO, VERIFIED);
    return Catalog.builder()
        .dataVersion(DATA_VERSION)
        .verifiedOn(VERIFIED)
        .municipality(municipality())
        .addSources(source(), std.source(), historySource())
        .addUnits(moSenter(), mestringsenheten(), fact(), sandnesveien299(), relativesGuidanceCentre(),
            relativesCentreStavanger())
        .addAllServices(services(std))
        .build();
  }

  /** The id of the project's domain brief, the source for Sandnes's history before 1965. */
  static final String HISTORY_SOURCE = "rusomsorg-domain-brief";

  /**
   * Sandnes as a municipality: the data starts with the merger of 1 January 1965; before that Sandnes
   * was a town (ladested) from 1860, as the project's domain brief (§ 3.9) states, so a question about
   * an earlier date is answered "existed, no data". The year 1860 is the brief's; the day is not stated.
   */
  static Municipality municipality() {
    County rogaland = County.of("11", "Rogaland");
    return Municipality.builder()
        .id("sandnes")
        .name("Sandnes")
        .validity(Validity.starting(LocalDate.of(1965, 1, 1)))
        .existedBefore(EarlierExistence.builder()
            .sinceYear(1860)
            .description(t("Sandnes var ladested fra 1860 og ble slått sammen med nabokommunene i 1965. "
                    + "Katalogen har data fra sammenslåingen.",
                "Sandnes was a town (ladested) from 1860 and was merged with its neighbouring municipalities in "
                    + "1965. The catalog has data from the merger on."))
            .sourceId(HISTORY_SOURCE)
            .build())
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1102"), rogaland,
            Validity.of(LocalDate.of(1965, 1, 1), LocalDate.of(2019, 12, 31))))
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1108"), rogaland,
            Validity.starting(LocalDate.of(2020, 1, 1))))
        .build();
  }

  /** The project's domain brief, which states Sandnes's history before 1965 (§ 3.9, verified turn 2). */
  static Source historySource() {
    return Source.builder()
        .id(HISTORY_SOURCE)
        .title("Domain brief: Norwegian municipal substance-abuse services, § 3.9 (verified turn 2)")
        .publisher("rusomsorg")
        .document("domain.md")
        .verifiedOn(VERIFIED)
        .build();
  }

  static Source source() {
    return Source.builder()
        .id(SOURCE)
        .title("Rustjenester for voksne (publisert 15.12.2016)")
        .publisher("Sandnes kommune")
        .document("sandnes-rustjenester-for-voksne.txt")
        .verifiedOn(VERIFIED)
        .build();
  }

  // ---- units ----

  private static Address postal() {
    return Address.builder()
        .recipient("Sandnes kommune, mestringsenheten")
        .poBox("583").postcode("4302").place("Sandnes")
        .build();
  }

  private static Address street(String street) {
    return Address.builder().street(street).place("Sandnes").build();
  }

  static Unit moSenter() {
    Fallback fallback = Fallback.builder()
        .text(LocalizedText.of(
            "Telefonen er betjent hele døgnet. Utenom senterets åpningstid svarer personalet i Sandnesveien 299."
                + " De noterer hvordan du kan nås, og en ruskonsulent tar kontakt første virkedag etter at du ringte.",
            "The phone is answered day and night. Outside the centre's hours the staff at Sandnesveien 299 answer;"
                + " they note how to reach you, and a counsellor contacts you on the first working day after your call."))
        .answeredBy(SV299_CONTACT)
        .callbackWithin(PeriodSpec.of(1, PeriodUnit.WORKING_DAYS))
        .coversAllHours(true)
        .build();
    ContactPoint contact = ContactPoint.builder()
        .id(MO_CONTACT)
        .label(LocalizedText.of("Mottak og oppfølgingssenter (MO-senter)", "Reception and follow-up centre (MO-senter)"))
        .addPhones(PhoneNumber.parse("468 95 582"))
        .addEmails(EmailAddress.parse("fagteamrusmosenter@sandnes.kommune.no"))
        .visitingAddress(street("Langgata 96"))
        .postalAddress(postal())
        .openingHours(OpeningHours.builder()
            .addPeriods(OpeningPeriod.workingDays(LocalTime.of(9, 0), LocalTime.of(15, 0)))
            .note(LocalizedText.of(
                "Åpent for oppmøte uten avtale på virkedager 09.00–15.00. Du kan også ringe eller sende sms.",
                "Open for drop-in without an appointment on working days 09:00–15:00. You can also call or text."))
            .fallback(fallback)
            .build())
        .build();
    return Unit.builder()
        .id(MO)
        .name(LocalizedText.of("Mottak og oppfølgingssenter (MO-senter)", "Reception and follow-up centre (MO-senter)"))
        .description(LocalizedText.of(
            "Lavterskel inngang til kommunens rustjenester. Her jobber fagfolk med helse- og sosialfaglig bakgrunn,"
                + " psykolog, musikkterapeut og en medarbeider med egen erfaring fra rus.",
            "The low-threshold way into the municipality's substance-abuse services. Staff include health and"
                + " social-work professionals, a psychologist, a music therapist and a peer worker."))
        .parentOrganisation("Mestringsenheten, fagteam rus")
        .addContactPoints(contact)
        .build();
  }

  static Unit mestringsenheten() {
    ContactPoint contact = ContactPoint.builder()
        .id(MESTRING_CONTACT)
        .label(LocalizedText.of("Mestringsenheten, sentralbord", "Mestringsenheten, main line"))
        .addPhones(PhoneNumber.parse("976 00 832"))
        .addEmails(EmailAddress.parse("mestringsenheten@sandnes.kommune.no"))
        .visitingAddress(street("Håkon 7. gate 6, 1. etasje"))
        .postalAddress(postal())
        .openingHours(OpeningHours.builder()
            .note(LocalizedText.of("Telefonen er betjent i vanlig kontortid.",
                "The phone is answered during ordinary office hours."))
            .build())
        .build();
    return Unit.builder()
        .id(MESTRING)
        .name(LocalizedText.of("Mestringsenheten", "Mestringsenheten (coping unit)"))
        .description(LocalizedText.of(
            "Enheten der kommunens arbeid med rus og psykisk helse er samlet, for spørsmål og annen kontakt."
                + " Noen tjenester krever egensøknad (søknad om helse- og omsorgstjenester). Søknaden kan leveres"
                + " til en ansatt i mestringsenheten eller sendes i posten til postadressen; har fastlegen eller"
                + " andre opplysninger du mener er viktige, legg dem gjerne ved. Du trenger ikke ha søkt før du"
                + " tar kontakt.",
            "The unit that holds the municipality's substance-abuse and mental-health work, for questions and"
                + " other enquiries. Some services need a written application (an application for health and"
                + " care services). Hand it to an employee of the unit or send it by post to the postal address;"
                + " information from your GP or others that you think matters is welcome as an attachment. You"
                + " need not have applied before you get in touch."))
        .addContactPoints(contact)
        .build();
  }

  static Unit fact() {
    ContactPoint contact = ContactPoint.builder()
        .id(FACT_CONTACT)
        .label(LocalizedText.of("FACT-teamet", "The FACT team"))
        .addPhones(PhoneNumber.parse("958 63 330"))
        .addEmails(EmailAddress.parse("fact@sandnes.kommune.no"))
        .visitingAddress(street("Julie Eges gate 6, 1. etasje"))
        .openingHours(OpeningHours.of(OpeningPeriod.workingDays(LocalTime.of(8, 0), LocalTime.of(15, 0))))
        .build();
    return Unit.builder()
        .id(FACT)
        .name(LocalizedText.of("FACT-team", "FACT team"))
        .description(LocalizedText.of(
            "Et fleksibelt, oppsøkende team med folk fra kommunen, NAV og spesialisthelsetjenesten.",
            "A flexible outreach team with staff from the municipality, NAV and specialist health care."))
        .addContactPoints(contact)
        .build();
  }

  static Unit sandnesveien299() {
    ContactPoint contact = ContactPoint.builder()
        .id(SV299_CONTACT)
        .label(LocalizedText.of("Sandnesveien 299 (Soma)", "Sandnesveien 299 (Soma)"))
        .visitingAddress(street("Sandnesveien 299"))
        .openingHours(OpeningHours.builder()
            .note(LocalizedText.of(
                "Personalet her svarer MO-senterets telefon når senteret er stengt. Kilden oppgir ikke åpningstid"
                    + " for oppmøte.",
                "The staff here answer the MO-senter's phone while the centre is closed. The source gives no hours"
                    + " for visits."))
            .build())
        .build();
    return Unit.builder()
        .id(SV299)
        .name(LocalizedText.of("Sandnesveien 299", "Sandnesveien 299"))
        .description(LocalizedText.of(
            "Stedet for akuttovernattingen «Akutten». Personalet her følger også opp beboerne i Småhusene.",
            "Home of the emergency overnight shelter \"Akutten\". The staff here also follow up the residents of"
                + " the Småhus homes."))
        .addContactPoints(contact)
        .build();
  }

  /**
   * The guidance centre for relatives in Sandnes, which fagteam rus can put relatives in touch with.
   * The page names it and links to it; it gives no contact details, so the unit has none.
   */
  static Unit relativesGuidanceCentre() {
    return Unit.builder()
        .id(RELATIVES_GUIDANCE)
        .name(LocalizedText.of("Veiledningssenteret for pårørende i Sandnes", "Guidance centre for relatives in Sandnes"))
        .description(LocalizedText.of(
            "Et senter utenfor kommunens rustjeneste som fagteam rus kan formidle kontakt med. Kilden gir bare"
                + " navnet og en lenke, ingen kontaktopplysninger; spør fagteam rus.",
            "A centre outside the municipal substance-abuse service that the team can put you in touch with. The"
                + " source gives only its name and a link, no contact details; ask the team."))
        .build();
  }

  /**
   * The relatives' centre in Stavanger, which fagteam rus can put relatives in touch with. Named only,
   * as in the page.
   */
  static Unit relativesCentreStavanger() {
    return Unit.builder()
        .id(RELATIVES_CENTRE_STAVANGER)
        .name(LocalizedText.of("Pårørendesenteret i Stavanger", "The relatives' centre in Stavanger"))
        .description(LocalizedText.of(
            "Et senter i Stavanger som fagteam rus kan formidle kontakt med. Kilden gir bare navnet og en lenke,"
                + " ingen kontaktopplysninger; spør fagteam rus.",
            "A centre in Stavanger that the team can put you in touch with. The source gives only its name and a"
                + " link, no contact details; ask the team."))
        .build();
  }

  // ---- services ----

  private static List<PublishedComplaintInfo> complaints() {
    return List.of(
        PublishedComplaintInfo.builder()
            .subject(ComplaintSubject.DECISION)
            .firstInstance("Kontoret som fattet vedtaket")
            .body("Fylkesmannen i Rogaland")
            .nextBody("Sivilombudsmannen")
            .sourceId(SOURCE)
            .build(),
        PublishedComplaintInfo.builder()
            .subject(ComplaintSubject.SERVICE_QUALITY)
            .firstInstance("Leder for tjenesten")
            .body("Fylkesmannen i Rogaland")
            .sourceId(SOURCE)
            .build());
  }

  /** The common frame of a Sandnes service: free, from the MO-senter, citing the Sandnes page. */
  private static ImmutableService.Builder base(String id, ServiceKind kind, LocalizedText name, LocalizedText description) {
    return frame(id, kind, name, description).addAllComplaintInfo(complaints());
  }

  /**
   * The frame without the page's complaint text, for services it does not cover: the housing decision
   * (not a health and care service) and coercion (decided by the tribunal, not appealed to the county
   * governor).
   */
  private static ImmutableService.Builder frame(String id, ServiceKind kind, LocalizedText name,
      LocalizedText description) {
    return Service.builder()
        .id("sandnes." + id)
        .kind(kind)
        .name(name)
        .description(description)
        .addSourceIds(SOURCE)
        .verifiedOn(VERIFIED);
  }

  /**
   * A section of hol that the Sandnes page does not cite. Whether it is verified comes from the
   * project's table ({@link no.rusomsorg.core.law.Statutes#isVerified}); hol §§ 3-1, 3-2, 7-1 and 7-2
   * are in it.
   */
  private static LegalReference hol(String section) {
    return LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, section);
  }

  private static LocalizedText t(String nb, String en) {
    return LocalizedText.of(nb, en);
  }

  // ---- who the services are for (the page's groups; Sandnes's own criteria live here, not in core) ----

  /** Registered resident in Sandnes or staying there: the law's group (hol § 3-1); the page states none. */
  private static final Criterion LIVING_OR_STAYING = Criterion.residency(
      MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT);

  /** "Personer over 18 år som har et rusproblem", staying in Sandnes. */
  static final Criterion ADULT_WITH_SUBSTANCE_PROBLEM = Criterion.all(LIVING_OR_STAYING,
      new MinimumAge(18, SANDNES), new HasRole(Role.SUBSTANCE_PROBLEM, SANDNES));

  /** Who may contact the MO-senter: adults with a substance problem, relatives and partners. */
  static final Criterion MO_SENTER = Criterion.any(ADULT_WITH_SUBSTANCE_PROBLEM,
      new HasRole(Role.RELATIVE, SANDNES), new HasRole(Role.PARTNER_AGENCY, SANDNES));

  /**
   * Akutten: substance-dependent, homeless, registered as resident in Sandnes (the page's word
   * "bostedsregistrert"), and an adult (the page is about services for adults). A place is requisitioned
   * by NAV Sandnes; that is not a fact about the person.
   */
  static final Criterion EMERGENCY_HOUSING = Criterion.all(
      new Residency(EnumSet.of(MunicipalityRelation.REGISTERED_RESIDENT), SANDNES),
      new Homeless(SANDNES),
      new HasRole(Role.SUBSTANCE_PROBLEM, SANDNES),
      new MinimumAge(18, SANDNES));

  /** The psychologist: a substance problem and struggles with mental health (not only a diagnosed illness). */
  static final Criterion PSYCHOLOGIST = Criterion.all(ADULT_WITH_SUBSTANCE_PROBLEM, Criterion.any(
      new CoOccurringMentalIllness(SANDNES),
      new Described(LocalizedText.of("strever med den psykiske helsen (ikke bare en psykisk lidelse)",
          "struggles with their mental health (not only a mental illness)"), SANDNES)));

  /** FACT: co-occurring substance problems and mental illness. */
  static final Criterion FACT_TEAM = Criterion.all(ADULT_WITH_SUBSTANCE_PROBLEM, new CoOccurringMentalIllness(SANDNES));

  /**
   * Pregnancy follow-up: pregnant, or after the birth; with substance challenges, a substance background,
   * or suspected use in pregnancy. The time after birth, the background and the suspicion are no facts
   * here, so they are {@link Described} conditions: a person who is not pregnant gets an unknown answer
   * that names the follow-up after birth, not a yes.
   */
  static final Criterion PREGNANCY = Criterion.all(LIVING_OR_STAYING, new MinimumAge(18, SANDNES),
      Criterion.any(new Pregnant(SANDNES), new Described(LocalizedText.of(
          "har nylig født (fagteam rus tilbyr også oppfølging etter fødselen)",
          "has recently given birth (the team also offers follow-up after the birth)"), SANDNES)),
      Criterion.any(new HasRole(Role.SUBSTANCE_PROBLEM, SANDNES), new Described(LocalizedText.of(
          "har rusbakgrunn, eller det er mistanke om rusbruk i svangerskapet",
          "has a history of substance use, or substance use in pregnancy is suspected"), SANDNES)));

  static List<Service> services(StandardServiceDescription std) {
    Criterion adults = ADULT_WITH_SUBSTANCE_PROBLEM;
    Criterion adultsRelativesPartners = MO_SENTER;
    LegalReference hol32 = hol("3-2");
    LegalReference hol31 = hol("3-1");

    Service dropIn = base("drop-in", ServiceKind.ADVICE_AND_GUIDANCE,
        t("Oppmøte og samtale på MO-senteret", "Drop-in talks at the MO-senter"),
        t("Kom innom uten avtale, ring eller send sms. En ruskonsulent kan snakke med deg med en gang, gi råd,"
                + " eller gi deg en fast oppfølger samme dag. Pårørende kan også ta kontakt. Det trengs ingen"
                + " henvisning fra lege.",
            "Drop in without an appointment, call or text. A counsellor can talk with you at once, give advice, or"
                + " assign you a follow-up contact the same day. Relatives may get in touch too. No referral from a"
                + " doctor is needed."))
        .accessMode(AccessMode.DROP_IN)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES, TargetGroup.PARTNER_AGENCIES)
        .addLegalBasis(hol31, hol32)
        .addResponsePromises(ResponsePromise.builder()
            .what(t("Samtale eller tildelt oppfølger", "A talk or an assigned follow-up contact"))
            .kind(PromiseKind.TIME_TO_RESPONSE).period(PeriodSpec.of(0, PeriodUnit.DAYS)).indicative(true).build())
        .addUnitIds(MO)
        .eligibility(adultsRelativesPartners)
        .build();

    Service assessment = base("assessment", ServiceKind.ASSESSMENT,
        t("Kartleggingssamtale og kartleggingsperiode", "Assessment interview and assessment period"),
        t("En ruskonsulent tar kontakt for en samtale om hva som er vanskelig, hva som er viktig for deg og hvem"
                + " som kan støtte deg. Kartleggingen kan vare en tid, og hjelp kan begynne underveis. Etterpå avtales"
                + " videre oppfølging; har du krav på vedtak, får du det i posten.",
            "A counsellor gets in touch for a conversation about what is hard, what matters to you and who can"
                + " support you. The assessment may take some time, and help can begin during it. Afterwards further"
                + " follow-up is agreed; if you are entitled to a decision, it is sent by post."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addLegalBasis(hol32)
        .addResponsePromises(
            ResponsePromise.builder()
                .what(t("Kontakt for kartleggingssamtale", "Contact for an assessment interview"))
                .kind(PromiseKind.TIME_TO_RESPONSE).period(PeriodSpec.range(2, 3, PeriodUnit.WORKING_DAYS)).indicative(true).build(),
            ResponsePromise.builder()
                .what(t("Kartleggingsperioden", "The assessment period"))
                .kind(PromiseKind.MAXIMUM_DURATION).period(PeriodSpec.range(0, 3, PeriodUnit.MONTHS)).build())
        .addUnitIds(MO)
        .eligibility(adults)
        .build();

    Service counsellor = base("counsellor-follow-up", ServiceKind.COUNSELLOR_FOLLOW_UP,
        t("Oppfølging fra ruskonsulent", "Follow-up by a substance-abuse counsellor"),
        t("Samtaler, besøk hjemme, hjelp til å få kontakt med og følge til lege, NAV og andre. Opplæring, råd og"
                + " informasjon om annen hjelp. Ruskonsulenten kartlegger, følger opp og samordner tiltakene, kan"
                + " henvise til spesialisert rusbehandling og deler ut LAR-medisiner. Noen tjenester krever"
                + " egensøknad, men du kan ta kontakt før du har søkt.",
            "Talks, home visits, help to get in touch with and going along to the doctor, NAV and others. Training,"
                + " advice and information about other help. The counsellor assesses, follows up and coordinates the"
                + " measures, can refer to specialist substance-abuse treatment and hands out LAR medication. Some"
                + " services need a written application, but you can get in touch before you apply."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .applicationBeforeContact(false)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.PEOPLE_IN_LAR)
        .addLegalBasis(hol32)
        .addUnitIds(MO)
        .eligibility(adults)
        .build();

    Service psychologist = base("psychologist", ServiceKind.PSYCHOLOGIST,
        t("Samtaler med psykolog", "Talks with a psychologist"),
        t("For deg som har et rusproblem og som også strever med den psykiske helsen. Gratis, og du trenger ikke"
                + " henvisning.",
            "For people with a substance problem who also struggle with their mental health. Free, and no referral"
                + " is needed."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.CO_OCCURRING_MENTAL_ILLNESS)
        .addLegalBasis(hol32)
        .addResponsePromises(ResponsePromise.builder()
            .what(t("Tilbud om time", "An appointment offered"))
            .kind(PromiseKind.TIME_TO_RESPONSE).period(PeriodSpec.range(0, 1, PeriodUnit.WEEKS)).indicative(true).build())
        .addUnitIds(MO)
        .eligibility(PSYCHOLOGIST)
        .build();

    Service music = base("music-therapy", ServiceKind.MUSIC_THERAPY,
        t("Musikkterapi", "Music therapy"),
        t("Timer alene eller i små grupper der du sammen med musikkterapeuten skriver sanger, lytter, spiller,"
                + " synger eller improviserer for å nå mål du selv setter. Du trenger ikke søke.",
            "Sessions alone or in small groups where you and the music therapist write songs, listen, play, sing or"
                + " improvise to work towards goals you set yourself. No application is needed."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addResponsePromises(ResponsePromise.builder()
            .what(t("En periode med musikkterapi", "A period of music therapy"))
            .kind(PromiseKind.DURATION).period(PeriodSpec.of(3, PeriodUnit.MONTHS)).build())
        .addUnitIds(MO)
        .eligibility(adults)
        .build();

    Service training = base("training-groups", ServiceKind.TRAINING_GROUP,
        t("Trenings- og aktivitetsgrupper", "Training and activity groups"),
        t("Senterets egne grupper for spinning, løping og turer. Du velger selv hva du blir med på.",
            "The centre's own groups for spinning, running and walks. You choose what to join."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addUnitIds(MO)
        .eligibility(adults)
        .build();

    Service network = base("network-meeting", ServiceKind.NETWORK_MEETING,
        t("Nettverksmøte", "Network meeting"),
        t("Ett eller flere møter mellom deg og folk du velger fra nettverket ditt. Du bestemmer hvem som deltar"
                + " og hva dere skal snakke om. Møtet kan også gi rom for dialog mellom deg og pårørende.",
            "One or more meetings between you and people you choose from your network. You decide who takes part"
                + " and what to talk about. It can also open a dialogue between you and your relatives."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES)
        .addUnitIds(MO)
        .eligibility(Criterion.any(adults, new HasRole(Role.RELATIVE, SANDNES)))
        .build();

    Service lar = std.offer(StandardServiceDescription.Offer.LAR)
        .withName(t("Legemiddelassistert rehabilitering (LAR)", "Opioid substitution treatment (LAR)"))
        .withDescription(t(
            "Kommunen samarbeider med Helse Stavanger om LAR og har ansvaret for å dele ut LAR-medisinene. Alle"
                + " de andre tilbudene i oversikten gjelder også for deg som er i LAR.",
            "The municipality works with Helse Stavanger on LAR and is responsible for handing out the LAR"
                + " medication. Every other service in this list is open to people in LAR as well."))
        .withAccessMode(AccessMode.NOT_STATED)
        .withCost(Cost.ofFree())
        .withLegalBasis(hol32)
        .withResponsePromises(List.of())
        .withSourceIds(SOURCE)
        .withComplaintInfo(complaints())
        .withEligibility(Criterion.all(adults, new Criterion.InLar(SANDNES)));

    Service akutten = base("akutten", ServiceKind.EMERGENCY_HOUSING,
        t("Akutten – akutt overnatting", "Akutten – emergency overnight housing"),
        t("Kommunens midlertidige overnattingstilbud for bostedsløse med rusproblemer, i stedet for hospits og"
                + " private tilbud. Lav terskel, men du må være registrert bosatt i Sandnes, og det er NAV Sandnes"
                + " som bestiller plassen.",
            "The municipality's temporary overnight place for homeless people with substance problems, instead of a"
                + " hostel or private offers. Low threshold, but you must be registered as resident in Sandnes, and"
                + " NAV Sandnes books the place."))
        .accessMode(AccessMode.REQUISITION_BY_AGENCY)
        .requisitionedBy("NAV Sandnes")
        .cost(Cost.notStated(t(
            "Siden oppgir ingen pris for Akutten. «Tjenesten er gratis» står under «Viktig å vite» sammen med at det"
                + " ikke trengs henvisning fra lege, og leses her som fagteam rus' tjenester; Akutten er et"
                + " overnattingstilbud som NAV Sandnes rekvirerer. Spør NAV Sandnes.",
            "The page states no price for Akutten. \"The service is free\" stands under \"Important to know\""
                + " beside \"no referral from a doctor is needed\", and is read here as covering the team's"
                + " services; Akutten is overnight housing that NAV Sandnes requisitions. Ask NAV Sandnes.")))
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.HOMELESS)
        .addUnitIds(SV299)
        .eligibility(EMERGENCY_HOUSING)
        .build();

    Service factTeam = base("fact", ServiceKind.FACT_TEAM,
        t("Oppfølging fra FACT-team", "Follow-up by the FACT team"),
        t("Aktiv, oppsøkende behandling i nærmiljøet for deg som har både rusproblemer og en psykisk lidelse."
                + " Teamet har egne kontaktopplysninger.",
            "Active outreach treatment in the community for people with both a substance problem and a mental"
                + " illness. The team has its own contact details."))
        .accessMode(AccessMode.NOT_STATED)
        .cost(Cost.notStated(t(
            "Siden oppgir ingen pris for FACT-teamet, som har ansatte fra kommunen, NAV og spesialisthelsetjenesten."
                + " Spør teamet.",
            "The page states no price for the FACT team, whose staff come from the municipality, NAV and specialist"
                + " health care. Ask the team.")))
        .addTargetGroups(TargetGroup.CO_OCCURRING_MENTAL_ILLNESS)
        .addUnitIds(FACT)
        .eligibility(FACT_TEAM)
        .build();

    Service coordination = base("coordination", ServiceKind.COORDINATION_AND_INDIVIDUAL_PLAN,
        t("Koordinering og individuell plan", "Coordination and individual plan"),
        t("Når flere instanser skal hjelpe, kan ruskonsulenten samordne dem, blant annet i ansvarsgruppemøter, og"
                + " lage en individuell plan hvis du trenger langvarig og samordnet hjelp. Trengs det samarbeid med"
                + " andre, ber fagteam rus deg først om samtykke.",
            "When several agencies are involved, the counsellor can coordinate them, for example in care-group"
                + " meetings, and draw up an individual plan if you need long-term, coordinated help. If working"
                + " with others is needed, the team first asks for your consent."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addLegalBasis(hol("7-1"),
            hol("7-2"))
        .addUnitIds(MO)
        .eligibility(adults)
        .build();

    // A referral is not a municipal decision, so the page's decision-complaint text does not apply to it; a
    // complaint about the service received does.
    Service referral = frame("referral-specialist", ServiceKind.REFERRAL_TO_SPECIALIST_TREATMENT,
        t("Henvisning til spesialisthelsetjenesten", "Referral to specialist health care"),
        t("Ved behov henviser kommunen deg videre. Spesialisthelsetjenesten vurderer da dine rettigheter og om du"
                + " skal få tverrfaglig spesialisert rusbehandling, poliklinisk eller med innleggelse.",
            "When needed the municipality refers you on. Specialist health care then assesses your rights and"
                + " whether you should get specialist substance-abuse treatment, as an outpatient or in an institution."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addUnitIds(MO)
        .addComplaintInfo(complaints().get(1))
        .eligibility(adults)
        .build();

    Service institution = base("care-institution", ServiceKind.CARE_INSTITUTION,
        t("Opphold i omsorgsinstitusjon", "Stay in a care institution"),
        t("Kommunen behandler søknader om opphold i omsorgsinstitusjon for personer som fyller vilkårene i loven."
                + " Ta kontakt med MO-senteret for å vite mer.",
            "The municipality handles applications for a stay in a care institution from people who meet the"
                + " conditions of the law. Contact the MO-senter to learn more."))
        .accessMode(AccessMode.APPLICATION_AND_DECISION)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        .addLegalBasis(hol32)
        .addResponsePromises(std.processingTime())
        .addUnitIds(MO)
        .addSourceIds(StandardServiceDescription.SOURCE_ID)
        .eligibility(Criterion.all(adults, new Described(LocalizedText.of(
            "oppfyller lovens vilkår for opphold i omsorgsinstitusjon", "meets the law's conditions for a stay in a"
                + " care institution"), SANDNES)))
        .build();

    Service housing = frame("housing", ServiceKind.HOUSING,
        t("Bolig: Småhus og bokollektiv", "Housing: Småhus homes and a shared home"),
        t("Småhusene er kommunale utleieboliger med særskilte vilkår, der beboerne følges opp av personalet i"
                + " Sandnesveien 299. Der er det også et bokollektiv med 7 plasser. Du søker gjennom kommunens"
                + " boligtjeneste.",
            "The Småhus homes are municipal rental homes with special terms, whose residents are followed up by the"
                + " staff at Sandnesveien 299. There is also a shared home with 7 places. You apply through the"
                + " municipality's housing service."))
        .accessMode(AccessMode.APPLICATION_AND_DECISION)
        .applicationBeforeContact(true)
        .cost(Cost.fee(t("Det betales husleie for alle boligene.", "Rent is paid for every home.")))
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM)
        // Allocating a municipal rental home is the municipality's own decision under no special act
        // (the source cites none): fvl § 28 second paragraph, appealed to the municipality's own appeal
        // body. The page's complaint text is about health and care services, so none is recorded here.
        .addLegalBasis(LegalReference.of(Act.FORVALTNINGSLOVEN, "28", 2))
        .addResponsePromises(std.processingTime())
        .addUnitIds(SV299)
        .addSourceIds(StandardServiceDescription.SOURCE_ID)
        .eligibility(Criterion.all(adults, new Described(LocalizedText.of(
            "oppfyller de særskilte vilkårene for Småhusene, som siden ikke oppgir",
            "meets the special terms of the Småhus homes, which the page does not give"), SANDNES)))
        .build();

    Service pregnancy = base("pregnancy-follow-up", ServiceKind.PREGNANCY_FOLLOW_UP,
        t("Oppfølging av gravide med rusutfordringer", "Follow-up of pregnant women with substance problems"),
        t("Hjelp til et rusfritt svangerskap og til å unngå skade på barnet: urinprøver, samtaler, hjemmebesøk,"
                + " kontakt med jordmor, tilbud om frivillig innleggelse, ansvarsgruppe eller henvisning, i samarbeid"
                + " med fastlege, jordmor, spesialisthelsetjenesten og barnevernet. Oppfølgingen fortsetter etter"
                + " fødselen.",
            "Help towards a pregnancy free of substances and to avoid harm to the child: urine tests, talks, home"
                + " visits, contact with a midwife, voluntary admission, a care group or referral, together with the"
                + " GP, midwife, specialist health care and child welfare services. Follow-up continues after birth."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.PREGNANT_WOMEN)
        .addLegalBasis(hol32)
        .addUnitIds(MO)
        .eligibility(PREGNANCY)
        .build();

    Service coercion = frame("coercion", ServiceKind.COERCION,
        t("Tvangstiltak (helse- og omsorgstjenesteloven §§ 10-2 og 10-3)",
            "Coercion (Health and Care Services Act ss. 10-2 and 10-3)"),
        t("Tilbakeholdelse i institusjon uten samtykke, som ikke er behandling i seg selv. Etter § 10-2 gjelder det"
                + " alvorlig og skadelig rusbruk der frivillig hjelp ikke strekker til, i høyst 3 måneder. Etter"
                + " § 10-3 kan en gravid holdes tilbake ut svangerskapet for å verne barnet. Fagteam rus vurderer"
                + " selv, eller etter melding fra pårørende eller helsepersonell, om saken skal fremmes for"
                + " barneverns- og helsenemnda, som avgjør saken. En melding må være skriftlig. Nemndas vedtak kan"
                + " bringes inn for tingretten; det klages ikke til statsforvalteren.",
            "Detention in an institution without consent, which is not treatment in itself. Section 10-2 covers"
                + " serious, harmful substance use where voluntary help is not enough, for at most 3 months."
                + " Section 10-3 lets a pregnant woman be held for the rest of the pregnancy to protect the child."
                + " The substance-abuse team decides, on its own initiative or after a report from relatives or"
                + " health personnel, whether to bring the case before the Child Welfare and Health Tribunal, which"
                + " decides. A report must be in writing. The tribunal's decision can be brought before the district"
                + " court; it is not appealed to the county governor."))
        .accessMode(AccessMode.APPLICATION_AND_DECISION)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.PREGNANT_WOMEN, TargetGroup.RELATIVES)
        .addLegalBasis(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"))
        .addResponsePromises(ResponsePromise.builder()
            .what(t("Tilbakeholdelse etter § 10-2", "Detention under s. 10-2"))
            .kind(PromiseKind.MAXIMUM_DURATION).period(PeriodSpec.range(0, 3, PeriodUnit.MONTHS)).build())
        .addUnitIds(MO)
        .build();

    Service relatives = base("relative-support", ServiceKind.RELATIVE_SUPPORT,
        t("Råd og veiledning til pårørende", "Advice and guidance for relatives"),
        t("Fagteam rus har en egen kontaktperson for pårørende. Teamet kan også sette deg i kontakt med"
                + " veiledningssenteret for pårørende i Sandnes eller pårørendesenteret i Stavanger.",
            "The substance-abuse team has its own contact person for relatives. It can also put you in touch with"
                + " the guidance centre for relatives in Sandnes or the relatives' centre in Stavanger."))
        .accessMode(AccessMode.SELF_REFERRAL)
        .cost(Cost.ofFree())
        .addTargetGroups(TargetGroup.RELATIVES)
        .addUnitIds(MO, RELATIVES_GUIDANCE, RELATIVES_CENTRE_STAVANGER)
        .eligibility(new Criterion.HasRole(Role.RELATIVE, SANDNES))
        .build();

    return List.of(dropIn, assessment, counsellor, psychologist, music, training, network, lar, akutten, factTeam,
        coordination, referral, institution, housing, pregnancy, coercion, relatives);
  }
}
