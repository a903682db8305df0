package no.rusomsorg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.municipality.sandnes.SandnesProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsdsTest {
  static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  static final Catalog SANDNES = new SandnesProvider().catalog();
  static final Provenance PLUGIN = Provenance.plugin("sandnes");

  static HsdsSupplement supplementFor(Catalog c) {
    return HsdsSupplement.of(c.municipality(), c.dataVersion(), c.verifiedOn(), c.sources(), c.sources().get(0).id());
  }

  @Test
  void aReExportOfUnchangedDataIsByteIdentical(@TempDir Path dir) throws Exception {
    ExportFiles first = Hsds.export(SANDNES, PLUGIN, DAY);
    ExportFiles second = Hsds.export(new SandnesProvider().catalog(), Provenance.plugin("sandnes"), DAY);
    assertThat(second.files()).isEqualTo(first.files());
    List<Path> a = first.writeTo(dir.resolve("a"));
    List<Path> b = second.writeTo(dir.resolve("b"));
    assertThat(a).hasSize(14);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(b.get(i))).as(a.get(i).getFileName().toString()).isEqualTo(Files.readAllBytes(a.get(i)));
    }
  }

  @Test
  void identifiersAreNameBasedUuidsOfTheLibrarysIds() {
    String services = Hsds.export(SANDNES, PLUGIN, DAY).file("service.json").orElseThrow();
    Service first = SANDNES.services().get(0);
    String expected = no.rusomsorg.interop.internal.Uuids.of(SANDNES.municipality().id(), "service", first.id());
    assertThat(services).contains("\"id\" : \"" + expected + "\"");
    assertThat(java.util.UUID.fromString(expected).version()).isEqualTo(5);
    // a different library id gives a different identifier
    assertThat(no.rusomsorg.interop.internal.Uuids.of(SANDNES.municipality().id(), "service", first.id() + "x"))
        .isNotEqualTo(expected);
  }

  @Test
  void sandnesSurvivesTheRoundTrip() {
    ExportFiles out = Hsds.export(SANDNES, PLUGIN, DAY);
    Catalog back = Hsds.read(out.files(), supplementFor(SANDNES));
    assertThat(Hsds.export(back, PLUGIN, DAY).files()).isEqualTo(out.files());
    assertThat(back.services()).extracting(Service::id).containsExactlyElementsOf(
        SANDNES.services().stream().map(Service::id).toList());
    assertThat(back.units()).extracting(Unit::id).containsExactlyElementsOf(SANDNES.units().stream().map(Unit::id).toList());
  }

  @Test
  void roundTripKeepsEveryValueHsdsCanHold() {
    qt().withExamples(300).withShrinkCycles(30).forAll(Catalogs.catalogs(), Catalogs.edgeDates()).checkAssert((c, day) -> {
      Provenance p = Provenance.plugin("generert");
      ExportFiles out = Hsds.export(c, p, day);
      Catalog back = Hsds.read(out.files(), supplementFor(c));
      assertSameDocuments(Hsds.export(back, p, day), out);
      assertThat(back.services()).hasSameSizeAs(c.services());
      for (int i = 0; i < c.services().size(); i++) {
        Service s = c.services().get(i);
        Service t = back.services().get(i);
        assertThat(t.id()).isEqualTo(s.id());
        assertThat(t.kind()).isEqualTo(s.kind());
        assertThat(t.name().nb()).isEqualTo(s.name().nb());
        assertThat(t.description().map(d -> d.nb())).isEqualTo(s.description().map(d -> d.nb()));
        assertThat(t.accessMode()).isEqualTo(s.accessMode());
        assertThat(t.requisitionedBy()).isEqualTo(s.requisitionedBy());
        assertThat(t.applicationBeforeContact()).isEqualTo(s.applicationBeforeContact());
        assertThat(t.cost().kind()).isEqualTo(s.cost().kind());
        assertThat(t.cost().description().map(d -> d.nb())).isEqualTo(s.cost().description().map(d -> d.nb()));
        assertThat(t.targetGroups()).isEqualTo(s.targetGroups());
        assertThat(t.validity()).isEqualTo(s.validity());
        assertThat(t.verifiedOn()).isEqualTo(s.verifiedOn());
        assertThat(t.unitIds()).as("the first unit, then those it is given at")
            .isEqualTo(s.unitIds().stream().filter(id -> id.equals(s.unitIds().get(0)) || c.unit(id).orElseThrow()
                .contactPoints().stream().anyMatch(x -> x.visitingAddress().isPresent())).toList());
        assertThat(t.eligibility().isPresent()).isEqualTo(s.eligibility().isPresent());
        assertThat(t.offeredOn(day)).isEqualTo(s.offeredOn(day));
      }
      for (int u = 0; u < c.units().size(); u++) {
        Unit a = c.units().get(u);
        Unit b = back.units().get(u);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.contactPoints()).hasSameSizeAs(a.contactPoints());
        for (int k = 0; k < a.contactPoints().size(); k++) {
          ContactPoint x = a.contactPoints().get(k);
          ContactPoint y = b.contactPoints().get(k);
          assertThat(y.id()).isEqualTo(x.id());
          assertThat(y.phones()).isEqualTo(x.phones());
          assertThat(y.emails()).isEqualTo(x.emails());
          assertThat(y.visitingAddress()).isEqualTo(x.visitingAddress());
          assertThat(y.postalAddress()).isEqualTo(x.postalAddress());
          assertThat(y.url()).isEqualTo(x.url());
          assertThat(y.openingHours().map(h -> h.periods())).isEqualTo(x.openingHours().map(h -> h.periods()));
          assertThat(y.openingHours().map(h -> h.alwaysOpen())).isEqualTo(x.openingHours().map(h -> h.alwaysOpen()));
        }
      }
    });
  }

  /** Compares two exports document by document, naming the first line that differs. */
  static void assertSameDocuments(ExportFiles actual, ExportFiles expected) {
    assertThat(actual.files().keySet()).isEqualTo(expected.files().keySet());
    for (String name : expected.files().keySet()) {
      String[] a = actual.files().get(name).split("\n", -1);
      String[] e = expected.files().get(name).split("\n", -1);
      for (int i = 0; i < Math.min(a.length, e.length); i++) {
        assertThat(a[i]).as(name + " line " + (i + 1)).isEqualTo(e[i]);
      }
      assertThat(a.length).as(name + " lines").isEqualTo(e.length);
    }
  }

  @Test
  void theBaselineSaysItIsTheBaseline() {
    Catalog c = Catalogs.baseline(no.rusomsorg.register.NationalRegister.standard().municipalitiesOn(DAY).get(0), DAY);
    ExportFiles out = Hsds.export(c, Catalogs.baselineProvenance(), DAY);
    assertThat(out.file("organization.json").orElseThrow()).contains("Nasjonalt grunnlag, ikke kommunens egne data");
    String terms = out.file("taxonomy_term.json").orElseThrow();
    String attributes = out.file("attribute.json").orElseThrow();
    String baselineTerm = no.rusomsorg.interop.internal.Uuids.of("taxonomy", "rusomsorg-record", "provenance-national-baseline");
    assertThat(terms).contains(baselineTerm);
    long marked = attributes.lines().filter(l -> l.contains(baselineTerm)).count();
    assertThat(marked).as("the municipality and every service").isEqualTo(1 + c.services().size());
    assertThat(Hsds.export(SANDNES, PLUGIN, DAY).file("attribute.json").orElseThrow()).doesNotContain(baselineTerm);
  }

  @Test
  void statusFollowsTheDay() {
    Service s = SANDNES.services().get(0);
    Catalog ended = no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(SANDNES).withServices(List.of(
        no.rusomsorg.core.service.ImmutableService.copyOf(s).withValidity(
            no.rusomsorg.core.service.Validity.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 2, 29)))));
    assertThat(Hsds.export(ended, PLUGIN, LocalDate.of(2024, 2, 29)).file("service.json").orElseThrow())
        .contains("\"status\" : \"active\"");
    assertThat(Hsds.export(ended, PLUGIN, LocalDate.of(2024, 3, 1)).file("service.json").orElseThrow())
        .contains("\"status\" : \"defunct\"");
    assertThat(Hsds.export(ended, PLUGIN, LocalDate.of(2019, 12, 31)).file("service.json").orElseThrow())
        .contains("\"status\" : \"inactive\"");
  }

  @Test
  void badDocumentsAreTypedErrorsWithTheirPlace() {
    Map<String, String> files = new HashMap<>(Hsds.export(SANDNES, PLUGIN, DAY).files());
    files.put("phone.json", files.get("phone.json").replaceFirst("\"number\" : \"[^\"]*\"", "\"number\" : \"abc\""));
    assertThatThrownBy(() -> Hsds.read(files, supplementFor(SANDNES)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("phone.json[0].number");
          assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.PHONE_NUMBER);
        });
    Map<String, String> noServices = new HashMap<>(files);
    noServices.remove("service.json");
    assertThatThrownBy(() -> Hsds.read(noServices, supplementFor(SANDNES)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("service.json"));
    Map<String, String> broken = new HashMap<>(Hsds.export(SANDNES, PLUGIN, DAY).files());
    broken.put("service.json", "{\"not\": \"an array\"}");
    assertThatThrownBy(() -> Hsds.read(broken, supplementFor(SANDNES)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(InvalidValueException.Rule.FORMAT));
  }

  @Test
  void aDirectoryReadsBack(@TempDir Path dir) {
    Hsds.export(SANDNES, PLUGIN, DAY).writeTo(dir);
    Catalog back = Hsds.read(dir, supplementFor(SANDNES));
    assertThat(Hsds.export(back, PLUGIN, DAY)).isEqualTo(Hsds.export(SANDNES, PLUGIN, DAY));
  }
}
