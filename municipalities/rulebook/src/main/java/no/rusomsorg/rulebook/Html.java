package no.rusomsorg.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.rusomsorg.core.text.Language;

/**
 * The HTML edition: each Markdown page of the rule book turned into a page of its own for the web
 * app's {@code /regler}. Only the Markdown the generator itself writes is understood (headings, lists
 * two levels deep, numbered steps, tables, quotes, bold, code and links), so no general Markdown
 * library is needed and the HTML cannot differ in content from the Markdown.
 *
 * <p>The pages are accessible and CSP-compatible: {@code lang} on the root, one {@code h1}, headings
 * without skipped levels, tables with column headers ({@code th scope="col"}), a skip link, named
 * navigation landmarks, the current page marked with {@code aria-current}; no inline style or script,
 * one stylesheet of its own. Links are absolute below {@code /regler/} so that {@code /regler} and
 * {@code /regler/} both work.
 */
final class Html {
  private Html() {}

  /** Where the web app serves the HTML edition. */
  static final String BASE = "/regler/";
  /** The stylesheet's path, relative to {@code docs/rulebook}. */
  static final String STYLESHEET_PATH = "html/regler.css";

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ORDERED = Pattern.compile("^(\\d+)\\. (.*)$");

  /** The language's folder below {@link #BASE}. */
  static String folder(Language l) {
    return switch (l) {
      case NB -> "";
      case NN -> "nn/";
      case EN -> "en/";
    };
  }

  /** The HTML file name of a Markdown page. */
  static String file(String page) {
    return page.equals("README.md") ? "index.html" : page.replace(".md", ".html");
  }

  /** The path of a page's HTML, relative to {@code docs/rulebook}. */
  static String path(Language l, String page) {
    return "html/" + folder(l) + file(page);
  }

  /** The URL of a page in the web app. */
  static String url(Language l, String page) {
    String f = file(page);
    return BASE + folder(l) + (f.equals("index.html") ? "" : f);
  }

  static String page(Language l, String page, String markdown) {
    String title = RuleBook.title(l, page);
    String book = RuleBook.title(l, "README.md");
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(l.name().toLowerCase(java.util.Locale.ROOT)).append("\">\n")
        .append("<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(page.equals("README.md") ? book : esc(title) + " – " + book).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(BASE).append("regler.css\">\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#innhold\">")
        .append(pick(l, "Hopp til innholdet", "Hopp til innhaldet", "Skip to content")).append("</a>\n")
        .append("<header>\n<nav aria-label=\"").append(pick(l, "Språk", "Språk", "Language")).append("\">\n<ul>\n");
    for (Language other : Language.values()) {
      String name = switch (other) {
        case NB -> "Bokmål";
        case NN -> "Nynorsk";
        case EN -> "English";
      };
      String code = other.name().toLowerCase(java.util.Locale.ROOT);
      sb.append("<li><a href=\"").append(url(other, page)).append("\" lang=\"").append(code).append("\" hreflang=\"")
          .append(code).append('"').append(other == l ? " aria-current=\"true\"" : "").append('>').append(name)
          .append("</a></li>\n");
    }
    sb.append("</ul>\n</nav>\n<nav aria-label=\"").append(pick(l, "Sidene i regelboken", "Sidene i regelboka",
        "The rule book's pages")).append("\">\n<ul>\n");
    for (String p : RuleBook.PAGES) {
      sb.append("<li><a href=\"").append(url(l, p)).append('"').append(p.equals(page) ? " aria-current=\"page\"" : "")
          .append('>').append(esc(RuleBook.title(l, p))).append("</a></li>\n");
    }
    sb.append("</ul>\n</nav>\n</header>\n<main id=\"innhold\">\n");
    body(sb, l, markdown);
    sb.append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String pick(Language l, String nb, String nn, String en) {
    return switch (l) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }

  /** The Markdown body as HTML; the generated-file comment is dropped. */
  private static void body(StringBuilder sb, Language l, String markdown) {
    List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
    lines.add("");
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("<!--")) {
        i++;
      } else if (line.startsWith("#")) {
        int level = line.indexOf(' ');
        sb.append("<h").append(level).append('>').append(inline(l, line.substring(level + 1))).append("</h")
            .append(level).append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        i = table(sb, l, lines, i);
      } else if (line.startsWith("- ") || ORDERED.matcher(line).matches()) {
        i = list(sb, l, lines, i);
      } else if (line.startsWith("> ")) {
        sb.append("<blockquote><p>").append(inline(l, line.substring(2))).append("</p></blockquote>\n");
        i++;
      } else {
        StringBuilder p = new StringBuilder(line);
        i++;
        while (i < lines.size() && !lines.get(i).isBlank()) {
          p.append(' ').append(lines.get(i));
          i++;
        }
        sb.append("<p>").append(inline(l, p.toString())).append("</p>\n");
      }
    }
  }

  private static List<String> cells(String row) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = row.trim().substring(1, row.trim().length() - 1);
    for (int k = 0; k < inner.length(); k++) {
      char ch = inner.charAt(k);
      if (ch == '\\' && k + 1 < inner.length() && inner.charAt(k + 1) == '|') {
        cell.append('|');
        k++;
      } else if (ch == '|') {
        out.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString().trim());
    return out;
  }

  private static int table(StringBuilder sb, Language l, List<String> lines, int i) {
    sb.append("<div class=\"table\"><table>\n<thead>\n<tr>");
    for (String c : cells(lines.get(i))) {
      sb.append("<th scope=\"col\">").append(inline(l, c)).append("</th>");
    }
    sb.append("</tr>\n</thead>\n<tbody>\n");
    i += 2; // header and separator
    while (i < lines.size() && lines.get(i).startsWith("|")) {
      sb.append("<tr>");
      for (String c : cells(lines.get(i))) {
        sb.append("<td>").append(inline(l, c)).append("</td>");
      }
      sb.append("</tr>\n");
      i++;
    }
    sb.append("</tbody>\n</table></div>\n");
    return i;
  }

  /** A list: top-level items ({@code - } or {@code 1. }) with more indented items nested under them. */
  private static int list(StringBuilder sb, Language l, List<String> lines, int i) {
    return list(sb, l, lines, i, 0);
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static boolean isItem(String line) {
    String text = line.stripLeading();
    return !line.isBlank() && (text.startsWith("- ") || ORDERED.matcher(text).matches());
  }

  private static int list(StringBuilder sb, Language l, List<String> lines, int i, int indent) {
    boolean ordered = !lines.get(i).stripLeading().startsWith("- ");
    String tag = ordered ? "ol" : "ul";
    sb.append('<').append(tag).append(">\n");
    while (i < lines.size() && isItem(lines.get(i)) && indent(lines.get(i)) == indent
        && ordered != lines.get(i).stripLeading().startsWith("- ")) {
      String text = lines.get(i).stripLeading();
      Matcher om = ORDERED.matcher(text);
      String content = text.startsWith("- ") ? text.substring(2) : (om.matches() ? om.group(2) : text);
      sb.append("<li>").append(inline(l, content));
      i++;
      while (i < lines.size() && isItem(lines.get(i)) && indent(lines.get(i)) > indent) {
        sb.append('\n');
        i = list(sb, l, lines, i, indent(lines.get(i)));
      }
      sb.append("</li>\n");
    }
    sb.append("</").append(tag).append(">\n");
    return i;
  }

  /** Inline Markdown: escaping, code, bold and links (a link to another page goes to its HTML). */
  static String inline(Language l, String text) {
    List<String> codes = new ArrayList<>();
    Matcher cm = CODE.matcher(text);
    StringBuilder noCode = new StringBuilder();
    while (cm.find()) {
      codes.add(cm.group(1));
      cm.appendReplacement(noCode, Matcher.quoteReplacement("\u0000" + (codes.size() - 1) + "\u0000"));
    }
    cm.appendTail(noCode);
    String s = esc(noCode.toString());
    Matcher lm = LINK.matcher(s);
    StringBuilder linked = new StringBuilder();
    while (lm.find()) {
      String href = lm.group(2);
      if (href.endsWith(".md") && !href.contains("/")) {
        href = url(l, href);
      }
      lm.appendReplacement(linked, Matcher.quoteReplacement("<a href=\"" + href + "\">" + lm.group(1) + "</a>"));
    }
    lm.appendTail(linked);
    s = BOLD.matcher(linked.toString()).replaceAll("<strong>$1</strong>");
    for (int k = 0; k < codes.size(); k++) {
      s = s.replace("\u0000" + k + "\u0000", "<code>" + esc(codes.get(k)) + "</code>");
    }
    return s;
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String stylesheet() {
    return "/* Generert av municipalities/rulebook (Html). The rule book's own style: plain, readable, no scripts. */\n"
        + "body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 60rem; "
        + "padding: 0 1rem 2rem; color: #1e1e1e; background: #fff; }\n"
        + "a { color: #0b4f8a; }\n"
        + "a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }\n"
        + ".skip { position: absolute; left: -999px; }\n"
        + ".skip:focus { position: static; }\n"
        + "header nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }\n"
        + "header nav a[aria-current] { font-weight: bold; }\n"
        + ".table { overflow-x: auto; }\n"
        + "table { border-collapse: collapse; margin: 1rem 0; }\n"
        + "th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }\n"
        + "th { background: #f0f0f0; }\n"
        + "code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }\n"
        + "blockquote { border-left: 4px solid #767676; margin: 1rem 0; padding-left: 1rem; }\n";
  }
}
