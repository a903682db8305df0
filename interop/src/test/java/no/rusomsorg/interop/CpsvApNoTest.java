package no.rusomsorg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.register.NationalRegister;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The CPSV-AP-NO export parses with Apache Jena, in both forms to the same graph, and meets our SHACL shapes. */
class CpsvApNoTest {
  static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(
      CpsvApNoTest.class.getResource("cpsv-ap-no-1.1.shapes.ttl").toString()));
  static final String CPSV = "http://purl.org/vocab/cpsv#";

  static Model parse(String text, Lang lang) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(text)).lang(lang).parse(m);
    return m;
  }

  static ValidationReport validate(Model m) {
    return ShaclValidator.get().validate(SHAPES, m.getGraph());
  }

  static String report(ValidationReport r) {
    StringBuilder sb = new StringBuilder();
    r.getEntries().forEach(e -> sb.append(e).append('\n'));
    return sb.toString();
  }

  static void assertValid(Catalog c, Provenance p, LocalDate day) {
    Model turtle = parse(CpsvApNo.turtle(c, p, day), Lang.TURTLE);
    Model jsonLd = parse(CpsvApNo.jsonLd(c, p, day), Lang.JSONLD11);
    assertThat(turtle.isIsomorphicWith(jsonLd)).as("Turtle and JSON-LD give the same graph").isTrue();
    ValidationReport r = validate(turtle);
    assertThat(r.conforms()).as(report(r)).isTrue();
    assertThat(turtle.listSubjectsWithProperty(RDF.type, turtle.createResource(CPSV + "PublicService")).toList())
        .hasSize(c.servicesOn(day).size());
  }

  @Test
  void sandnesConforms() {
    assertValid(HsdsTest.SANDNES, HsdsTest.PLUGIN, HsdsTest.DAY);
    String ttl = CpsvApNo.turtle(HsdsTest.SANDNES, HsdsTest.PLUGIN, HsdsTest.DAY);
    assertThat(ttl).contains("@nb").contains("@en").contains("<https://lovdata.no/lov/2011-06-24-30/%C2%A73-");
    assertThat(CpsvApNo.turtle(HsdsTest.SANDNES, HsdsTest.PLUGIN, HsdsTest.DAY)).isEqualTo(ttl);
  }

  @Test
  void everyBaselineSampleConformsAndSaysItIsTheBaseline() {
    var all = NationalRegister.standard().municipalitiesOn(HsdsTest.DAY);
    for (int i = 0; i < all.size(); i += 41) {
      Catalog c = Catalogs.baseline(all.get(i), HsdsTest.DAY);
      assertValid(c, Catalogs.baselineProvenance(), HsdsTest.DAY);
      assertThat(CpsvApNo.turtle(c, Catalogs.baselineProvenance(), HsdsTest.DAY))
          .contains("Nasjonalt grunnlag, ikke kommunens egne data").contains("National baseline, not the municipality");
    }
  }

  @Test
  void generatedCatalogsConform() {
    qt().withExamples(60).withShrinkCycles(20).forAll(Catalogs.catalogs(), Catalogs.edgeDates())
        .checkAssert((c, day) -> assertValid(c, Provenance.plugin("generert"), day));
  }

  @Test
  void missingRequiredDataFailsTheShapes() {
    Model m = parse(CpsvApNo.turtle(HsdsTest.SANDNES, HsdsTest.PLUGIN, HsdsTest.DAY), Lang.TURTLE);
    Resource service = m.listSubjectsWithProperty(RDF.type, m.createResource(CPSV + "PublicService")).next();
    for (var property : List.of(DCTerms.title, DCTerms.description, DCTerms.identifier,
        m.createProperty("http://data.europa.eu/m8g/hasCompetentAuthority"))) {
      Model copy = ModelFactory.createDefaultModel().add(m);
      List<Statement> removed = copy.listStatements(service, property, (org.apache.jena.rdf.model.RDFNode) null).toList();
      assertThat(removed).as(property.toString()).isNotEmpty();
      copy.remove(removed);
      assertThat(validate(copy).conforms()).as("without " + property).isFalse();
    }
    // a competent authority of the wrong class fails too
    Model wrong = ModelFactory.createDefaultModel().add(m);
    wrong.removeAll(null, RDF.type, wrong.createResource("http://data.europa.eu/m8g/PublicOrganization"));
    assertThat(validate(wrong).conforms()).isFalse();
  }

  @Test
  void onlyServicesOfferedOnTheDayAreWritten() {
    Service s = HsdsTest.SANDNES.services().get(0);
    Catalog ended = no.rusomsorg.core.municipality.ImmutableCatalog.copyOf(HsdsTest.SANDNES).withServices(List.of(
        no.rusomsorg.core.service.ImmutableService.copyOf(s).withValidity(
            no.rusomsorg.core.service.Validity.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 2, 29)))));
    assertThat(CpsvApNo.turtle(ended, HsdsTest.PLUGIN, LocalDate.of(2024, 2, 29))).contains("cpsv:PublicService");
    assertThat(CpsvApNo.turtle(ended, HsdsTest.PLUGIN, LocalDate.of(2024, 3, 1))).doesNotContain("cpsv:PublicService");
  }
}
