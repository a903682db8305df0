package no.rusomsorg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The hostile inputs of issue 16, one by one: each gives a typed, bounded error, never a crash or a silent answer. */
class HostileInputTest {
  private static final RusomsorgJson JSON = RusomsorgJson.strict();

  private static ObjectNode sandnes() {
    return (ObjectNode) JSON.mapper().readTree(JSON.write(SandnesFixture.catalog()));
  }

  private static ObjectNode firstService(ObjectNode catalog) {
    return (ObjectNode) catalog.get("services").get(0);
  }

  /** Reads by both paths (streaming and data binding) and expects the same typed error from both. */
  private static InvalidValueException rejectedByBoth(String json) {
    InvalidValueException streaming = catchInvalid(() -> JSON.read(json, Catalog.class));
    InvalidValueException bound = catchInvalid(() -> JSON.bind(json, Catalog.class));
    assertThat(bound.field()).startsWith("$");
    return streaming;
  }

  private static InvalidValueException catchInvalid(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    assertThat(t.getMessage().length()).isLessThanOrEqualTo(InvalidValueException.MAX_MESSAGE);
    return (InvalidValueException) t;
  }

  // ---------------------------------------------------------------- a crash instead of an error

  @Test
  void aLongIdIsAnErrorNotAStackOverflow() {
    String id = "a-".repeat(4000) + "a";
    InvalidValueException e = catchInvalid(() -> Checks.id("id", id));
    assertThat(e.rule()).isEqualTo(Rule.FORMAT);
    assertThat(catchInvalid(() -> Checks.id("id", "a-".repeat(500_000) + "a")).rule()).isEqualTo(Rule.FORMAT);
    ObjectNode doc = sandnes();
    firstService(doc).put("id", id);
    InvalidValueException r = rejectedByBoth(doc.toString());
    assertThat(r.field()).isEqualTo("$.services[0].id");
    assertThat(r.getMessage()).contains("a-a-a").contains("\u2026");
  }

  @Test
  void validIdsStillPass() {
    for (String ok : new String[] {"a", "a-b.c", "sandnes.rus-team2", "x".repeat(120)}) {
      assertThat(Checks.id("id", ok)).isEqualTo(ok);
    }
    for (String bad : new String[] {"", "-a", "a-", "a--b", "a.-b", "A", "a b", "x".repeat(121), "æ"}) {
      assertThatThrownBy(() -> Checks.id("id", bad)).isInstanceOf(InvalidValueException.class);
    }
  }

  // ---------------------------------------------------------------- unbounded messages and inputs

  @Test
  void aHugeRejectedValueIsCutInTheMessage() {
    String huge = "X".repeat(5_000_000);
    InvalidValueException e = catchInvalid(() -> Checks.id("id", huge));
    assertThat(e.getMessage()).contains("'" + "X".repeat(InvalidValueException.MAX_QUOTED) + "\u2026'");
    InvalidValueException raw = new InvalidValueException("f", Rule.FORMAT, "bad: " + huge);
    assertThat(raw.getMessage().length()).isLessThanOrEqualTo(InvalidValueException.MAX_MESSAGE);
    assertThat(raw.under("$.a").getMessage().length()).isLessThanOrEqualTo(InvalidValueException.MAX_MESSAGE);
    assertThat(raw.under("$.a").field()).isEqualTo("$.a.f");
  }

  @Test
  void controlCharactersInAMessageAreEscaped() {
    InvalidValueException e = new InvalidValueException("f", Rule.FORMAT, "got " + InvalidValueException.quote("a\u202eb\u0000c"));
    assertThat(e.getMessage()).contains("'a\\u202eb\\u0000c'").doesNotContain("\u202e").doesNotContain("\u0000");
  }

  @Test
  void documentsHaveSizeLimits() {
    ObjectNode doc = sandnes();
    firstService(doc).putObject("name").put("nb", "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1));
    assertThat(rejectedByBoth(doc.toString()).rule()).isEqualTo(Rule.RANGE);
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThat(catchInvalid(() -> RusomsorgJson.lenient().read("{\"x\":" + deep + "}", Catalog.class)).rule())
        .isEqualTo(Rule.RANGE);
    assertThat(catchInvalid(() -> RusomsorgJson.lenient().read("{\"x\":" + deep + "}", PersonFacts.class)).rule())
        .isEqualTo(Rule.RANGE);
    String longName = "{\"" + "n".repeat(JsonLimits.MAX_NAME_LENGTH + 1) + "\":1}";
    assertThat(catchInvalid(() -> JSON.read(longName, PersonFacts.class)).rule()).isEqualTo(Rule.RANGE);
    byte[] big = ("{" + " ".repeat((int) JsonLimits.MAX_DOCUMENT_LENGTH + 100_000) + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(catchInvalid(() -> JSON.read(new ByteArrayInputStream(big), Catalog.class)).rule()).isEqualTo(Rule.RANGE);
    assertThat(catchInvalid(() -> JSON.read(new ByteArrayInputStream(big), PersonFacts.class)).rule())
        .isEqualTo(Rule.RANGE);
    ObjectNode many = sandnes();
    ArrayNode ids = firstService(many).putArray("sourceIds");
    for (int i = 0; i <= JsonLimits.MAX_LIST_LENGTH; i++) {
      ids.add("s" + i);
    }
    InvalidValueException tooLong = catchInvalid(() -> JSON.read(many.toString(), Catalog.class));
    assertThat(tooLong.getMessage()).contains("at most " + JsonLimits.MAX_LIST_LENGTH);
    assertThat(tooLong.field()).isEqualTo("$.services[0].sourceIds[" + JsonLimits.MAX_LIST_LENGTH + "]");
  }

  // ---------------------------------------------------------------- personal data in messages

  @Test
  void anInvalidBirthDateIsNotQuoted() {
    for (String date : new String[] {"1990-02-30", "1990-13-01", "17.05.1990", "+1990-05-17", "1990-05-17T23:59"}) {
      InvalidValueException e = catchInvalid(() -> JSON.read("{\"birthDate\":\"" + date + "\"}", PersonFacts.class));
      assertThat(e.field()).isEqualTo("$.birthDate");
      assertThat(e.getMessage()).doesNotContain(date).doesNotContain("1990").doesNotContain("LocalDate");
    }
  }

  // ---------------------------------------------------------------- silent coercion

  @Test
  void dataBindingNeverCoerces() {
    String[][] cases = {
        {"{\"birthDate\":1990}", "$.birthDate"},
        {"{\"birthDate\":[1990,5,17]}", "$.birthDate"},
        {"{\"birthDate\":\"1990-05-17T23:59\"}", "$.birthDate"},
        {"{\"pregnant\":1}", "$.pregnant"},
        {"{\"pregnant\":\"true\"}", "$.pregnant"},
        {"{\"homeless\":0}", "$.homeless"},
        {"{\"municipalityRelation\":0}", "$.municipalityRelation"},
    };
    for (String[] c : cases) {
      InvalidValueException e = catchInvalid(() -> JSON.read(c[0], PersonFacts.class));
      assertThat(e.field()).as(c[0]).isEqualTo(c[1]);
      assertThat(e.rule()).as(c[0]).isEqualTo(Rule.FORMAT);
    }
    String ref = "{\"act\":\"FORVALTNINGSLOVEN\",\"section\":\"29\",\"paragraph\":%s}";
    for (String bad : new String[] {"1.5", "\"1\"", "true"}) {
      assertThat(catchInvalid(() -> JSON.read(String.format(ref, bad), LegalReference.class)).field())
          .isEqualTo("$.paragraph");
    }
    assertThat(JSON.read(String.format(ref, "1"), LegalReference.class).paragraph()).contains(1);
    assertThat(catchInvalid(() -> JSON.read("{\"nb\":7}", LocalizedText.class)).field()).isEqualTo("$.nb");
    // primitive fields (a response promise's min and indicative) in the data-binding path
    for (String[] c : new String[][] {{"min", "1.5"}, {"min", "\"1\""}, {"indicative", "1"}, {"indicative", "\"true\""}}) {
      ObjectNode doc = sandnes();
      ObjectNode promise = null;
      for (JsonNode s : doc.get("services")) {
        if (s.has("responsePromises") && s.get("responsePromises").size() > 0) {
          promise = (ObjectNode) s.get("responsePromises").get(0);
          break;
        }
      }
      assertThat(promise).isNotNull();
      promise.set(c[0], JSON.mapper().readTree(c[1]));
      InvalidValueException e = catchInvalid(() -> JSON.bind(doc.toString(), Catalog.class));
      assertThat(e.field()).as(c[0] + "=" + c[1]).endsWith("." + c[0]);
    }
    assertThat(JSON.read("{\"birthDate\":\"1990-05-17\",\"pregnant\":true}", PersonFacts.class).birthDate())
        .contains(LocalDate.of(1990, 5, 17));
  }

  // ---------------------------------------------------------------- garbage in catalogs

  @Test
  void controlAndBidiCharactersAndLoneSurrogatesAreRejectedInTexts() {
    for (String bad : new String[] {"a\u0000b", "a\u202eb", "a\u2066b", "a\ud800b", "a\udc00", "a\u0085b", "a\ufffe"}) {
      assertThatThrownBy(() -> LocalizedText.of(bad)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.rule()).isEqualTo(Rule.FORMAT));
      ObjectNode doc = sandnes();
      firstService(doc).putObject("name").put("nb", bad);
      assertThat(rejectedByBoth(doc.toString()).field()).startsWith("$.services[0].name");
    }
    assertThat(LocalizedText.of("Linje 1\nLinje 2\tog \ud83d\ude00 og æøå").nb()).contains("\ud83d\ude00");
    assertThatThrownBy(() -> LocalizedText.of("x".repeat(Checks.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void datesOutsideYearsOneToNineThousandAreRejected() {
    for (String bad : new String[] {"+999999999-12-31", "0000-01-01", "-0001-01-01", "2026-1-01", "2026-02-29"}) {
      ObjectNode doc = sandnes();
      doc.put("verifiedOn", bad);
      InvalidValueException e = rejectedByBoth(doc.toString());
      assertThat(e.field()).as(bad).isEqualTo("$.verifiedOn");
    }
  }

  @Test
  void twentyFourHundredIsNotMidnight() {
    ObjectNode doc = sandnes();
    JsonNode cp = findOpeningPeriod(doc);
    ((ObjectNode) cp).put("closes", "24:00");
    InvalidValueException e = rejectedByBoth(doc.toString());
    assertThat(e.field()).endsWith(".closes");
    assertThat(e.getMessage()).contains("00:00");
  }

  private static JsonNode findOpeningPeriod(JsonNode n) {
    if (n.isObject() && n.has("opens") && n.has("closes")) {
      return n;
    }
    for (JsonNode c : n) {
      JsonNode f = findOpeningPeriod(c);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  @Test
  void duplicateTargetGroupsAreRejected() {
    ObjectNode doc = sandnes();
    ArrayNode groups = (ArrayNode) firstService(doc).get("targetGroups");
    groups.add(groups.get(0).asString());
    InvalidValueException e = catchInvalid(() -> JSON.read(doc.toString(), Catalog.class));
    assertThat(e.rule()).isEqualTo(Rule.UNIQUE);
    ArrayNode many = firstService(doc).putArray("targetGroups");
    for (int i = 0; i < 100_000; i++) {
      many.add("ADULTS_WITH_SUBSTANCE_PROBLEM");
    }
    assertThat(catchInvalid(() -> JSON.read(doc.toString(), Catalog.class)).rule()).isIn(Rule.UNIQUE, Rule.RANGE);
  }

  @Test
  void dataBindingRejectsDuplicateTargetGroupsAndRelationsNamingTheField() {
    ObjectNode doc = sandnes();
    ArrayNode groups = (ArrayNode) firstService(doc).get("targetGroups");
    String twice = groups.get(0).asString();
    groups.add(twice);
    int at = groups.size() - 1;
    InvalidValueException streaming = catchInvalid(() -> JSON.read(doc.toString(), Catalog.class));
    InvalidValueException bound = catchInvalid(() -> JSON.bind(doc.toString(), Catalog.class));
    assertThat(bound.rule()).isEqualTo(Rule.UNIQUE);
    assertThat(bound.field()).isEqualTo("$.services[0].targetGroups[" + at + "]").isEqualTo(streaming.field());
    assertThat(bound.detail()).contains(twice).contains("twice");
    // a service read alone, through the public reader, strict and lenient
    String service = firstService(doc).toString();
    for (RusomsorgJson json : List.of(RusomsorgJson.strict(), RusomsorgJson.lenient())) {
      InvalidValueException alone = catchInvalid(() -> json.read(service, no.rusomsorg.core.service.Service.class));
      assertThat(alone.rule()).isEqualTo(Rule.UNIQUE);
      assertThat(alone.field()).isEqualTo("$.targetGroups[" + at + "]");
    }
    // the residency criterion's accepted relations, which the catalog reader also checks
    String residency = "{\"type\":\"residency\",\"accepted\":[\"PRESENT\",\"REGISTERED_RESIDENT\",\"PRESENT\"]}";
    InvalidValueException relation = catchInvalid(() -> JSON.read(residency, Criterion.class));
    assertThat(relation.rule()).isEqualTo(Rule.UNIQUE);
    assertThat(relation.field()).isEqualTo("$.accepted[2]");
    assertThat(relation.detail()).contains("PRESENT");
    // a hostile number of them stops at the first repeat, by both paths
    ArrayNode many = firstService(doc).putArray("targetGroups");
    for (int i = 0; i < 100_000; i++) {
      many.add("ADULTS_WITH_SUBSTANCE_PROBLEM");
    }
    assertThat(catchInvalid(() -> JSON.bind(doc.toString(), Catalog.class)).rule()).isIn(Rule.UNIQUE, Rule.RANGE);
  }

  @Test
  void dataBindingStillReadsListsWithoutRepeatsAndReportsBadElementsByIndex() {
    ObjectNode doc = sandnes();
    Catalog expected = JSON.read(doc.toString(), Catalog.class);
    assertThat(JSON.bind(doc.toString(), Catalog.class)).isEqualTo(expected);
    Criterion residency = JSON.read("{\"type\":\"residency\",\"accepted\":[\"PRESENT\",\"REGISTERED_RESIDENT\"]}",
        Criterion.class);
    assertThat(residency).isEqualTo(new Criterion.Residency(
        java.util.EnumSet.of(no.rusomsorg.core.eligibility.MunicipalityRelation.PRESENT,
            no.rusomsorg.core.eligibility.MunicipalityRelation.REGISTERED_RESIDENT), null));
    ArrayNode groups = (ArrayNode) firstService(doc).get("targetGroups");
    groups.add("NOT_A_GROUP");
    InvalidValueException unknown = catchInvalid(() -> JSON.bind(doc.toString(), Catalog.class));
    assertThat(unknown.field()).isEqualTo("$.services[0].targetGroups[" + (groups.size() - 1) + "]");
    firstService(doc).put("targetGroups", "ADULTS_WITH_SUBSTANCE_PROBLEM");
    assertThat(catchInvalid(() -> JSON.bind(doc.toString(), Catalog.class)).field())
        .isEqualTo("$.services[0].targetGroups");
  }

  @Test
  void criterionTreesAreBounded() {
    List<Criterion> wide = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      wide.add(new Criterion.Homeless(null));
    }
    assertThatThrownBy(() -> new Criterion.Any(wide)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.rule()).isEqualTo(Rule.RANGE));
    Criterion c = new Criterion.Homeless(null);
    Throwable stopped = null;
    for (int depth = 2; depth <= 480 && stopped == null; depth++) {
      Criterion inner = c;
      stopped = catchThrowable(() -> new Criterion.All(List.of(inner)));
      if (stopped == null) {
        c = new Criterion.All(List.of(inner));
      }
    }
    assertThat(stopped).isInstanceOf(InvalidValueException.class);
    Criterion deepest = c;
    assertThatThrownBy(() -> new Criterion.Not(deepest)).isInstanceOf(InvalidValueException.class);
    // a shared sub-tree counts as often as it occurs: no exponential tree through sharing
    Criterion shared = new Criterion.Homeless(null);
    Throwable tooMany = null;
    for (int i = 0; i < 20 && tooMany == null; i++) {
      Criterion s = shared;
      List<Criterion> copies = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        copies.add(s);
      }
      tooMany = catchThrowable(() -> new Criterion.All(copies));
      if (tooMany == null) {
        shared = new Criterion.All(copies);
      }
    }
    assertThat(tooMany).isInstanceOf(InvalidValueException.class);
    assertThat(deepest.toString()).isNotEmpty();
    ObjectNode doc = sandnes();
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 480; i++) {
      nested.append("{\"type\":\"not\",\"criterion\":");
    }
    nested.append("{\"type\":\"homeless\"}").append("}".repeat(480));
    firstService(doc).set("eligibility", JSON.mapper().readTree("{\"type\":\"homeless\"}"));
    String json = doc.toString().replace("{\"type\":\"homeless\"}", nested.toString());
    assertThat(rejectedByBoth(json).rule()).isEqualTo(Rule.RANGE);
  }
}
