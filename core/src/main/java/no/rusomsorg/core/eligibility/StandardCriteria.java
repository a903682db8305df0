package no.rusomsorg.core.eligibility;

import java.util.EnumSet;
import no.rusomsorg.core.eligibility.Criterion.Described;
import no.rusomsorg.core.eligibility.Criterion.HasRole;
import no.rusomsorg.core.eligibility.Criterion.MinimumAge;
import no.rusomsorg.core.eligibility.Criterion.Pregnant;
import no.rusomsorg.core.eligibility.Criterion.Residency;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Ready-made criteria for the target group of the standard service description of a municipal
 * substance-abuse service ({@value Criterion#STANDARD_SERVICE_DESCRIPTION}), each leaf citing it.
 *
 * <p>The description says two things about whom the service is for: it is aimed at people over 18
 * with substance-related problems and at their family and network; and its target group is people who
 * live in or are staying in the municipality and need health care for substance dependence. The
 * criteria here carry both, no wider and no narrower: {@link #targetGroup()} is that group as a
 * whole. Being 18 and living in the municipality is not enough: a person without a substance problem
 * who is no relative is outside it. "Network" (friends and others close to the person) is no fact the
 * library records, so it is a {@link Described} condition, which leaves such a person's answer
 * unknown rather than guessed.
 *
 * <p>Criteria of a single municipality (such as Sandnes's emergency housing) belong in that
 * municipality's plugin, not here: core names no municipality.
 */
public final class StandardCriteria {
  private static final Basis STANDARD = Basis.source(Criterion.STANDARD_SERVICE_DESCRIPTION);

  private static final Criterion LIVING_OR_STAYING = new Residency(
      EnumSet.of(MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT),
      Basis.of(Residency.DEFAULT_BASIS.legalReference().orElseThrow(), Criterion.STANDARD_SERVICE_DESCRIPTION));

  private static final Criterion ADULTS_LIVING_OR_STAYING = Criterion.all(new MinimumAge(18, STANDARD), LIVING_OR_STAYING);

  private static final Criterion ADULT_WITH_SUBSTANCE_PROBLEM = Criterion.all(
      new MinimumAge(18, STANDARD), new HasRole(Role.SUBSTANCE_PROBLEM, STANDARD));

  private static final Criterion ADULTS_WITH_SUBSTANCE_PROBLEM_LIVING_OR_STAYING = Criterion.all(
      LIVING_OR_STAYING, ADULT_WITH_SUBSTANCE_PROBLEM);

  private static final Criterion TARGET_GROUP = Criterion.all(
      LIVING_OR_STAYING,
      Criterion.any(
          ADULT_WITH_SUBSTANCE_PROBLEM,
          new HasRole(Role.RELATIVE, STANDARD),
          new Described(LocalizedText.of(
              "nettverket rundt en voksen med rusrelaterte vansker (venner og andre nære)",
              "nettverket rundt ein vaksen med rusrelaterte vanskar (vener og andre nære)",
              "the network of an adult with substance-related problems (friends and others close to them)"),
              STANDARD)));

  private static final Criterion PREGNANT = Criterion.all(ADULTS_WITH_SUBSTANCE_PROBLEM_LIVING_OR_STAYING,
      new Pregnant(STANDARD));

  private StandardCriteria() {}

  /**
   * Only the age and residency part of the standard target group: 18 or older, and registered as
   * resident in or staying in the municipality. <b>Not a target group by itself</b>: the description's
   * group also needs a substance problem, or to be family or network; use {@link #targetGroup()} or
   * {@link #adultsWithSubstanceProblemLivingOrStaying()}.
   *
   * @return the criterion
   */
  public static Criterion adultsLivingOrStaying() {
    return ADULTS_LIVING_OR_STAYING;
  }

  /**
   * The standard description's target group as a whole: living in or staying in the municipality,
   * and either 18 or older with a substance problem, or a relative of such a person, or in their
   * network (a {@link Described} condition, unknown from the facts).
   *
   * @return the criterion
   */
  public static Criterion targetGroup() {
    return TARGET_GROUP;
  }

  /**
   * 18 or older with a substance problem, living in or staying in the municipality: the part of the
   * target group that receives help for their own substance use (such as LAR or cannabis cessation).
   *
   * @return the criterion
   */
  public static Criterion adultsWithSubstanceProblemLivingOrStaying() {
    return ADULTS_WITH_SUBSTANCE_PROBLEM_LIVING_OR_STAYING;
  }

  /**
   * The description's offer "follow-up of pregnant women": within
   * {@link #adultsWithSubstanceProblemLivingOrStaying()}, and pregnant.
   *
   * @return the criterion
   */
  public static Criterion pregnantWithSubstanceProblem() {
    return PREGNANT;
  }
}
