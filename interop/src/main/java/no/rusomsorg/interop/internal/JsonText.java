package no.rusomsorg.interop.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON writer for flat objects of strings and integers, in a fixed layout (two-space indent,
 * {@code "key" : value}, LF line ends), so that equal data gives equal bytes on every platform. Non-ASCII
 * characters are written as they are (the documents are UTF-8); quotes, backslashes and control
 * characters are escaped.
 */
public final class JsonText {
  private JsonText() {}

  /** One flat JSON object whose fields keep the order they were put in. */
  public static final class Obj {
    private final List<String> keys = new ArrayList<>(12);
    private final List<Object> values = new ArrayList<>(12);

    /**
     * A string field.
     *
     * @param key the name
     * @param value the value
     * @return this
     */
    public Obj put(String key, String value) {
      keys.add(key);
      values.add(value);
      return this;
    }

    /**
     * A number field.
     *
     * @param key the name
     * @param value the value
     * @return this
     */
    public Obj put(String key, int value) {
      keys.add(key);
      values.add(value);
      return this;
    }

    /**
     * A string field's value.
     *
     * @param key the name
     * @return the value, or null
     */
    public String string(String key) {
      int i = keys.indexOf(key);
      return i < 0 ? null : (String) values.get(i);
    }

    void write(StringBuilder sb, String indent) {
      sb.append(indent).append("{\n");
      for (int i = 0; i < keys.size(); i++) {
        sb.append(indent).append("  ");
        JsonText.string(sb, keys.get(i));
        sb.append(" : ");
        Object v = values.get(i);
        if (v instanceof Integer) {
          sb.append(((Integer) v).intValue());
        } else {
          JsonText.string(sb, (String) v);
        }
        sb.append(i + 1 < keys.size() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
    }
  }

  /**
   * An array of objects as a document, ending with a line feed.
   *
   * @param objects the objects
   * @return the text
   */
  public static String array(List<Obj> objects) {
    if (objects.isEmpty()) {
      return "[ ]\n";
    }
    StringBuilder sb = new StringBuilder(objects.size() * 256);
    sb.append("[\n");
    for (int i = 0; i < objects.size(); i++) {
      objects.get(i).write(sb, "  ");
      sb.append(i + 1 < objects.size() ? ",\n" : "\n");
    }
    return sb.append("]\n").toString();
  }

  /**
   * Appends a JSON string literal.
   *
   * @param sb the target
   * @param s the string
   */
  public static void string(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      sb.append(s, start, i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> sb.append(String.format("\\u%04X", (int) c));
      }
      start = i + 1;
    }
    sb.append(s, start, n).append('"');
  }
}
