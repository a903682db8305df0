package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.text.LocalizedText;

/**
 * The roles in which someone can turn to a substance-abuse service. A person may have several.
 */
public enum Role {
  /** Has a substance problem themselves. */
  SUBSTANCE_PROBLEM(Fact.SUBSTANCE_PROBLEM,
      "har et rusproblem", "har eit rusproblem", "has a substance problem",
      "har ikke et rusproblem", "har ikkje eit rusproblem", "does not have a substance problem"),
  /** A relative (pårørende) of someone with a substance problem. */
  RELATIVE(Fact.RELATIVE,
      "er pårørende til noen med et rusproblem", "er pårørande til nokon med eit rusproblem", "is a relative of someone with a substance problem",
      "er ikke pårørende til noen med et rusproblem", "er ikkje pårørande til nokon med eit rusproblem", "is not a relative of someone with a substance problem"),
  /** A partner agency or professional (samarbeidspartner) contacting the service about someone. */
  PARTNER_AGENCY(Fact.PARTNER_AGENCY,
      "henvender seg som samarbeidspartner eller fagperson", "vender seg til tenesta som samarbeidspartnar eller fagperson", "contacts the service as a partner agency or professional",
      "henvender seg ikke som samarbeidspartner eller fagperson", "vender seg ikkje til tenesta som samarbeidspartnar eller fagperson", "does not contact the service as a partner agency or professional");

  private final Fact fact;
  private final LocalizedText holds;
  private final LocalizedText fails;

  Role(Fact fact, String holdsNb, String holdsNn, String holdsEn, String failsNb, String failsNn, String failsEn) {
    this.fact = fact;
    this.holds = LocalizedText.of(holdsNb, holdsNn, holdsEn);
    this.fails = LocalizedText.of(failsNb, failsNn, failsEn);
  }

  /**
   * The fact that records whether a person has this role.
   *
   * @return the fact
   */
  public Fact fact() {
    return fact;
  }

  LocalizedText holds() {
    return holds;
  }

  LocalizedText fails() {
    return fails;
  }
}
