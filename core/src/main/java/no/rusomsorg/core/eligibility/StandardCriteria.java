package no.rusomsorg.core.eligibility;

import no.rusomsorg.core.eligibility.Criterion.HasRole;
import no.rusomsorg.core.eligibility.Criterion.Homeless;
import no.rusomsorg.core.eligibility.Criterion.MinimumAge;
import no.rusomsorg.core.eligibility.Criterion.Residency;

/**
 * Ready-made criteria for the usual target groups of municipal substance-abuse services, each leaf
 * citing the source it is taken from ({@value Criterion#STANDARD_SERVICE_DESCRIPTION},
 * {@value Criterion#SANDNES_SERVICES}).
 */
public final class StandardCriteria {
  private static final Basis STANDARD = Basis.source(Criterion.STANDARD_SERVICE_DESCRIPTION);
  private static final Basis SANDNES = Basis.source(Criterion.SANDNES_SERVICES);

  private static final Criterion ADULTS_LIVING_OR_STAYING = Criterion.all(
      new MinimumAge(18, STANDARD),
      new Residency(java.util.EnumSet.of(MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT),
          Basis.of(Residency.DEFAULT_BASIS.legalReference().orElseThrow(), Criterion.STANDARD_SERVICE_DESCRIPTION)));

  private static final Criterion ADULTS_OR_RELATIVE_OR_PARTNER = Criterion.any(
      ADULTS_LIVING_OR_STAYING,
      new HasRole(Role.RELATIVE, SANDNES),
      new HasRole(Role.PARTNER_AGENCY, SANDNES));

  private static final Criterion SANDNES_EMERGENCY_HOUSING = Criterion.all(
      new Residency(java.util.EnumSet.of(MunicipalityRelation.REGISTERED_RESIDENT), SANDNES),
      new Homeless(SANDNES),
      new HasRole(Role.SUBSTANCE_PROBLEM, SANDNES),
      new MinimumAge(18, SANDNES));

  private StandardCriteria() {}

  /**
   * The standard target group: 18 or older, and registered as resident in or staying in the
   * municipality. From the standard service description (a low-threshold service for people over
   * 18; target group those who live or stay in the municipality).
   *
   * @return the criterion
   */
  public static Criterion adultsLivingOrStaying() {
    return ADULTS_LIVING_OR_STAYING;
  }

  /**
   * The standard target group, or a relative of someone with a substance problem, or a partner
   * agency: as Sandnes describes its reception and follow-up centre (adults with a substance problem,
   * relatives and partners). Relatives and partners are admitted whatever their age or residence.
   *
   * @return the criterion
   */
  public static Criterion adultsLivingOrStayingOrRelativeOrPartner() {
    return ADULTS_OR_RELATIVE_OR_PARTNER;
  }

  /**
   * Sandnes's emergency overnight housing ("Akutten"): registered as resident in Sandnes, homeless,
   * with a substance problem, and 18 or older. Sandnes's page describes it as for homeless people
   * dependent on substances who must be registered residents; the age limit is that of the page's
   * adult services. (A place is requisitioned by NAV; that is not a fact about the person.)
   *
   * @return the criterion
   */
  public static Criterion sandnesEmergencyHousing() {
    return SANDNES_EMERGENCY_HOUSING;
  }
}
