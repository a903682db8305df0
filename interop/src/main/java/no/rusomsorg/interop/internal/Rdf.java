package no.rusomsorg.interop.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RDF graph of named resources, written as Turtle or JSON-LD in the order it was built, so that
 * equal input gives equal bytes. Enough for the exports: no blank nodes, no parsing, no reasoning.
 */
public final class Rdf {
  /** The prefixes written, in order. */
  private final Map<String, String> prefixes = new LinkedHashMap<>();
  private final Map<String, Resource> resources = new LinkedHashMap<>();

  /**
   * Declares a prefix.
   *
   * @param prefix the prefix
   * @param namespace its namespace
   * @return this
   */
  public Rdf prefix(String prefix, String namespace) {
    prefixes.put(prefix, namespace);
    return this;
  }

  /**
   * The resource with an IRI, created on first use.
   *
   * @param iri the IRI
   * @param types its classes, as prefixed names
   * @return the resource
   */
  public Resource resource(String iri, String... types) {
    Resource r = resources.computeIfAbsent(iri, Resource::new);
    for (String t : types) {
      if (!r.types.contains(t)) {
        r.types.add(t);
      }
    }
    return r;
  }

  /** A value: an IRI or a literal with a language or a datatype. */
  record Value(String text, boolean iri, String language, String datatype) {}

  /** A named resource and its statements, grouped by predicate in first-use order. */
  public static final class Resource {
    final String iri;
    final List<String> types = new ArrayList<>();
    final Map<String, List<Value>> values = new LinkedHashMap<>();

    Resource(String iri) {
      this.iri = iri;
    }

    private Resource add(String predicate, Value v) {
      List<Value> vs = values.computeIfAbsent(predicate, k -> new ArrayList<>());
      if (!vs.contains(v)) {
        vs.add(v);
      }
      return this;
    }

    /**
     * Links to another resource.
     *
     * @param predicate the predicate, a prefixed name
     * @param target the target
     * @return this
     */
    public Resource link(String predicate, Resource target) {
      return add(predicate, new Value(target.iri, true, null, null));
    }

    /**
     * Links to an IRI.
     *
     * @param predicate the predicate
     * @param iri the IRI
     * @return this
     */
    public Resource iri(String predicate, String iri) {
      return add(predicate, new Value(iri, true, null, null));
    }

    /**
     * A plain string.
     *
     * @param predicate the predicate
     * @param text the text
     * @return this
     */
    public Resource string(String predicate, String text) {
      return add(predicate, new Value(text, false, null, null));
    }

    /**
     * A language-tagged string.
     *
     * @param predicate the predicate
     * @param text the text
     * @param language the tag (nb, nn, en)
     * @return this
     */
    public Resource text(String predicate, String text, String language) {
      return add(predicate, new Value(text, false, language, null));
    }

    /**
     * A typed literal.
     *
     * @param predicate the predicate
     * @param text the lexical form
     * @param datatype the datatype, a prefixed name
     * @return this
     */
    public Resource typed(String predicate, String text, String datatype) {
      return add(predicate, new Value(text, false, null, datatype));
    }

    /**
     * The IRI.
     *
     * @return the IRI
     */
    public String iri() {
      return iri;
    }
  }

  // ------------------------------------------------------------------ Turtle

  /**
   * The graph as Turtle.
   *
   * @return the text
   */
  public String turtle() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      sb.append("@prefix ").append(p.getKey()).append(": <").append(p.getValue()).append("> .\n");
    }
    for (Resource r : resources.values()) {
      sb.append('\n').append('<').append(r.iri).append('>');
      List<String> lines = new ArrayList<>();
      if (!r.types.isEmpty()) {
        lines.add("a " + String.join(", ", r.types));
      }
      for (Map.Entry<String, List<Value>> e : r.values.entrySet()) {
        List<String> objects = new ArrayList<>();
        for (Value v : e.getValue()) {
          objects.add(turtle(v));
        }
        lines.add(e.getKey() + " " + String.join(" ,\n        ", objects));
      }
      for (int i = 0; i < lines.size(); i++) {
        sb.append(i == 0 ? "\n    " : " ;\n    ").append(lines.get(i));
      }
      sb.append(" .\n");
    }
    return sb.toString();
  }

  private static String turtle(Value v) {
    if (v.iri()) {
      return "<" + v.text() + ">";
    }
    String s = "\"" + escape(v.text()) + "\"";
    if (v.language() != null) {
      return s + "@" + v.language();
    }
    return v.datatype() != null ? s + "^^" + v.datatype() : s;
  }

  static String escape(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c >= 0x20 && c != '"' && c != '\\';
    }
    if (plain) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ JSON-LD

  /**
   * The graph as JSON-LD 1.1: a context with the prefixes and a {@code @graph} of node objects whose
   * property values are always arrays of value or node references.
   *
   * @return the text
   */
  public String jsonLd() {
    StringBuilder sb = new StringBuilder(resources.size() * 600);
    sb.append("{\n  \"@context\" : {");
    int p = 0;
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      sb.append(p++ == 0 ? "\n    " : ",\n    ");
      JsonText.string(sb, e.getKey());
      sb.append(" : ");
      JsonText.string(sb, e.getValue());
    }
    sb.append("\n  },\n  \"@graph\" : [");
    int n = 0;
    for (Resource r : resources.values()) {
      sb.append(n++ == 0 ? "\n    {" : ",\n    {");
      sb.append("\n      \"@id\" : ");
      JsonText.string(sb, r.iri);
      if (!r.types.isEmpty()) {
        sb.append(",\n      \"@type\" : [ ");
        for (int i = 0; i < r.types.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          JsonText.string(sb, r.types.get(i));
        }
        sb.append(" ]");
      }
      for (Map.Entry<String, List<Value>> e : r.values.entrySet()) {
        sb.append(",\n      ");
        JsonText.string(sb, e.getKey());
        sb.append(" : [");
        List<Value> vs = e.getValue();
        for (int i = 0; i < vs.size(); i++) {
          Value v = vs.get(i);
          sb.append(i == 0 ? " { " : ", { ");
          if (v.iri()) {
            sb.append("\"@id\" : ");
            JsonText.string(sb, v.text());
          } else {
            sb.append("\"@value\" : ");
            JsonText.string(sb, v.text());
            if (v.language() != null) {
              sb.append(", \"@language\" : ");
              JsonText.string(sb, v.language());
            }
            if (v.datatype() != null) {
              sb.append(", \"@type\" : ");
              JsonText.string(sb, v.datatype());
            }
          }
          sb.append(" }");
        }
        sb.append(" ]");
      }
      sb.append("\n    }");
    }
    return sb.append("\n  ]\n}\n").toString();
  }
}
