package no.rusomsorg.core.service;

import no.rusomsorg.core.text.LocalizedText;

/** The broad groups that {@link ServiceKind service kinds} belong to, for grouping a directory. */
public enum ServiceCategory {
  /** Advice, assessment, talks and therapy. */
  TALKS_AND_THERAPY("Samtaler og behandling", "Samtalar og behandling", "Talks and therapy"),
  /** Follow-up, coordination and practical help over time. */
  FOLLOW_UP("Oppfølging og koordinering", "Oppfølging og koordinering", "Follow-up and coordination"),
  /** Training, activities, day activity and work-related measures. */
  ACTIVITY("Aktivitet og deltakelse", "Aktivitet og deltaking", "Activities and participation"),
  /** Outreach and low-threshold health care where people are. */
  OUTREACH("Oppsøkende og lavterskel helsehjelp", "Oppsøkjande og lågterskel helsehjelp", "Outreach and low-threshold health care"),
  /** Emergency overnight stays, housing and work against homelessness. */
  HOUSING("Bolig og overnatting", "Bustad og overnatting", "Housing and overnight stays"),
  /** Referral to and treatment in the specialist services and institutions. */
  TREATMENT_AND_INSTITUTIONS("Behandling og institusjon", "Behandling og institusjon", "Treatment and institutions"),
  /** Detention under chapter 10 of the Health and Care Services Act. */
  COERCION("Tvang og tilbakehold", "Tvang og tilbakehald", "Coercion and detention"),
  /** Help for relatives and next of kin. */
  RELATIVES("Pårørende", "Pårørande", "Relatives"),
  /** Self-help groups, helplines and the voluntary sector. */
  SELF_HELP_AND_VOLUNTARY("Selvhjelp og frivillige tilbud", "Sjølvhjelp og frivillige tilbod", "Self-help and voluntary offers"),
  /** Public-health work of the municipality, such as alcohol licensing. */
  PUBLIC_HEALTH("Folkehelse og forebygging", "Folkehelse og førebygging", "Public health and prevention"),
  /** Emergency numbers and out-of-hours medical help. */
  EMERGENCY("Akutt hjelp", "Akutt hjelp", "Emergency help");

  private final LocalizedText label;

  ServiceCategory(String nb, String nn, String en) {
    this.label = LocalizedText.of(nb, nn, en);
  }

  /**
   * The category's name in Norwegian and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }
}
