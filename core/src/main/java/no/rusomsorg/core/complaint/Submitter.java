package no.rusomsorg.core.complaint;

/** Who brings the case to the body at a step. */
public enum Submitter {
  /** The person (or someone with a power of attorney) sends it. */
  PERSON,
  /** The body at the previous step forwards it on its own when it does not give the person full support. */
  PREVIOUS_BODY,
  /** The municipality brings the case (as it petitions the tribunal in a coercion case). */
  MUNICIPALITY
}
