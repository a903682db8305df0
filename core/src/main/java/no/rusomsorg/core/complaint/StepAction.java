package no.rusomsorg.core.complaint;

/** What the body at a step of a complaint route does with the complaint. */
public enum StepAction {
  /** The body that made the decision looks at it again and may change it (first instance). */
  REASSESS,
  /** The appeal body decides the complaint: upholds, reverses, or sends the case back. */
  DECIDE,
  /** The leader of a service examines a complaint about the service and puts right what is wrong. */
  ASSESS_SERVICE,
  /** The county governor assesses a possible breach of duty and may open a supervision case. */
  SUPERVISE,
  /**
   * The municipality investigates a possible coercion case, may make an interim decision, and sends its
   * proposal for a decision to the tribunal.
   */
  INVESTIGATE_AND_PROPOSE,
  /** The tribunal decides, on the municipality's petition, whether the person may be detained. */
  DECIDE_DETENTION,
  /** The district court reviews the tribunal's decision. */
  REVIEW_IN_COURT,
  /** The Parliamentary Ombud examines the case and gives its opinion (it cannot change the decision). */
  OMBUD_REVIEW
}
