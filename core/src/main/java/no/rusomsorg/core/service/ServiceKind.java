package no.rusomsorg.core.service;

import java.util.Objects;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The taxonomy of services for people with substance problems and their relatives: every kind of
 * service named by the municipal pages, the standard service description, the national patient guide
 * and the encyclopedia article the library is built from.
 *
 * <p>A kind says <em>what</em> is offered; who may use it, how to get it and on which legal basis is
 * said by the {@link Service}. The same kind is offered under different local names (the Søgne
 * "rusoppfølgingsteam" and the Sandnes "ruskonsulent" both give {@link #COUNSELLOR_FOLLOW_UP}).
 * Each kind has a Norwegian and an English {@link #label() label} and a {@link #category() category}.
 * JSON: the constant's name, such as {@code "MUSIC_THERAPY"}.
 */
public enum ServiceKind {
  // talks and therapy
  /** Advice and guidance (råd og veiledning), to users, relatives or partner agencies. */
  ADVICE_AND_GUIDANCE(ServiceCategory.TALKS_AND_THERAPY, "Råd og veiledning", "Råd og rettleiing", "Advice and guidance"),
  /** Needs assessment (kartlegging): what is hard, what resources exist, which help fits. */
  ASSESSMENT(ServiceCategory.TALKS_AND_THERAPY, "Kartlegging", "Kartlegging", "Needs assessment"),
  /** Individual talks with a counsellor or therapist (individuelle samtaler). */
  INDIVIDUAL_TALKS(ServiceCategory.TALKS_AND_THERAPY, "Individuelle samtaler", "Individuelle samtalar", "Individual talks"),
  /** Motivational talks (motivasjonssamtaler). */
  MOTIVATIONAL_TALKS(ServiceCategory.TALKS_AND_THERAPY, "Motivasjonssamtaler", "Motivasjonssamtalar", "Motivational talks"),
  /** Supportive talks (støttesamtaler). */
  SUPPORTIVE_TALKS(ServiceCategory.TALKS_AND_THERAPY, "Støttesamtaler", "Støttesamtalar", "Supportive talks"),
  /** Talks with a psychologist. */
  PSYCHOLOGIST(ServiceCategory.TALKS_AND_THERAPY, "Samtaler med psykolog", "Samtalar med psykolog", "Talks with a psychologist"),
  /** Music therapy, individually or in small groups. */
  MUSIC_THERAPY(ServiceCategory.TALKS_AND_THERAPY, "Musikkterapi", "Musikkterapi", "Music therapy"),
  /** Talks with the family and network (familie- og nettverkssamtaler). */
  FAMILY_AND_NETWORK_TALKS(ServiceCategory.TALKS_AND_THERAPY, "Familie- og nettverkssamtaler", "Familie- og nettverkssamtalar", "Family and network talks"),
  /** Network meetings chosen and led by the person (nettverksmøte). */
  NETWORK_MEETING(ServiceCategory.TALKS_AND_THERAPY, "Nettverksmøte", "Nettverksmøte", "Network meeting"),
  /** A cannabis-cessation programme (hasjavvenning, HAP). */
  CANNABIS_CESSATION(ServiceCategory.TALKS_AND_THERAPY, "Hasjavvenningsprogram", "Hasjavvenjingsprogram", "Cannabis-cessation programme"),
  /** Help with gambling addiction (spilleavhengighet). */
  GAMBLING_ADDICTION(ServiceCategory.TALKS_AND_THERAPY, "Hjelp ved spilleavhengighet", "Hjelp ved spelavhengigheit", "Help with gambling addiction"),
  /** Follow-up and control of substance use by the general practitioner (fastlege). */
  GP_FOLLOW_UP(ServiceCategory.TALKS_AND_THERAPY, "Oppfølging hos fastlege", "Oppfølging hos fastlege", "Follow-up by the general practitioner"),
  /** A municipal outpatient clinic for substance use and addiction (rus- og avhengighetspoliklinikk). */
  OUTPATIENT_CLINIC(ServiceCategory.TALKS_AND_THERAPY, "Rus- og avhengighetspoliklinikk", "Rus- og avhengigheitspoliklinikk", "Substance and addiction outpatient clinic"),

  // follow-up
  /** Follow-up by a substance-abuse counsellor or follow-up team (ruskonsulent, rusoppfølgingsteam). */
  COUNSELLOR_FOLLOW_UP(ServiceCategory.FOLLOW_UP, "Oppfølging fra ruskonsulent", "Oppfølging frå ruskonsulent", "Follow-up by a substance-abuse counsellor"),
  /** Follow-up outside the unit's offices, at home or where the person is (ambulant oppfølging). */
  AMBULANT_FOLLOW_UP(ServiceCategory.FOLLOW_UP, "Ambulant oppfølging", "Ambulant oppfølging", "Follow-up at home and in the community"),
  /** Practical help, support and training in daily life (praktisk hjelp, støtte og opplæring). */
  PRACTICAL_HELP(ServiceCategory.FOLLOW_UP, "Praktisk hjelp, støtte og opplæring", "Praktisk hjelp, støtte og opplæring", "Practical help, support and training"),
  /** Coordination of services, responsibility groups and the individual plan (individuell plan). */
  COORDINATION_AND_INDIVIDUAL_PLAN(ServiceCategory.FOLLOW_UP, "Koordinering og individuell plan", "Koordinering og individuell plan", "Coordination and individual plan"),
  /** Cooperation with other public and private agencies on the person's behalf. */
  INTERAGENCY_COOPERATION(ServiceCategory.FOLLOW_UP, "Samarbeid med andre instanser", "Samarbeid med andre instansar", "Cooperation with other agencies"),
  /** Follow-up of pregnant women with substance problems, during pregnancy and after birth. */
  PREGNANCY_FOLLOW_UP(ServiceCategory.FOLLOW_UP, "Oppfølging av gravide", "Oppfølging av gravide", "Follow-up of pregnant women"),
  /** A FACT team (flexible assertive community treatment) for co-occurring substance and mental illness. */
  FACT_TEAM(ServiceCategory.FOLLOW_UP, "FACT-team", "FACT-team", "FACT team (assertive community treatment)"),
  /** Opioid substitution treatment (legemiddelassistert rehabilitering, LAR), including handing out medication. */
  LAR(ServiceCategory.FOLLOW_UP, "Legemiddelassistert rehabilitering (LAR)", "Legemiddelassistert rehabilitering (LAR)", "Opioid substitution treatment (LAR)"),
  /** A support contact (støttekontakt) for leisure and social life. */
  SUPPORT_CONTACT(ServiceCategory.FOLLOW_UP, "Støttekontakt", "Støttekontakt", "Support contact"),

  // activity
  /** Training and activity groups (running, spinning, walks). */
  TRAINING_GROUP(ServiceCategory.ACTIVITY, "Trenings- og aktivitetsgrupper", "Trenings- og aktivitetsgrupper", "Training and activity groups"),
  /** Day activity (dagaktivitet). */
  DAY_ACTIVITY(ServiceCategory.ACTIVITY, "Dagaktivitet", "Dagaktivitet", "Day activity"),
  /** An activity house or centre with social activities, courses and workshops (aktivitetshus, aktivitetssenter). */
  ACTIVITY_CENTRE(ServiceCategory.ACTIVITY, "Aktivitetshus og aktivitetssenter", "Aktivitetshus og aktivitetssenter", "Activity house or centre"),
  /** Leisure and work-related measures (fritids- og arbeidsrettede tiltak). */
  LEISURE_AND_WORK(ServiceCategory.ACTIVITY, "Fritids- og arbeidsrettede tiltak", "Fritids- og arbeidsretta tiltak", "Leisure and work-related measures"),
  /** A healthy-living centre (frisklivssentral). */
  HEALTHY_LIVING_CENTRE(ServiceCategory.ACTIVITY, "Frisklivssentral", "Frisklivssentral", "Healthy-living centre"),

  // outreach
  /** Outreach work (utekontakt) meeting young people and adults where they are. */
  OUTREACH(ServiceCategory.OUTREACH, "Utekontakt", "Utekontakt", "Outreach work"),
  /** Street health care (feltpleie): free, anonymous, no appointment, clean equipment. */
  STREET_HEALTH_CARE(ServiceCategory.OUTREACH, "Feltpleie", "Feltpleie", "Street health care"),

  // housing
  /** Emergency overnight housing for homeless people (akutt overnatting). */
  EMERGENCY_HOUSING(ServiceCategory.HOUSING, "Akutt overnatting", "Akutt overnatting", "Emergency overnight housing"),
  /** Municipal housing for people with substance problems, including shared homes (bolig, bokollektiv). */
  HOUSING(ServiceCategory.HOUSING, "Bolig og bokollektiv", "Bustad og bukollektiv", "Housing and shared homes"),
  /** Housing-social work against homelessness (boligsosialt arbeid). */
  HOUSING_SOCIAL_WORK(ServiceCategory.HOUSING, "Boligsosialt arbeid", "Bustadsosialt arbeid", "Housing-social work"),

  // treatment and institutions
  /** Referral to specialist multidisciplinary substance-abuse treatment (henvisning til TSB). */
  REFERRAL_TO_SPECIALIST_TREATMENT(ServiceCategory.TREATMENT_AND_INSTITUTIONS,
      "Henvisning til tverrfaglig spesialisert rusbehandling (TSB)", "Tilvising til tverrfagleg spesialisert rusbehandling (TSB)", "Referral to specialist substance-abuse treatment (TSB)"),
  /** Specialist multidisciplinary substance-abuse treatment (TSB), usually in a care pathway (pakkeforløp). */
  SPECIALIST_TREATMENT(ServiceCategory.TREATMENT_AND_INSTITUTIONS,
      "Tverrfaglig spesialisert rusbehandling (TSB)", "Tverrfagleg spesialisert rusbehandling (TSB)", "Specialist substance-abuse treatment (TSB)"),
  /** A stay in a municipal care institution (omsorgsinstitusjon). */
  CARE_INSTITUTION(ServiceCategory.TREATMENT_AND_INSTITUTIONS, "Opphold i omsorgsinstitusjon", "Opphald i omsorgsinstitusjon", "Stay in a care institution"),
  /** Detoxification and assessment in an institution (avrusning, avgiftning). */
  DETOXIFICATION(ServiceCategory.TREATMENT_AND_INSTITUTIONS, "Avrusning og avgiftning", "Avrusing og avgifting", "Detoxification"),
  /** Long-term treatment in an institution. */
  LONG_TERM_INSTITUTION(ServiceCategory.TREATMENT_AND_INSTITUTIONS, "Langtidsbehandling i institusjon", "Langtidsbehandling i institusjon", "Long-term institutional treatment"),
  /** Family treatment in an institution, for pregnant women and families. */
  FAMILY_TREATMENT_INSTITUTION(ServiceCategory.TREATMENT_AND_INSTITUTIONS, "Familiebehandling i institusjon", "Familiebehandling i institusjon", "Family treatment in an institution"),
  /** Day treatment (dagbehandling). */
  DAY_TREATMENT(ServiceCategory.TREATMENT_AND_INSTITUTIONS, "Dagbehandling", "Dagbehandling", "Day treatment"),

  // coercion
  /**
   * Detention under chapter 10 of the Health and Care Services Act (tvang og tilbakehold): the
   * municipality's investigation after a report, a case before the tribunal, detention with or without
   * consent. The service's legal basis says which section (§ 10-1 to § 10-4).
   */
  COERCION(ServiceCategory.COERCION, "Tvangstiltak og tilbakehold (hol. kap. 10)", "Tvangstiltak og tilbakehald (hol. kap. 10)", "Coercion and detention (Health and Care Services Act ch. 10)"),

  // relatives
  /** Advice, guidance and a contact person for relatives (pårørendestøtte). */
  RELATIVE_SUPPORT(ServiceCategory.RELATIVES, "Støtte til pårørende", "Støtte til pårørande", "Support for relatives"),
  /** A relatives' centre (pårørendesenter). */
  RELATIVES_CENTRE(ServiceCategory.RELATIVES, "Pårørendesenter", "Pårørandesenter", "Relatives' centre"),

  // self-help and voluntary
  /** Self-help and peer groups (AA, NA, Al-Anon and others). */
  SELF_HELP_GROUP(ServiceCategory.SELF_HELP_AND_VOLUNTARY, "Selvhjelpsgrupper", "Sjølvhjelpsgrupper", "Self-help groups"),
  /** A helpline or interest organisation's advice line (such as Rustelefonen). */
  HELPLINE(ServiceCategory.SELF_HELP_AND_VOLUNTARY, "Hjelpetelefon", "Hjelpetelefon", "Helpline"),
  /** Offers from the voluntary sector: warm rooms, overnight stays, meals and meeting places. */
  VOLUNTARY_SECTOR(ServiceCategory.SELF_HELP_AND_VOLUNTARY, "Frivillige tilbud", "Frivillige tilbod", "Voluntary sector offers"),

  // public health
  /** Responsible alcohol management: licensing and serving hours (ansvarlig alkoholhåndtering). */
  ALCOHOL_LICENSING(ServiceCategory.PUBLIC_HEALTH, "Ansvarlig alkoholhåndtering og skjenkebevilling", "Ansvarleg alkoholhandtering og skjenkeløyve", "Alcohol licensing and responsible serving"),

  // emergency
  /** The medical emergency number 113, when life is at stake. */
  EMERGENCY_NUMBER(ServiceCategory.EMERGENCY, "Medisinsk nødtelefon 113", "Medisinsk naudtelefon 113", "Medical emergency number 113"),
  /** The out-of-hours medical service (legevakt, 116 117), open day and night in every municipality. */
  OUT_OF_HOURS_MEDICAL(ServiceCategory.EMERGENCY, "Legevakt", "Legevakt", "Out-of-hours medical service");

  private final ServiceCategory category;
  private final LocalizedText label;

  ServiceKind(ServiceCategory category, String nb, String nn, String en) {
    this.category = category;
    this.label = LocalizedText.of(nb, nn, en);
  }

  /**
   * The group the kind belongs to.
   *
   * @return the category
   */
  public ServiceCategory category() {
    return category;
  }

  /**
   * The kind's name in Norwegian bokmål and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * The kind's name in a language (bokmål when nynorsk is asked for).
   *
   * @param language the language
   * @return the name
   */
  public String label(Language language) {
    Objects.requireNonNull(language, "language");
    return label.in(language);
  }
}
