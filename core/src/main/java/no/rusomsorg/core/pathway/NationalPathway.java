package no.rusomsorg.core.pathway;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;

/**
 * What applies in every Norwegian municipality when someone seeks help for substance problems, as data:
 * the emergency numbers, the first contacts (the municipal counsellor, the GP), specialist treatment
 * (TSB) and its rights, help for relatives, and where to turn when unhappy. Every {@link Guidance} item
 * cites one of the two national {@link #sources()} (a patient guide from Helsenorge and an encyclopedia
 * article from Store norske leksikon), a {@link LegalReference}, or both.
 *
 * <p>The national sources describe the rights without citing sections; the sections cited here (free
 * choice of treatment place, pbrl § 2-4; the patient and user ombud, pbrl § 8-3) are in the project's
 * table of verified sections ({@link no.rusomsorg.core.law.Statutes#isVerified}).
 *
 * <p>The data describes the national arrangements as they stood when the sources were last verified
 * ({@link #VERIFIED_ON}); it is not versioned by date.
 *
 * <p>The instance is immutable and thread-safe.
 */
public final class NationalPathway {
  /** When the national data was last checked against its sources. */
  public static final LocalDate VERIFIED_ON = LocalDate.of(2026, 11, 22);

  /** Source id of Helsenorge's patient guide on treatment of substance problems. */
  public static final String HELSENORGE = "helsenorge-behandling-av-rusproblemer";
  /** Source id of Store norske leksikon's article on municipal substance-abuse care. */
  public static final String SNL = "snl-rusomsorg-i-kommunene";

  /** Guidance id: call 113 when a life is at stake. */
  public static final String EMERGENCY = "emergency-113";
  /** Guidance id: the out-of-hours medical service (legevakt), 116 117. */
  public static final String OUT_OF_HOURS = "legevakt-116117";
  /** Guidance id: coping on one's own, with family, network and self-help groups. */
  public static final String SELF_HELP = "self-help";
  /** Guidance id: the municipality's substance-abuse counsellor. */
  public static final String MUNICIPAL_COUNSELLOR = "municipal-counsellor";
  /** Guidance id: the regular GP (fastlege). */
  public static final String GP = "gp";
  /** Guidance id: asking for a referral to specialist treatment (TSB). */
  public static final String TSB_REFERRAL = "tsb-referral";
  /** Guidance id: the assessment of the referral within 10 working days (pbrl § 2-2). */
  public static final String TSB_ASSESSMENT = "tsb-assessment";
  /** Guidance id: the care pathway (pakkeforløp), outpatient or inpatient. */
  public static final String CARE_PATHWAY = "care-pathway";
  /** Guidance id: free choice of treatment place, and published waiting times. */
  public static final String FREE_CHOICE = "free-choice";
  /** Guidance id: information, advice and support for relatives. */
  public static final String RELATIVES_HELP = "relatives-help";
  /** Guidance id: relatives' centres (pårørendesenter). */
  public static final String RELATIVES_CENTRE = "relatives-centre";
  /** Guidance id: a relative's written report of serious abuse (hol § 10-1). */
  public static final String RELATIVE_REPORT = "relative-report";
  /** Guidance id: the patient and user ombud. */
  public static final String PATIENT_OMBUD = "patient-ombud";

  /** The medical emergency number, 113, answered day and night. */
  public static final Contact EMERGENCY_CONTACT = Contact.of(
      LocalizedText.of("Medisinsk nødtelefon",
      "Medisinsk naudtelefon", "Medical emergency number"), PhoneNumber.parse("113"), true);
  /** The out-of-hours medical service (legevakt), 116 117, in every municipality day and night. */
  public static final Contact OUT_OF_HOURS_CONTACT = Contact.of(
      LocalizedText.of("Legevakten der du er",
      "Legevakta der du er", "The out-of-hours medical service (legevakt) where you are"),
      PhoneNumber.parse("116 117"), true);
  /** The person's own municipality's substance-abuse counsellor, before a municipality is known. */
  public static final Contact MUNICIPAL_COUNSELLOR_CONTACT = Contact.of(LocalizedText.of(
      "Ruskonsulenten eller rustjenesten i kommunen din",
      "Ruskonsulenten eller rustenesta i kommunen din",
      "Your municipality's substance-abuse counsellor (ruskonsulent) or service"));
  /** The regular GP. */
  public static final Contact GP_CONTACT = Contact.of(LocalizedText.of("Fastlegen din",
  "Fastlegen din", "Your regular GP (fastlege)"));

  private static final Contact NETWORK = Contact.of(LocalizedText.of(
      "Familie, venner, frivillige organisasjoner og selvhjelpsgrupper",
      "Familie, vener, frivillige organisasjonar og sjølvhjelpsgrupper",
      "Family, friends, voluntary organisations and self-help groups"));
  private static final Contact TSB_TEAM = Contact.of(LocalizedText.of(
      "Vurderingsteamet i tverrfaglig spesialisert rusbehandling (TSB)",
      "Vurderingsteamet i tverrfagleg spesialisert rusbehandling (TSB)",
      "The assessment team of specialist substance-abuse treatment (TSB)"));
  private static final Contact TSB_PLACE = Contact.of(LocalizedText.of(
      "Behandlingsstedet i TSB (poliklinikk eller døgnenhet)",
      "Behandlingsstaden i TSB (poliklinikk eller døgneining)",
      "The TSB treatment place (outpatient clinic or inpatient unit)"));
  private static final Contact HELSENORGE_CONTACT = Contact.of(LocalizedText.of(
      "Helsenorge.no (behandlingssteder og ventetider)",
      "Helsenorge.no (behandlingsstader og ventetider)", "Helsenorge.no (treatment places and waiting times)"));
  private static final Contact RELATIVES_CENTRE_CONTACT = Contact.of(LocalizedText.of(
      "Et pårørendesenter",
      "Eit pårørandesenter", "A relatives' centre (pårørendesenter)"));
  private static final Contact MUNICIPALITY = Contact.of(LocalizedText.of(
      "Kommunen din (rustjenesten)",
      "Kommunen din (rustenesta)", "Your municipality (its substance-abuse service)"));
  private static final Contact OMBUD = Contact.of(LocalizedText.of(
      "Pasient- og brukerombudet i fylket ditt",
      "Pasient- og brukarombodet i fylket ditt", "The patient and user ombud (pasient- og brukerombudet) in your county"));

  private static final NationalPathway STANDARD = new NationalPathway(sourcesList(), guidanceList());

  private final List<Source> sources;
  private final Map<String, Guidance> guidance;

  NationalPathway(List<Source> sources, List<Guidance> items) {
    Checks.unique("sources", sources, Source::id);
    Checks.unique("guidance", items, Guidance::id);
    Set<String> sourceIds = sources.stream().map(Source::id).collect(Collectors.toSet());
    for (int i = 0; i < items.size(); i++) {
      Optional<String> s = items.get(i).sourceId();
      if (s.isPresent() && !sourceIds.contains(s.get())) {
        throw new InvalidValueException("guidance[" + i + "].sourceId", Rule.REFERENCE,
            "no source with id '" + s.get() + "'");
      }
    }
    this.sources = List.copyOf(sources);
    Map<String, Guidance> byId = new LinkedHashMap<>();
    items.forEach(g -> byId.put(g.id(), g));
    this.guidance = java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * The national data.
   *
   * @return the shared instance
   */
  public static NationalPathway standard() {
    return STANDARD;
  }

  /**
   * The national source documents, with ids {@value #HELSENORGE} and {@value #SNL}.
   *
   * @return the sources
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * A source by id.
   *
   * @param id the source id
   * @return the source, or empty if there is none with that id (or the id is null)
   */
  public Optional<Source> source(String id) {
    Objects.requireNonNull(id, "id");
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Every guidance item, in a stable order (emergency first).
   *
   * @return the items
   */
  public List<Guidance> guidance() {
    return List.copyOf(guidance.values());
  }

  /**
   * A guidance item by id, such as {@value #TSB_ASSESSMENT}.
   *
   * @param id the id
   * @return the item, or empty if there is none with that id (or the id is null)
   */
  public Optional<Guidance> guidance(String id) {
    Objects.requireNonNull(id, "id");
    return id == null ? Optional.empty() : Optional.ofNullable(guidance.get(id));
  }

  Guidance require(String id) {
    Guidance g = guidance.get(id);
    if (g == null) {
      throw new IllegalStateException("national guidance lacks " + id);
    }
    return g;
  }

  private static List<Source> sourcesList() {
    return List.of(
        Source.builder().id(HELSENORGE).title("Behandling av rusproblemer").publisher("Helsenorge")
            .document("helsenorge-behandling-av-rusproblemer.txt").verifiedOn(VERIFIED_ON).build(),
        Source.builder().id(SNL).title("Rusomsorg i kommunene").publisher("Store norske leksikon")
            .document("snl-rusomsorg-i-kommunene.txt").verifiedOn(VERIFIED_ON).build());
  }

  private static ImmutableGuidance.Builder item(String id, LocalizedText title, LocalizedText text, Contact contact) {
    return Guidance.builder().id(id).title(title).text(text).contact(contact);
  }

  private static List<Guidance> guidanceList() {
    return List.of(
        item(EMERGENCY,
            LocalizedText.of("Ring 113 når liv står på spill",
            "Ring 113 når liv står på spel", "Call 113 when a life is at stake"),
            LocalizedText.of(
                "Er det akutt og står om liv, ring medisinsk nødtelefon 113 med en gang. Nummeret er betjent hele "
                    + "døgnet.",
                "Er det akutt og står om liv, ring medisinsk naudtelefon 113 med ein gong. Nummeret er bemanna "
                    + "heile døgnet.",
                "If it is acute and a life is at stake, call the medical emergency number 113 at once. It is staffed "
                    + "day and night."),
            EMERGENCY_CONTACT).sourceId(HELSENORGE).build(),
        item(OUT_OF_HOURS,
            LocalizedText.of("Legevakt: ring 116 117",
            "Legevakt: ring 116 117", "Out-of-hours medical service: call 116 117"),
            LocalizedText.of(
                "Trenger du hjelp raskt, uten at det står om liv, ring 116 117. Du kommer da til "
                    + "legevaktsentralen for stedet der du er. Alle kommuner har legevakt døgnet rundt.",
                "Treng du hjelp raskt, utan at det står om liv, ring 116 117. Då kjem du til legevaktsentralen "
                    + "for staden der du er. Alle kommunar har legevakt døgnet rundt.",
                "If you need help quickly but no life is at stake, call 116 117 to reach the out-of-hours "
                    + "service for the place where you are. Every municipality has one, around the clock."),
            OUT_OF_HOURS_CONTACT).sourceId(HELSENORGE).build(),
        item(SELF_HELP,
            LocalizedText.of("Mestring og selvhjelp",
            "Meistring og sjølvhjelp", "Coping and self-help"),
            LocalizedText.of(
                "Mange får kontroll over rusbruken ved egen innsats, med støtte fra familie og venner, "
                    + "frivillige organisasjoner eller selvhjelpsgrupper. Fastlegen kan følge med på bruken "
                    + "sammen med deg, og det hjelper ofte å trappe ned.",
                "Mange får kontroll over rusbruken ved eigen innsats, med støtte frå familie og vener, "
                    + "frivillige organisasjonar eller sjølvhjelpsgrupper. Fastlegen kan følgje med på bruken saman "
                    + "med deg, og det hjelper ofte å trappe ned.",
                "Many people get their use under control through their own effort, backed by family and "
                    + "friends, voluntary organisations or self-help groups. Your GP can keep track of your use "
                    + "with you, which often helps to cut down."),
            NETWORK).sourceId(HELSENORGE).build(),
        item(MUNICIPAL_COUNSELLOR,
            LocalizedText.of("Snakk med ruskonsulenten i kommunen",
            "Snakk med ruskonsulenten i kommunen", "Talk to the municipal substance-abuse counsellor"),
            LocalizedText.of(
                "Alle kommuner og bydeler har ansatte som følger opp personer med rusproblemer, ofte kalt "
                    + "ruskonsulent og ofte plassert i NAV eller en egen enhet. De gir råd og veiledning og kan "
                    + "ha behandlende samtaler. De har taushetsplikt og kan henvise deg til spesialisert "
                    + "rusbehandling (TSB). Kommunens nettsider sier hvordan du når dem.",
                "Alle kommunar og bydelar har tilsette som følgjer opp personar med rusproblem, ofte kalla "
                    + "ruskonsulent og ofte plasserte i NAV eller ei eiga eining. Dei gir råd og rettleiing og kan ha "
                    + "behandlande samtalar. Dei har teieplikt og kan tilvise deg til spesialisert rusbehandling "
                    + "(TSB). Nettsidene til kommunen seier korleis du når dei.",
                "Every municipality and city district has staff who follow up people with substance problems, "
                    + "often called substance-abuse counsellors (ruskonsulent) and often based at NAV or in a "
                    + "dedicated unit. They give advice and guidance and can hold therapeutic conversations. "
                    + "They are bound by confidentiality and can refer you to specialist treatment (TSB). The "
                    + "municipality's website tells you how to reach them."),
            MUNICIPAL_COUNSELLOR_CONTACT).municipal(true).sourceId(HELSENORGE).build(),
        item(GP,
            LocalizedText.of("Snakk med fastlegen",
            "Snakk med fastlegen", "Talk to your GP"),
            LocalizedText.of(
                "Fastlegen kan gi medisinsk oppfølging og samtaler, og følge med på rusbruken sammen med deg. "
                    + "Fastlegen har taushetsplikt og kan henvise deg til spesialisert rusbehandling (TSB).",
                "Fastlegen kan gi medisinsk oppfølging og samtalar, og følgje med på rusbruken saman med deg. "
                    + "Fastlegen har teieplikt og kan tilvise deg til spesialisert rusbehandling (TSB).",
                "Your GP (fastlege) offers medical follow-up and conversations, and can monitor your use "
                    + "together with you. The GP is bound by confidentiality and can refer you to specialist "
                    + "treatment (TSB)."),
            GP_CONTACT).sourceId(HELSENORGE).build(),
        item(TSB_REFERRAL,
            LocalizedText.of("Be om henvisning til TSB",
            "Be om tilvising til TSB", "Ask for a referral to TSB"),
            LocalizedText.of(
                "Ved alvorlige problemer – tvangspreget bruk, bruk som fortsetter selv om den skader helse "
                    + "eller hverdag, eller psykiske lidelser i tillegg – trenger du som regel "
                    + "spesialistbehandling. Be fastlegen eller ruskonsulenten i kommunen om å henvise deg til "
                    + "tverrfaglig spesialisert rusbehandling (TSB).",
                "Ved alvorlege problem – tvangsprega bruk, bruk som held fram sjølv om han skadar helsa eller "
                    + "kvardagen, eller psykiske lidingar i tillegg – treng du som regel spesialistbehandling. Be "
                    + "fastlegen eller ruskonsulenten i kommunen om å tilvise deg til tverrfagleg spesialisert "
                    + "rusbehandling (TSB).",
                "With severe problems – compulsive use, use that goes on although it harms your health or "
                    + "daily life, or mental illness as well – you usually need specialist care. Ask your GP or "
                    + "the municipal counsellor to refer you to specialist substance-abuse treatment (TSB)."),
            GP_CONTACT).sourceId(HELSENORGE).build(),
        item(TSB_ASSESSMENT,
            LocalizedText.of("Henvisningen vurderes innen 10 virkedager",
            "Tilvisinga vert vurdert innan 10 verkedagar",
                "The referral is assessed within 10 working days"),
            LocalizedText.of(
                "Et tverrfaglig team i spesialisthelsetjenesten skal vurdere henvisningen innen 10 virkedager "
                    + "etter at den kom inn, og raskere hvis det er mistanke om alvorlig eller livstruende "
                    + "sykdom. Du får vite om du har rett til behandling.",
                "Eit tverrfagleg team i spesialisthelsetenesta skal vurdere tilvisinga innan 10 verkedagar etter "
                    + "at ho kom inn, og raskare dersom det er mistanke om alvorleg eller livstrugande sjukdom. Du får "
                    + "vite om du har rett til behandling.",
                "A multidisciplinary team in specialist health care must assess the referral within 10 "
                    + "working days of receiving it, and sooner if serious or life-threatening illness is "
                    + "suspected. You are told whether you are entitled to treatment."),
            TSB_TEAM).legalReference(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-2"))
            .sourceId(HELSENORGE).build(),
        item(CARE_PATHWAY,
            LocalizedText.of("Pakkeforløp: basisutredning, så poliklinikk eller døgnbehandling",
            "Pakkeforløp: basisutgreiing, så poliklinikk eller døgnbehandling",
                "Care pathway: a basic assessment, then outpatient or inpatient treatment"),
            LocalizedText.of(
                "De fleste med alvorlige rusproblemer kommer inn i et pakkeforløp. Det begynner med en "
                    + "basisutredning av rusbruken, helsen og livssituasjonen din. Behandlingen gis i "
                    + "poliklinikk eller døgnenhet, alt etter hvor omfattende problemene er, og du er med på å "
                    + "bestemme mål og innhold. Forløpet skal få deg, fastlegen, kommunen og pårørende til å "
                    + "samarbeide.",
                "Dei fleste med alvorlege rusproblem kjem inn i eit pakkeforløp. Det byrjar med ei "
                    + "basisutgreiing av rusbruken, helsa og livssituasjonen din. Behandlinga vert gitt i poliklinikk "
                    + "eller døgneining, alt etter kor omfattande problema er, og du er med på å bestemme mål og "
                    + "innhald. Forløpet skal få deg, fastlegen, kommunen og pårørande til å samarbeide.",
                "Most people with severe problems enter a standardised care pathway (pakkeforløp). It begins "
                    + "with a basic assessment of your substance use, health and circumstances. Treatment is "
                    + "given in an outpatient clinic or an inpatient unit depending on how extensive the "
                    + "problems are, and you take part in setting its goals and content. The pathway is meant "
                    + "to make you, your GP, the municipality and your relatives work together."),
            TSB_PLACE).sourceId(HELSENORGE).build(),
        item(FREE_CHOICE,
            LocalizedText.of("Velg behandlingssted selv",
            "Vel behandlingsstad sjølv", "Choose your treatment place"),
            LocalizedText.of(
                "Som pasient i spesialisthelsetjenesten kan du velge hvor du vil behandles (fritt "
                    + "behandlingsvalg), også hos private som har avtale med det regionale helseforetaket "
                    + "eller er godkjent av Helfo. Teamet som vurderte henvisningen, kan anbefale et sted som "
                    + "passer for deg. Ventetidene for behandlingsstedene publiseres for hele landet på "
                    + "helsenorge.no.",
                "Som pasient i spesialisthelsetenesta kan du velje kvar du vil bli behandla (fritt "
                    + "behandlingsval), også hos private som har avtale med det regionale helseføretaket eller er "
                    + "godkjende av Helfo. Teamet som vurderte tilvisinga, kan tilrå ein stad som passar for deg. "
                    + "Ventetidene for behandlingsstadene vert publiserte for heile landet på helsenorge.no.",
                "As a patient of specialist health care you may choose where to be treated (free choice of "
                    + "treatment place), including private providers with an agreement with the regional "
                    + "health authority or approved by Helfo. The team that assessed the referral can suggest "
                    + "a place that suits you. Waiting times for every treatment place are published "
                    + "nationally on helsenorge.no."),
            HELSENORGE_CONTACT)
            .legalReference(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-4"))
            .sourceId(HELSENORGE).build(),
        item(RELATIVES_HELP,
            LocalizedText.of("Hjelp til deg som er pårørende",
            "Hjelp til deg som er pårørande", "Help for you as a relative"),
            LocalizedText.of(
                "Å stå nær en som har rusproblemer, kan være en stor belastning, og du kan selv trenge "
                    + "informasjon, råd og støtte. Kommunens rustjeneste kan gi deg råd, og helseforetakene "
                    + "skal gi pårørende informasjon og opplæring.",
                "Å stå nær ein som har rusproblem, kan vere ei stor belastning, og du kan sjølv trenge "
                    + "informasjon, råd og støtte. Rustenesta i kommunen kan gi deg råd, og helseføretaka skal gi "
                    + "pårørande informasjon og opplæring.",
                "Being close to someone with a substance problem can be a heavy burden, and you may need "
                    + "information, advice and support yourself. The municipality's substance-abuse service "
                    + "can advise you, and the health trusts must give relatives information and training."),
            MUNICIPALITY).municipal(true).sourceId(HELSENORGE).build(),
        item(RELATIVES_CENTRE,
            LocalizedText.of("Pårørendesenter",
            "Pårørandesenter", "Relatives' centres"),
            LocalizedText.of(
                "Pårørendesentre veileder og støtter pårørende til personer med rusproblemer, med "
                    + "informasjon, kurs, samtaler og samvær med andre pårørende. De drives av frivillige "
                    + "organisasjoner eller av det offentlige.",
                "Pårørandesentera rettleier og støttar pårørande til personar med rusproblem, med informasjon, "
                    + "kurs, samtalar og samvær med andre pårørande. Dei vert drivne av frivillige organisasjonar "
                    + "eller av det offentlege.",
                "Relatives' centres guide and support the family and friends of people with substance "
                    + "problems through information, courses, conversations and meeting other relatives. They "
                    + "are run by voluntary organisations or public bodies."),
            RELATIVES_CENTRE_CONTACT).sourceId(SNL).build(),
        item(RELATIVE_REPORT,
            LocalizedText.of("Skriftlig melding ved alvorlig rusmisbruk",
            "Skriftleg melding ved alvorleg rusmisbruk", "A written report of serious substance abuse"),
            LocalizedText.of(
                "Er du nær pårørende og bekymret for et omfattende rusmisbruk, kan du melde fra skriftlig til "
                    + "kommunen. Kommunen skal da undersøke saken, vurdere om det skal reises sak om "
                    + "tilbakeholdelse uten samtykke (helse- og omsorgstjenesteloven § 10-2 eller § 10-3), og "
                    + "gi deg tilbakemelding.",
                "Er du nær pårørande og uroleg for eit omfattande rusmisbruk, kan du melde frå skriftleg til "
                    + "kommunen. Kommunen skal då undersøkje saka, vurdere om det skal reisast sak om tilbakehald utan "
                    + "samtykke (helse- og omsorgstenestelova § 10-2 eller § 10-3), og gi deg tilbakemelding.",
                "If you are a close relative worried about extensive substance abuse, you can report it in "
                    + "writing to the municipality. The municipality must then look into it, consider whether "
                    + "to bring a case for detention without consent (Municipal Health and Care Services Act "
                    + "§ 10-2 or § 10-3), and give you feedback."),
            MUNICIPALITY).municipal(true)
            .legalReference(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-1")).build(),
        item(PATIENT_OMBUD,
            LocalizedText.of("Pasient- og brukerombudet",
            "Pasient- og brukarombodet", "The patient and user ombud"),
            LocalizedText.of(
                "Er du misfornøyd med hjelpen, eller mener du at du ikke har fått det du har rett på, kan "
                    + "pasient- og brukerombudet gi deg råd og hjelpe deg å klage. Det er gratis.",
                "Er du misnøgd med hjelpa, eller meiner du at du ikkje har fått det du har rett på, kan pasient- "
                    + "og brukarombodet gi deg råd og hjelpe deg å klage. Det er gratis.",
                "If you are unhappy with the help, or believe you have not received what you are entitled "
                    + "to, the patient and user ombud can advise you and help you complain, free of charge."),
            OMBUD)
            .legalReference(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "8-3"))
            .build());
  }
}
