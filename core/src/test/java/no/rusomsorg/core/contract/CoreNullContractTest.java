package no.rusomsorg.core.contract;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.CatalogProblemsException;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.casework.ApplicationCase;
import no.rusomsorg.core.casework.ComplaintCase;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.identity.NationalIdNumber;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.pathway.Situation;
import no.rusomsorg.core.pathway.Triage;
import no.rusomsorg.core.pathway.TriageRequest;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.testing.NullContract;
import no.rusomsorg.testing.NullContractTestBase;

/**
 * The null and error contract of the core module (docs/adr/0022), checked by {@link NullContractTestBase}.
 */
class CoreNullContractTest extends NullContractTestBase {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);
  /** A leaf's canonical constructor is its JSON creator: a left-out basis takes the leaf's default. */
  private static final String LEFT_OUT_BASIS = "null basis = the leaf's documented default (JSON may leave it out)";
  private static final MunicipalityRef SANDNES = MunicipalityRef.of("Sandnes", County.ROGALAND);

  @Override
  protected NullContract contract() {
    return NullContract.ofModuleOf(Catalog.class)
        .seed(SandnesFixture.catalog(), SandnesFixture.sogne(),
            Authorities.standard().municipality(SANDNES, DAY),
            ComplaintRoutes.standard().route(ComplaintRegime.PBRL, SANDNES, DAY),
            ComplaintRoutes.standard().compare(
                SandnesFixture.counsellorFollowUp().complaintInfo().get(0),
                ComplaintRegime.PBRL, SANDNES, DAY),
            NorwegianCalendar.standard().nonWorkingDay(LocalDate.of(2024, 1, 1)),
            DeadlineCalculator.standard().compute(DeadlineRule.FVL_COMPLAINT, DAY),
            Triage.standard().nextSteps(TriageRequest.of(Situation.SEVERE, DAY)),
            TriageRequest.of(Situation.SEVERE, DAY),
            NationalIdNumber.parse("05015452287"),
            SandnesFixture.counsellorFollowUp().complaintInfo().get(0),
            EarlierExistence.builder().sinceYear(1860).description(LocalizedText.of("Kjøpstad", "Town"))
                .sourceId("sandnes-rustjenester").build())
        .seed(Criterion.homeless().evaluate(PersonFacts.empty(), DAY))
        .exempt("Criterion$Homeless#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$InLar#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$Pregnant#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$CoOccurringMentalIllness#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$ProxyWithPowerOfAttorney#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$MinimumAge#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$HasRole#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Criterion$Residency#<init>:basis", LEFT_OUT_BASIS)
        .exempt("Reason#<init>:sourceIds", "null sourceIds = the basis's own sources (JSON may leave them out)")
        .seed(new Criterion.Not(Criterion.homeless()))
        .sample(Criterion.Visitor.class, CoreNullContractTest::anyVisitor)
        .sample(Criterion.NotStated.class, () -> new Criterion.NotStated(Basis.source("sandnes-rustjenester")))
        .sample(ApplicationCase.class,
            () -> ApplicationCase.receive(DAY, ComplaintRegime.FVL_MUNICIPAL, ApplicationCase.Applicant.SELF, false))
        .sample(ComplaintCase.class, () -> ComplaintCase.file(ComplaintRegime.FVL_MUNICIPAL, DAY, DAY, DAY))
        .sample(MunicipalityRef.class, () -> SANDNES)
        .sample(CatalogProblemsException.class, () -> new CatalogProblemsException(List.of(
            new InvalidValueException("a", InvalidValueException.Rule.REQUIRED, "sample"),
            new InvalidValueException("b", InvalidValueException.Rule.UNIQUE, "sample")), 2))
        .sample(InvalidValueException.class,
            () -> new InvalidValueException("field", InvalidValueException.Rule.REQUIRED, "sample"));
  }

  /** A visitor that answers null to everything: enough to call {@code accept} with. */
  private static Criterion.Visitor<Object, Object> anyVisitor() {
    @SuppressWarnings("unchecked")
    Criterion.Visitor<Object, Object> v = (Criterion.Visitor<Object, Object>) java.lang.reflect.Proxy.newProxyInstance(
        Criterion.Visitor.class.getClassLoader(), new Class<?>[] {Criterion.Visitor.class}, (proxy, method, args) -> null);
    return v;
  }

  @Override
  protected List<String> expectedPackages() {
    return List.of("no.rusomsorg.core", "no.rusomsorg.core.calendar");
  }
}
