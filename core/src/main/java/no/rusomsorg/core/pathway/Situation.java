package no.rusomsorg.core.pathway;

import no.rusomsorg.core.text.LocalizedText;

/**
 * The situation of the person asking for help, from the most to the least urgent, plus the relative
 * who asks on someone else's behalf. {@link Triage} answers each with ordered {@link Step}s.
 */
public enum Situation {
  /**
   * It is acute and a life may be at stake: call 113 first. (The national guide lists no danger signs;
   * none are named here.)
   */
  LIFE_IN_DANGER(LocalizedText.of("Liv står på spill", "Liv står på spel", "A life is at stake")),
  /**
   * Help is needed urgently, but no life is at stake, for example in the evening or at the weekend:
   * the out-of-hours service (legevakt) on 116 117 first.
   */
  ACUTE_NEED(LocalizedText.of("Trenger hjelp raskt, men ikke livstruende", "Treng hjelp raskt, men ikkje livstrugande",
      "Urgent, but not life-threatening")),
  /**
   * Severe problems (compulsive use, use that goes on despite harming health or daily life, mental
   * illness at the same time): a referral to specialist treatment (TSB).
   */
  SEVERE(LocalizedText.of("Alvorlige rusproblemer", "Alvorlege rusproblem", "Severe substance problems")),
  /** Mild or moderate problems: the municipal counsellor or the GP, and self-help. */
  MILD_OR_MODERATE(LocalizedText.of("Lette til moderate rusproblemer", "Lette til moderate rusproblem", "Mild to moderate substance problems")),
  /** A relative or someone close who seeks help for themselves or is worried about someone. */
  RELATIVE_SEEKING_HELP(LocalizedText.of("Pårørende som søker hjelp", "Pårørande som søkjer hjelp", "A relative seeking help"));

  private final LocalizedText title;

  Situation(LocalizedText title) {
    this.title = title;
  }

  /**
   * A short name for display.
   *
   * @return the name in bokmål and English
   */
  public LocalizedText title() {
    return title;
  }
}
