package no.rusomsorg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Properties: the builders reject every generated blank name and malformed id, naming field and rule. */
class CatalogInvalidValuesTest {

  /** A builder call that takes one text and builds a value. */
  private static final class Case {
    final String field;
    final Function<String, Object> build;

    Case(String field, Function<String, Object> build) {
      this.field = field;
      this.build = build;
    }
  }

  private static final List<Case> NAMES = List.of(
      new Case("nb", t -> LocalizedText.of(t)),
      new Case("name", t -> Municipality.builder().id("x").name(t).validity(Validity.starting(LocalDate.of(2020, 1, 1)))
          .addNumbers(NumberPeriod.of(MunicipalityNumber.of("1108"), County.of("11", "Rogaland"),
              Validity.starting(LocalDate.of(2020, 1, 1)))).build()),
      new Case("place", t -> Address.builder().street("Langgata 96").place(t).build()),
      new Case("parentOrganisation", t -> Unit.builder().id("u").name(LocalizedText.of("U")).parentOrganisation(t).build()),
      new Case("body", t -> PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION).body(t).sourceId("s").build()));

  private static final List<Case> IDS = List.of(
      new Case("id", t -> service(t)),
      new Case("id", t -> Unit.builder().id(t).name(LocalizedText.of("U")).build()),
      new Case("id", t -> ContactPoint.builder().id(t).label(LocalizedText.of("C")).url(java.net.URI.create("https://x.no/")).build()),
      new Case("answeredBy", t -> Fallback.builder().text(LocalizedText.of("F")).answeredBy(t).build()),
      new Case("unitIds[0]", t -> ImmutableServiceAccess.withUnit(t)));

  /** A service given a unit id. */
  private static final class ImmutableServiceAccess {
    static Service withUnit(String unitId) {
      return Service.builder().id("s").kind(ServiceKind.ASSESSMENT).name(LocalizedText.of("Kartlegging"))
          .accessMode(AccessMode.DROP_IN).cost(Cost.ofFree()).verifiedOn(LocalDate.of(2025, 1, 1)).addUnitIds(unitId).build();
    }
  }

  private static Service service(String id) {
    return Service.builder().id(id).kind(ServiceKind.ASSESSMENT).name(LocalizedText.of("Kartlegging"))
        .accessMode(AccessMode.DROP_IN).cost(Cost.ofFree()).verifiedOn(LocalDate.of(2025, 1, 1)).build();
  }

  private static boolean rejected(Case c, String text, Rule... rules) {
    try {
      c.build.apply(text);
      return false;
    } catch (InvalidValueException e) {
      return e.field().equals(c.field) && List.of(rules).contains(e.rule());
    }
  }

  @Test
  void blankNamesAreRejectedEverywhere() {
    qt().withExamples(1000).forAll(CatalogGenerators.blanks(), org.quicktheories.generators.Generate.range(0, NAMES.size() - 1))
        .check((blank, i) -> rejected(NAMES.get(i), blank, Rule.NOT_BLANK));
  }

  @Test
  void malformedIdsAreRejectedEverywhere() {
    qt().withExamples(1000).forAll(CatalogGenerators.invalidIds(), org.quicktheories.generators.Generate.range(0, IDS.size() - 1))
        .check((id, i) -> rejected(IDS.get(i), id, Rule.FORMAT, Rule.NOT_BLANK));
  }

  @Test
  void wellFormedIdsAndNamesAreAccepted() {
    qt().withExamples(1000).forAll(CatalogGenerators.ids(), CatalogGenerators.texts()).check((id, name) -> {
      IDS.forEach(c -> c.build.apply(id));
      NAMES.forEach(c -> c.build.apply(name));
      return true;
    });
  }

  @Test
  void nullsFromJsonAreTypedAndCarryThePath() {
    String doc = "{\"id\":\"x\",\"kind\":\"ASSESSMENT\",\"name\":{\"nb\":\"K\"},\"accessMode\":null,"
        + "\"cost\":{\"free\":true},\"verifiedOn\":\"2025-01-01\"}";
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc, Service.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
          assertThat(e.field()).contains("accessMode");
        });
    String unknownKind = doc.replace("\"ASSESSMENT\"", "\"WELLNESS\"");
    assertThatThrownBy(() -> RusomsorgJson.strict().read(unknownKind, Service.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("$.kind"));
  }
}
