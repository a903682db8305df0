package no.rusomsorg.core.eligibility;

/**
 * The facts about a person that criteria read. Each may be known or unknown in {@link PersonFacts};
 * a {@link Verdict} of {@link Outcome#UNKNOWN} names the ones that would decide it.
 */
public enum Fact {
  /** The birth date (given, or derived from a fødselsnummer). */
  BIRTH_DATE,
  /** How the person is connected to the municipality: registered resident, present, or neither. */
  MUNICIPALITY_RELATION,
  /** Whether the person has a substance problem. */
  SUBSTANCE_PROBLEM,
  /** Whether the person is a relative (next of kin) of someone with a substance problem. */
  RELATIVE,
  /** Whether the person contacts the service as a partner agency or professional. */
  PARTNER_AGENCY,
  /** Whether the person is pregnant. Health information. */
  PREGNANT,
  /** Whether the person is homeless. */
  HOMELESS,
  /** Whether the person has a mental illness alongside the substance problem. Health information. */
  CO_OCCURRING_MENTAL_ILLNESS,
  /** Whether the person is in opioid substitution treatment (LAR). Health information. */
  IN_LAR,
  /** Whether the applicant acts on behalf of someone else. */
  ACTING_FOR_ANOTHER,
  /** Whether an applicant acting for someone else holds a power of attorney (fullmakt). */
  POWER_OF_ATTORNEY;

  int bit() {
    return 1 << ordinal();
  }
}
