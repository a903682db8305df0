package no.rusomsorg.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.eligibility.Basis;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Reason;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.spi.CatalogSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * No silent fallback in rule dispatch (issue #14, ADR 0018). The kinds of criterion are found by
 * reflection over the sealed hierarchy ({@code getPermittedSubclasses}, recursively) and a sample of
 * each is built from its record components, so a new kind is covered without editing this test. Each
 * kind must be evaluated (the explained and the fast path agree, and a leaf is its own reason), worded
 * in bokmål and English with texts of its own, phrased by the rule book with a phrase of its own,
 * read back by the streaming catalog reader, and listed in the catalog JSON schema under its JSON
 * type name. The visitor makes the Java paths fail to compile first; this test covers what a compiler
 * cannot see (texts, data, schema).
 */
class CriterionCoverageTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
  private static final Basis SOURCE = Basis.source("test-source");
  private static final PersonFacts NOTHING = PersonFacts.empty();
  private static final PersonFacts EVERYTHING = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1))
      .municipalityRelation(MunicipalityRelation.PRESENT).substanceProblem(true).relative(true).partnerAgency(true)
      .pregnant(true).homeless(true).coOccurringMentalIllness(true).inLar(true).actingForAnother(true)
      .powerOfAttorney(true).build();
  private static final PersonFacts NONE_HOLDS = PersonFacts.builder().birthDate(LocalDate.of(2020, 1, 1))
      .municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).substanceProblem(false).relative(false)
      .partnerAgency(false).pregnant(false).homeless(false).coOccurringMentalIllness(false).inLar(false)
      .actingForAnother(true).powerOfAttorney(false).build();

  /** Every concrete kind of criterion, found from the sealed hierarchy. */
  static List<Class<?>> kinds() {
    List<Class<?>> out = new ArrayList<>();
    collect(Criterion.class, out);
    return out;
  }

  private static void collect(Class<?> type, List<Class<?>> out) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      out.add(type);
      return;
    }
    for (Class<?> k : permitted) {
      collect(k, out);
    }
  }

  /** A sample of a kind, built through its canonical constructor from its components' types. */
  static Criterion sample(Class<?> kind) {
    assertThat(kind.isRecord()).as("%s is a record", kind).isTrue();
    RecordComponent[] cs = kind.getRecordComponents();
    Class<?>[] types = new Class<?>[cs.length];
    Object[] args = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      args[i] = valueFor(kind, cs[i].getGenericType());
    }
    try {
      Constructor<?> canonical = kind.getDeclaredConstructor(types);
      return (Criterion) canonical.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build a " + kind.getSimpleName(), e);
    }
  }

  private static Object valueFor(Class<?> kind, Type type) {
    if (type == int.class) {
      return 18;
    }
    if (type == Basis.class) {
      return SOURCE;
    }
    if (type == Role.class) {
      return Role.SUBSTANCE_PROBLEM;
    }
    if (type == LocalizedText.class) {
      return LocalizedText.of("har nylig født", "has recently given birth");
    }
    if (type == Criterion.class) {
      return Criterion.minimumAge(18);
    }
    if (type instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) type).getActualTypeArguments()[0];
      Type raw = ((ParameterizedType) type).getRawType();
      if (raw == Set.class && arg == MunicipalityRelation.class) {
        return EnumSet.of(MunicipalityRelation.PRESENT);
      }
      if (raw == List.class && arg == Criterion.class) {
        return List.of(Criterion.minimumAge(18), Criterion.homeless());
      }
    }
    throw new AssertionError("teach CriterionCoverageTest to build a " + type + " for " + kind.getSimpleName());
  }

  @Test
  void theHierarchyIsFoundWhole() {
    List<Class<?>> kinds = kinds();
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(13).doesNotHaveDuplicates().allSatisfy(k -> {
      assertThat(k.isRecord()).as("%s", k).isTrue();
      assertThat(Criterion.class.isAssignableFrom(k)).isTrue();
    });
    assertThat(kinds).contains(Criterion.All.class, Criterion.Homeless.class, Criterion.Described.class);
  }

  @Test
  void everyKindIsEvaluatedAsItselfOnBothPaths() {
    for (Class<?> kind : kinds()) {
      Criterion c = sample(kind);
      for (PersonFacts f : List.of(NOTHING, EVERYTHING, NONE_HOLDS)) {
        Verdict v = c.evaluate(f, DAY);
        assertThat(c.test(f, DAY)).as("%s", kind.getSimpleName()).isEqualTo(v.outcome());
        assertThat(v.reasons()).as("%s", kind.getSimpleName()).isNotEmpty();
        assertThat(v.missingFacts()).isSubsetOf(c.relevantFacts());
        if (c instanceof Criterion.Leaf) {
          assertThat(v.reasons()).singleElement().satisfies(r -> assertThat(r.criterion()).isSameAs(c));
        }
      }
    }
  }

  @Test
  void everyLeafIsWordedInBokmalAndEnglishWithTextsOfItsOwn() {
    Map<String, String> owner = new HashMap<>();
    for (Class<?> kind : kinds()) {
      Criterion c = sample(kind);
      if (!(c instanceof Criterion.Leaf)) {
        continue;
      }
      for (PersonFacts f : List.of(NOTHING, EVERYTHING, NONE_HOLDS)) {
        Reason r = c.evaluate(f, DAY).reasons().get(0);
        LocalizedText t = r.explanation();
        assertThat(t.nb()).as("%s nb", kind.getSimpleName()).isNotBlank();
        assertThat(t.en()).as("%s en", kind.getSimpleName()).hasValueSatisfying(en -> assertThat(en).isNotBlank());
        assertThat(t.in(Language.EN)).isNotEqualTo(t.nb());
        for (String text : List.of(t.nb(), t.in(Language.EN))) {
          String before = owner.putIfAbsent(text, kind.getSimpleName());
          assertThat(before == null || before.equals(kind.getSimpleName()))
              .as("'%s' is the text of both %s and %s", text, before, kind.getSimpleName()).isTrue();
        }
      }
    }
  }

  @Test
  void everyKindHasAPhraseOfItsOwnInTheRuleBook() {
    Map<String, String> owner = new HashMap<>();
    for (Class<?> kind : kinds()) {
      String phrase = no.rusomsorg.core.eligibility.CriterionSentence.phrase(sample(kind), no.rusomsorg.core.text.Language.NB);
      assertThat(phrase).as("%s", kind.getSimpleName()).isNotBlank();
      String before = owner.putIfAbsent(phrase, kind.getSimpleName());
      assertThat(before).as("'%s' is the phrase of both %s and %s", phrase, before, kind.getSimpleName()).isNull();
    }
  }

  @Test
  void everyKindIsReadBackByTheStreamingCatalogReader() {
    Catalog base = MunicipalityRegistry.discover().providers().get(0).catalog();
    Service first = base.services().get(0);
    RusomsorgJson json = RusomsorgJson.strict();
    for (Class<?> kind : kinds()) {
      Criterion c = sample(kind);
      Service s = ImmutableService.copyOf(first).withEligibility(c);
      Catalog catalog = ImmutableCatalog.copyOf(base).withServices(s);
      Catalog read = json.read(json.write(catalog), Catalog.class);
      assertThat(read.services().get(0).eligibility()).as("%s", kind.getSimpleName()).contains(c);
    }
  }

  @Test
  void everyKindIsListedInTheCatalogSchemaUnderItsJsonTypeName() {
    JsonNode schema = new ObjectMapper().readTree(CatalogSchema.json());
    JsonNode defs = schema.get("$defs");
    List<String> refs = new ArrayList<>();
    defs.get("Criterion").get("oneOf").forEach(n -> refs.add(n.get("$ref").asString()));
    Map<Class<?>, String> names = new HashMap<>();
    for (JsonSubTypes.Type t : Criterion.class.getAnnotation(JsonSubTypes.class).value()) {
      names.put(t.value(), t.name());
    }
    for (Class<?> kind : kinds()) {
      String name = Optional.ofNullable(names.get(kind)).orElseThrow(
          () -> new AssertionError(kind.getSimpleName() + " has no JSON type name in @JsonSubTypes"));
      String def = "Criterion." + kind.getSimpleName();
      assertThat(refs).as("Criterion.oneOf lists %s", def).contains("#/$defs/" + def);
      JsonNode node = defs.get(def);
      assertThat(node).as("$defs has %s", def).isNotNull();
      assertThat(node.get("properties").get("type").get("const").asString()).isEqualTo(name);
      // the schema knows every component the record writes
      for (RecordComponent rc : kind.getRecordComponents()) {
        assertThat(node.get("properties").has(rc.getName())).as("%s.%s in the schema", def, rc.getName()).isTrue();
      }
    }
  }
}
