package no.rusomsorg.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private static void rejects(ThrowingCallable build, String field, Rule rule) {
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  private static ImmutableCatalog.Builder base() {
    return bare().addSources(SandnesFixture.source());
  }

  private static ImmutableCatalog.Builder bare() {
    return Catalog.builder().dataVersion("1").verifiedOn(SandnesFixture.VERIFIED).municipality(SandnesFixture.sandnes());
  }

  @Test
  void lookUpsFindWhatTheCatalogHolds() {
    Catalog c = SandnesFixture.catalog();
    assertThat(c.service("sandnes.psychologist")).isPresent();
    assertThat(c.service("nope")).isEmpty();
    assertThat(c.unit("sandnes.fact")).isPresent();
    assertThat(c.source(SandnesFixture.SOURCE)).isPresent();
    assertThat(c.contactPoint("sandnes.fact.contact")).isPresent();
    assertThat(c.servicesOn(LocalDate.of(2010, 1, 1))).extracting(Service::id).doesNotContain("sandnes.counsellor-follow-up");
    assertThat(c.servicesOn(LocalDate.of(2020, 1, 1))).hasSize(c.services().size());
    assertThat(c).hasToString("Catalog{Sandnes (1108), 3 units, 6 services}");
  }

  @Test
  void duplicateIdsAreRejected() {
    rejects(() -> base().addServices(SandnesFixture.psychologist(), SandnesFixture.psychologist())
        .addUnits(SandnesFixture.moSenter(), SandnesFixture.sandnesveien299Unit()).build(), "services[1].id", Rule.UNIQUE);
    rejects(() -> base().addUnits(SandnesFixture.fact(), SandnesFixture.fact()).build(), "units[1].id", Rule.UNIQUE);
    rejects(() -> base().addSources(SandnesFixture.source()).build(), "sources[1].id", Rule.UNIQUE);
    Unit sameContactId = Unit.builder().id("other").name(LocalizedText.of("Annen"))
        .addContactPoints(SandnesFixture.fact().contactPoints().get(0)).build();
    rejects(() -> base().addUnits(SandnesFixture.fact(), sameContactId).build(), "units[1].contactPoints[0].id", Rule.UNIQUE);
  }

  @Test
  void referencesMustResolve() {
    rejects(() -> base().addServices(SandnesFixture.psychologist()).build(), "services[0].unitIds[0]", Rule.REFERENCE);
    Catalog noSources = bare().build();
    assertThat(noSources.services()).isEmpty();
    rejects(() -> bare()
        .addUnits(SandnesFixture.moSenter(), SandnesFixture.sandnesveien299Unit())
        .addServices(SandnesFixture.psychologist()).build(), "services[0].sourceIds[0]", Rule.REFERENCE);
    // the fallback of the centre points to Sandnesveien 299, which is missing here
    rejects(() -> base().addUnits(SandnesFixture.moSenter()).build(),
        "units[0].contactPoints[0].openingHours.fallback.answeredBy", Rule.REFERENCE);
    ImmutableService.Builder complaintToMissingSource = Service.builder().id("s").kind(SandnesFixture.coercion().kind())
        .name(LocalizedText.of("S")).accessMode(SandnesFixture.coercion().accessMode()).cost(SandnesFixture.coercion().cost())
        .verifiedOn(SandnesFixture.VERIFIED)
        .addComplaintInfo(no.rusomsorg.core.service.PublishedComplaintInfo.builder()
            .subject(no.rusomsorg.core.service.ComplaintSubject.DECISION).body("Fylkesmannen").sourceId("missing").build());
    rejects(() -> base().addServices(complaintToMissingSource.build()).build(), "services[0].complaintInfo[0].sourceId", Rule.REFERENCE);
  }

  @Test
  void aContactPointNeedsAChannelAndUniqueNumbers() {
    rejects(() -> ContactPoint.builder().id("a").label(LocalizedText.of("A")).build(), "phones", Rule.REQUIRED);
    rejects(() -> ContactPoint.builder().id("a").label(LocalizedText.of("A"))
        .addPhones(no.rusomsorg.core.contact.PhoneNumber.parse("468 95 582"), no.rusomsorg.core.contact.PhoneNumber.parse("+4746895582"))
        .build(), "phones[1]", Rule.UNIQUE);
    rejects(() -> ContactPoint.builder().id("a").label(LocalizedText.of("A")).url(java.net.URI.create("ftp://x.no/")).build(),
        "url", Rule.FORMAT);
    rejects(() -> ContactPoint.builder().id("A B").label(LocalizedText.of("A")).url(java.net.URI.create("https://x.no/")).build(),
        "id", Rule.FORMAT);
    rejects(() -> Unit.builder().id("u").name(LocalizedText.of("U"))
        .addContactPoints(SandnesFixture.sandnesveien299(), SandnesFixture.sandnesveien299()).build(), "contactPoints[1].id", Rule.UNIQUE);
  }

  @Test
  void jsonReadingRunsTheCatalogChecksAndReportsTheJsonPath() {
    String doc = RusomsorgJson.strict().write(SandnesFixture.catalog())
        .replace("\"unitIds\" : [ \"sandnes.fact\" ]", "x")
        .replaceFirst("\"id\" : \"sandnes.psychologist\"", "\"id\" : \"sandnes.counsellor-follow-up\"");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc, Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.UNIQUE);
          assertThat(e.field()).isEqualTo("$.services[1].id");
        });
    String badPhone = RusomsorgJson.strict().write(SandnesFixture.catalog()).replace("\"+4795863330\"", "\"958 63 33\"");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(badPhone, Catalog.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.PHONE_NUMBER);
          assertThat(e.field()).startsWith("$.units[2].contactPoints[0].phones[0]");
        });
  }

  @Test
  void propertyGeneratedCatalogsResolveEveryReference() {
    qt().withExamples(300).forAll(CatalogGenerators.catalogs()).check(c ->
        c.services().stream().allMatch(s -> c.unitsOf(s).size() == s.unitIds().size()
            && s.sourceIds().stream().allMatch(id -> c.source(id).isPresent())));
  }

  @Test
  void propertyADuplicatedServiceIsAlwaysRejected() {
    qt().withExamples(300).forAll(CatalogGenerators.catalogs(1)).check(c -> {
      try {
        Catalog.builder().dataVersion(c.dataVersion()).verifiedOn(c.verifiedOn()).municipality(c.municipality()).addAllSources(c.sources()).addAllUnits(c.units())
            .addAllServices(c.services()).addServices(c.services().get(0)).build();
        return false;
      } catch (InvalidValueException e) {
        return e.rule() == Rule.UNIQUE && e.field().equals("services[" + c.services().size() + "].id");
      }
    });
  }
}
