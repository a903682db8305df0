package no.rusomsorg.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.rusomsorg.core.text.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page at {@code /}, in the language the person chose: {@code ?lang=nb|nn|en} (the page's language
 * switch), else the first of nb, nn, no or en in the browser's {@code Accept-Language}, else bokmål.
 * {@code static/index.html} is the page's template: {@code {{key}}} is the text of that key in
 * {@code static/texts.json} in the chosen language, {@code {{lang}}} the language code,
 * {@code {{current:xx}}} marks the switch's link to the chosen language, and {@code {{texts}}} is every
 * text of the language as JSON for the page's scripts. The answer's {@code Content-Language} is the
 * {@code lang} of its {@code <html>} (ADR 0027).
 */
@RestController
class Page {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.:-]+)}}");
  private final Map<Language, String> pages = new EnumMap<>(Language.class);

  Page(JsonMapper mapper) {
    String template = resource("static/index.html");
    JsonNode texts = mapper.readTree(resource("static/texts.json"));
    for (Language language : Language.values()) {
      pages.put(language, render(template, texts, language, mapper));
    }
  }

  @GetMapping(path = {"/", "/index.html"})
  ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    Language language = language(lang, acceptLanguage);
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_LANGUAGE, code(language))
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .cacheControl(CacheControl.noCache())
        .body(pages.get(language));
  }

  /** The language code of the page: nb, nn or en. */
  static String code(Language language) {
    return language.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The page's language: the {@code lang} parameter when it names one of the three, else the
   * preferred of them in {@code Accept-Language}, else bokmål. A malformed header counts as absent: a
   * page must still be shown.
   */
  static Language language(String lang, String acceptLanguage) {
    if (lang != null) {
      switch (lang.trim().toLowerCase(Locale.ROOT)) {
        case "nb":
        case "no":
          return Language.NB;
        case "nn":
          return Language.NN;
        case "en":
          return Language.EN;
        default:
          break; // an unknown code: the browser's preference decides
      }
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      List<Locale.LanguageRange> ranges;
      try {
        ranges = Locale.LanguageRange.parse(acceptLanguage);
      } catch (IllegalArgumentException malformed) {
        ranges = List.of();
      }
      for (Locale.LanguageRange range : ranges) {
        String primary = range.getRange().split("-", 2)[0];
        switch (primary) {
          case "nb":
          case "no":
            return Language.NB;
          case "nn":
            return Language.NN;
          case "en":
            return Language.EN;
          default:
            break;
        }
      }
    }
    return Language.NB;
  }

  /** The template with every placeholder replaced for the language. */
  static String render(String template, JsonNode texts, Language language, JsonMapper mapper) {
    String code = code(language);
    Map<String, String> own = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : texts.properties()) {
      if (e.getKey().startsWith("_")) {
        continue; // a comment
      }
      JsonNode text = e.getValue().get(code);
      if (text == null || !text.isString() || text.asString().isBlank()) {
        throw new IllegalStateException("static/texts.json: " + e.getKey() + " has no " + code + " text");
      }
      own.put(e.getKey(), text.asString());
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String value;
      if (key.equals("lang")) {
        value = code;
      } else if (key.equals("texts")) {
        ObjectNode json = mapper.createObjectNode();
        own.forEach(json::put);
        // inside <script type="application/json">: no "</" may end the element early
        value = mapper.writeValueAsString(json).replace("</", "<\\/").replace("<!--", "<\\!--");
      } else if (key.startsWith("current:")) {
        value = key.substring("current:".length()).equals(code) ? "aria-current=\"true\"" : "";
      } else if (own.containsKey(key)) {
        value = escape(own.get(key));
      } else {
        throw new IllegalStateException("static/index.html: no text " + key + " in static/texts.json");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
