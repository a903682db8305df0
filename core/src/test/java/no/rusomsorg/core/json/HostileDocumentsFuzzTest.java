package no.rusomsorg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16's fuzzing suite: hostile documents for every public reader ({@code RusomsorgJson.read} from
 * text and from a stream, strict and lenient, the streaming catalog reader and data binding). Each
 * document is a valid one with one or two hostile changes: cut off anywhere, a value of another JSON
 * type, a huge or deeply nested value, invalid Unicode (lone surrogates, control characters, malformed
 * UTF-8 bytes), a field given twice. Every read must end in a valid value or an
 * {@link InvalidValueException}, never another throwable; the message is under the cap and never
 * repeats a personal value of the document; and a document costs bounded time and memory.
 */
class HostileDocumentsFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Per document and reader: generous for a slow, shared CI machine; a runaway parse takes far longer. */
  private static final long MAX_MILLIS = 3_000;
  /** The JDK's per-thread allocation counter, by reflection: the test module does not read java.management. */
  private static final Object THREADS;
  private static final Method ALLOCATED;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static long allocatedBytes() {
    try {
      return (long) ALLOCATED.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A document and the personal values written into it, which no message may repeat. */
  record Doc(String json, byte[] bytes, List<String> personal) {
    @Override
    public String toString() {
      return json.length() > 300 ? json.substring(0, 300) + "... (" + json.length() + " chars)" : json;
    }
  }

  // ---------------------------------------------------------------- valid documents

  private static Gen<JsonNode> catalogs() {
    return CatalogGenerators.catalogs(1).map(c -> RusomsorgJson.strict().mapper().readTree(RusomsorgJson.strict().write(c)));
  }

  /** A date as text: real, impossible (30 February), with a time, six-digit or year 0. */
  private static Gen<String> dateTexts() {
    return Generate.pick(List.of("%04d-%02d-%02d", "%04d-02-30", "%04d-%02d-%02dT23:59", "+%06d-%02d-%02d",
        "0000-%2$02d-%3$02d", "%3$02d.%2$02d.%1$04d")).zip(Generate.range(1900, 2030), Generate.range(1, 12),
        Generate.range(1, 28), (f, y, m, d) -> String.format(f, y, m, d));
  }

  /** Eleven digits as a fødselsnummer looks. */
  private static Gen<String> idNumbers() {
    return Generate.range(1, 31).zip(Generate.range(1, 12), Generate.range(0, 99), Generate.range(10_000, 99_999),
        (d, m, y, rest) -> String.format("%02d%02d%02d%05d", d, m, y, rest));
  }

  private static final String[] FLAGS = {"substanceProblem", "relative", "partnerAgency", "pregnant", "homeless",
      "coOccurringMentalIllness", "inLar", "actingForAnother", "powerOfAttorney"};

  /**
   * Person facts with every field present or absent, each given a right or a wrong value: a date
   * in any of {@link #dateTexts()}'s forms or as a number, a flag as a boolean, a number or a text,
   * the relation by name, number or an invented name, and a national identity number, which is never
   * read from JSON.
   */
  private static Gen<Doc> personFacts() {
    return rs -> {
      ObjectNode o = NODES.objectNode();
      List<String> personal = new ArrayList<>();
      if (Generate.booleans().generate(rs)) {
        String d = dateTexts().generate(rs);
        personal.add(d);
        switch (Generate.range(0, 3).generate(rs)) {
          case 0: o.put("birthDate", d); break;
          case 1: {
            int n = Integer.parseInt(d.replaceAll("[^0-9]", "").substring(0, 8));
            personal.add(Integer.toString(n));
            o.put("birthDate", n);
            break;
          }
          case 2: o.putArray("birthDate").add(1990).add(5).add(17); break;
          default: o.put("birthDate", d + "\u202e"); break;
        }
      }
      if (Generate.booleans().generate(rs)) {
        String id = idNumbers().generate(rs);
        personal.add(id);
        o.put("nationalId", id);
      }
      if (Generate.booleans().generate(rs)) {
        switch (Generate.range(0, 2).generate(rs)) {
          case 0: o.put("municipalityRelation", "REGISTERED_RESIDENT"); break;
          case 1: o.put("municipalityRelation", 1); break;
          default: {
            String s = "RESIDENT_" + idNumbers().generate(rs);
            personal.add(s);
            o.put("municipalityRelation", s);
          }
        }
      }
      for (String f : FLAGS) {
        switch (Generate.range(0, 5).generate(rs)) {
          case 0: o.put(f, true); break;
          case 1: o.put(f, false); break;
          case 2: o.put(f, 1); break;
          case 3: {
            String s = "ja-" + idNumbers().generate(rs);
            personal.add(s);
            o.put(f, s);
            break;
          }
          case 4: o.putNull(f); break;
          default: break;
        }
      }
      return new Doc(o.toString(), null, personal);
    };
  }

  // ---------------------------------------------------------------- hostile changes

  /** All value nodes of a tree with a way to replace each. */
  private static void collect(JsonNode node, List<JsonNode[]> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.add(new JsonNode[] {node, NODES.stringNode(e.getKey())});
        collect(e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new JsonNode[] {node, NODES.numberNode(i)});
        collect(node.get(i), out);
      }
    }
  }

  private static void replace(JsonNode[] slot, JsonNode value) {
    if (slot[0].isObject()) {
      ((ObjectNode) slot[0]).set(slot[1].asString(), value);
    } else {
      ((ArrayNode) slot[0]).set(slot[1].asInt(), value);
    }
  }

  private static JsonNode nested(int depth, boolean arrays) {
    JsonNode n = NODES.stringNode("x");
    for (int i = 0; i < depth; i++) {
      n = arrays ? NODES.arrayNode().add(n) : NODES.objectNode().set("type", n);
    }
    return n;
  }

  /** Another value in place of one: of another type, huge, deep or with broken Unicode. */
  private static JsonNode hostileValue(RandomnessSource rs) {
    switch (Generate.range(0, 13).generate(rs)) {
      case 0: return NODES.numberNode(Generate.range(-5, 5).generate(rs));
      case 1: return NODES.numberNode(30.5);
      case 2: return NODES.numberNode(new java.math.BigInteger("9".repeat(Generate.range(10, 19).generate(rs))));
      case 3: return NODES.booleanNode(Generate.booleans().generate(rs));
      case 4: return NODES.nullNode();
      case 5: return NODES.objectNode();
      case 6: return NODES.arrayNode().add("a").add(1);
      case 7: return NODES.stringNode("a-".repeat(Generate.range(500, 6_000).generate(rs)) + "a");
      case 8: return NODES.stringNode("x".repeat(Generate.range(9_990, 10_020).generate(rs)));
      case 9: return nested(Generate.range(10, 120).generate(rs), Generate.booleans().generate(rs));
      case 10: return NODES.stringNode("a\u0000b\u202ec\ud800");
      case 11: return NODES.stringNode("\udc00" + "\u0007");
      case 12: return NODES.stringNode("24:00");
      default: return NODES.stringNode("+999999999-12-31");
    }
  }

  /** One or two hostile changes to a valid document. */
  private static Gen<Doc> hostile(Gen<Doc> valid) {
    return rs -> {
      Doc base = valid.generate(rs);
      String json = base.json();
      byte[] bytes = null;
      int changes = Generate.range(1, 2).generate(rs);
      for (int c = 0; c < changes; c++) {
        switch (Generate.range(0, 5).generate(rs)) {
          case 0: { // cut off anywhere
            json = json.substring(0, Generate.range(0, Math.max(0, json.length() - 1)).generate(rs));
            break;
          }
          case 1: case 2: { // a value swapped for a hostile one
            JsonNode tree = tryParse(json);
            if (tree == null) {
              break;
            }
            List<JsonNode[]> slots = new ArrayList<>();
            collect(tree, slots);
            if (slots.isEmpty()) {
              tree = NODES.objectNode().set("x", tree);
              collect(tree, slots);
            }
            replace(slots.get(Generate.range(0, slots.size() - 1).generate(rs)), hostileValue(rs));
            json = tree.toString();
            break;
          }
          case 3: { // a field given twice
            int at = json.indexOf("\":", Generate.range(0, Math.max(0, json.length() - 1)).generate(rs));
            int start = at < 0 ? -1 : json.lastIndexOf('"', at - 1);
            if (start >= 0) {
              String key = json.substring(start, at + 2);
              json = json.substring(0, start) + key + "null," + json.substring(start);
            }
            break;
          }
          case 4: { // raw control characters or an escaped lone surrogate in the text
            int at = Generate.range(0, Math.max(0, json.length() - 1)).generate(rs);
            String junk = Generate.pick(List.of("\u0000", "\\ud800", "\\udfff\\ud800", "\u001b[31m", "\ufeff"))
                .generate(rs);
            json = json.substring(0, at) + junk + json.substring(at);
            break;
          }
          default: { // malformed UTF-8 bytes, for the stream readers
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            int at = Generate.range(0, Math.max(0, b.length - 1)).generate(rs);
            bytes = new byte[b.length + 2];
            System.arraycopy(b, 0, bytes, 0, at);
            bytes[at] = (byte) 0xC3;
            bytes[at + 1] = (byte) 0x28;
            System.arraycopy(b, at, bytes, at + 2, b.length - at);
          }
        }
      }
      return new Doc(json, bytes, base.personal());
    };
  }

  private static JsonNode tryParse(String json) {
    try {
      return RusomsorgJson.strict().mapper().readTree(json);
    } catch (RuntimeException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- the properties

  @FunctionalInterface
  private interface Reader {
    Object read(Doc doc);
  }

  private static void check(Doc doc, Reader reader) {
    long allocatedBefore = allocatedBytes();
    long start = System.nanoTime();
    Throwable thrown = null;
    try {
      assertThat(reader.read(doc)).isNotNull();
    } catch (InvalidValueException e) {
      thrown = e;
    } catch (Throwable t) {
      throw new AssertionError("not a typed exception: " + t + " for " + doc, t);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = allocatedBytes() - allocatedBefore;
    assertThat(millis).as("time for %s", doc).isLessThan(MAX_MILLIS);
    long size = doc.bytes() != null ? doc.bytes().length : doc.json().length();
    assertThat(allocated).as("bytes allocated for %s", doc).isLessThan(64L * 1024 * 1024 + 64 * size);
    if (thrown != null) {
      String message = thrown.getMessage();
      assertThat(message.length()).as(message).isLessThanOrEqualTo(InvalidValueException.MAX_MESSAGE);
      for (String p : doc.personal()) {
        assertThat(message).as("personal value %s in %s", p, doc).doesNotContain(p);
      }
      assertThat(String.valueOf(thrown)).doesNotContain("java.time").doesNotContain("tools.jackson");
    }
  }

  private static void everyReader(Doc doc, Class<?> type) {
    byte[] bytes = doc.bytes() != null ? doc.bytes() : doc.json().getBytes(StandardCharsets.UTF_8);
    for (RusomsorgJson json : new RusomsorgJson[] {RusomsorgJson.strict(), RusomsorgJson.lenient()}) {
      check(doc, d -> json.read(d.json(), type));
      check(doc, d -> json.read(new ByteArrayInputStream(bytes), type));
      if (type == Catalog.class) {
        check(doc, d -> json.bind(d.json(), type));
      }
    }
  }

  @Test
  void hostileCatalogs() {
    Gen<Doc> valid = catalogs().map(n -> new Doc(n.toString(), null, List.of()));
    qt().withExamples(300).withShrinkCycles(50).forAll(hostile(valid)).checkAssert(doc -> everyReader(doc, Catalog.class));
  }

  @Test
  void hostilePersonFacts() {
    qt().withExamples(1_500).withShrinkCycles(50).forAll(hostile(personFacts()))
        .checkAssert(doc -> everyReader(doc, PersonFacts.class));
  }

  @Test
  void personFactsMessagesNeverQuoteAValueEvenUnchanged() {
    qt().withExamples(1_500).forAll(personFacts()).checkAssert(doc -> everyReader(doc, PersonFacts.class));
  }

  @Test
  void hostileCriteriaTextsAndReferences() {
    Gen<Doc> criteria = catalogs().map(n -> {
      for (JsonNode s : n.get("services")) {
        if (s.has("eligibility")) {
          return new Doc(s.get("eligibility").toString(), null, List.of());
        }
      }
      return new Doc("{\"type\":\"all\",\"of\":[{\"type\":\"homeless\"},{\"type\":\"minimumAge\",\"years\":18}]}", null,
          List.of());
    });
    qt().withExamples(300).withShrinkCycles(50).forAll(hostile(criteria))
        .checkAssert(doc -> everyReader(doc, Criterion.class));
    Gen<Doc> texts = CatalogGenerators.localizedTexts().map(t -> new Doc(RusomsorgJson.strict().write(t), null, List.of()));
    qt().withExamples(300).withShrinkCycles(50).forAll(hostile(texts))
        .checkAssert(doc -> everyReader(doc, LocalizedText.class));
    Gen<Doc> references = CatalogGenerators.legalReferences()
        .map(r -> new Doc(RusomsorgJson.strict().write(r), null, List.of()));
    qt().withExamples(300).withShrinkCycles(50).forAll(hostile(references))
        .checkAssert(doc -> everyReader(doc, LegalReference.class));
  }
}
