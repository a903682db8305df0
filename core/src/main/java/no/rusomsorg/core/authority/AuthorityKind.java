package no.rusomsorg.core.authority;

/** The kinds of public body that take part in complaints and coercion cases. */
public enum AuthorityKind {
  /** The municipality: decides applications and, as first instance, reassesses a complaint. */
  MUNICIPALITY,
  /**
   * The municipality's own appeal body for its decisions under no special act (fvl § 28 second
   * paragraph): the municipal council or a complaints board it appoints. Named by the municipality's
   * data; "kommunens klagenemnd" when the data does not name it.
   */
  MUNICIPAL_APPEAL_BODY,
  /**
   * The State's county governor (Fylkesmannen, from 2021-01-01 Statsforvalteren): decides complaints
   * and supervises the services.
   */
  COUNTY_GOVERNOR,
  /** The Parliamentary Ombud (Sivilombudsmannen, from 2021-07-01 Sivilombudet). */
  PARLIAMENTARY_OMBUD,
  /**
   * The regional tribunal that decides detention under the coercion rules (fylkesnemnda, from
   * 2023-01-01 barneverns- og helsenemnda).
   */
  COERCION_TRIBUNAL,
  /** The district court (tingretten), where a tribunal decision can be brought. */
  DISTRICT_COURT,
  /** The patient and user ombud (Pasient- og brukerombudet): free help to complain about health and care services. */
  PATIENT_AND_USER_OMBUD
}
