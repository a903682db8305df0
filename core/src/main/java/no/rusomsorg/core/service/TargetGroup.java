package no.rusomsorg.core.service;

import no.rusomsorg.core.text.LocalizedText;

/**
 * Who a service is meant for, as the service description says it. This is descriptive; whether a
 * particular person qualifies is decided by eligibility criteria. JSON: the constant's name.
 *
 * <p>A service lists only the groups its source states for it. An empty list means the source states
 * none ("not stated"); such a service's criterion is then
 * {@link no.rusomsorg.core.eligibility.Criterion.NotStated}, never a guessed group.
 */
public enum TargetGroup {
  /** Adults (18 and over) with a substance problem. */
  ADULTS_WITH_SUBSTANCE_PROBLEM("Voksne med rusproblemer", "Vaksne med rusproblem", "Adults with a substance problem"),
  /** Young people under 18 at risk or with a substance problem. */
  YOUNG_PEOPLE("Ungdom", "Ungdom", "Young people"),
  /** Relatives and next of kin (pårørende), including children and family. */
  RELATIVES("Pårørende", "Pårørande", "Relatives and next of kin"),
  /** Partner agencies and professionals (samarbeidspartnere). */
  PARTNER_AGENCIES("Samarbeidspartnere og fagfolk", "Samarbeidspartnarar og fagfolk", "Partner agencies and professionals"),
  /** Pregnant women with a substance problem, and mothers after birth. */
  PREGNANT_WOMEN("Gravide med rusproblemer", "Gravide med rusproblem", "Pregnant women with a substance problem"),
  /** People who are homeless (bostedsløse). */
  HOMELESS("Bostedsløse", "Bustadlause", "Homeless people"),
  /** People with co-occurring substance problems and mental illness (ROP). */
  CO_OCCURRING_MENTAL_ILLNESS("Personer med samtidig rus og psykisk lidelse", "Personar med samtidig rus og psykisk liding", "People with co-occurring mental illness"),
  /** People in opioid substitution treatment (LAR). */
  PEOPLE_IN_LAR("Personer i LAR", "Personar i LAR", "People in opioid substitution treatment"),
  /** People who use drugs actively, including by injection. */
  PEOPLE_WHO_USE_DRUGS("Personer som bruker rusmidler aktivt", "Personar som brukar rusmiddel aktivt", "People who use drugs actively"),
  /** People with gambling problems. */
  PEOPLE_WITH_GAMBLING_PROBLEMS("Personer med spilleproblemer", "Personar med spelproblem", "People with gambling problems"),
  /** Licence holders and staff serving alcohol. */
  LICENCE_HOLDERS("Skjenkesteder og bevillingshavere", "Skjenkestader og løyvehavarar", "Licence holders and serving staff"),
  /** Everyone (emergency numbers, out-of-hours medical service). */
  EVERYONE("Alle", "Alle", "Everyone");

  private final LocalizedText label;

  TargetGroup(String nb, String nn, String en) {
    this.label = LocalizedText.of(nb, nn, en);
  }

  /**
   * The group's name in Norwegian and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }
}
