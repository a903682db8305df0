package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The page is served in the language asked for, with {@code lang} and {@code Content-Language} saying which. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class PageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern HTML_LANG = Pattern.compile("<html lang=\"([a-z]+)\">");

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (acceptLanguage != null) {
      b.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String htmlLang(HttpResponse<String> r) {
    Matcher m = HTML_LANG.matcher(r.body());
    assertThat(m.find()).as("an <html lang> in the page").isTrue();
    return m.group(1);
  }

  private void assertLanguage(String path, String acceptLanguage, String expected, String h1)
      throws IOException, InterruptedException {
    HttpResponse<String> r = get(path, acceptLanguage);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.headers().firstValue("Content-Language")).as("%s with %s", path, acceptLanguage).hasValue(expected);
    assertThat(htmlLang(r)).as("%s with %s", path, acceptLanguage).isEqualTo(expected);
    assertThat(r.body()).contains("<h1 class=\"ds-heading\" data-size=\"lg\">" + h1 + "</h1>").doesNotContain("{{");
    assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
  }

  @Test
  void theLanguageIsTheChoiceThenTheBrowsersPreferenceThenBokmal() throws Exception {
    String nb = "Finn hjelp for rusproblemer i kommunen";
    String nn = "Finn hjelp for rusproblem i kommunen";
    String en = "Find help with substance problems in your municipality";
    assertLanguage("/", null, "nb", nb);
    assertLanguage("/?lang=nn", null, "nn", nn);
    assertLanguage("/?lang=en", "nn-NO,nn;q=0.9", "en", en);
    assertLanguage("/?lang=nb", "en", "nb", nb);
    assertLanguage("/index.html?lang=nn", null, "nn", nn);
    assertLanguage("/", "nn-NO,nn;q=0.9,nb;q=0.8", "nn", nn);
    assertLanguage("/", "no", "nb", nb);
    assertLanguage("/", "en-GB,en;q=0.9", "en", en);
    assertLanguage("/", "de-DE,de;q=0.9,en;q=0.5", "en", en);
    assertLanguage("/", "sv-SE", "nb", nb);
    assertLanguage("/?lang=xx", "nn", "nn", nn); // an unknown choice: the browser's preference decides
    assertLanguage("/", "this is ; not a header", "nb", nb);
  }

  @Test
  void theSwitchMarksTheLanguageShownAndEachLinkIsInItsOwnLanguage() throws Exception {
    for (String lang : List.of("nb", "nn", "en")) {
      String body = get("/?lang=" + lang, null).body();
      for (String other : List.of("nb", "nn", "en")) {
        String link = "href=\"?lang=" + other + "\" lang=\"" + other + "\" hreflang=\"" + other + "\"";
        assertThat(body).contains(link + (other.equals(lang) ? " aria-current=\"true\">" : " >"));
      }
    }
  }

  @Test
  void theScriptsGetEveryTextInTheLanguageOfThePage() throws Exception {
    JsonNode all = texts();
    for (String lang : List.of("nb", "nn", "en")) {
      String body = get("/?lang=" + lang, null).body();
      Matcher m = Pattern.compile("<script type=\"application/json\" id=\"texts\">(.*?)</script>", Pattern.DOTALL)
          .matcher(body);
      assertThat(m.find()).isTrue();
      JsonNode texts = RusomsorgJson.strict().mapper().readTree(m.group(1));
      for (Map.Entry<String, JsonNode> e : all.properties()) {
        if (!e.getKey().startsWith("_")) {
          assertThat(texts.get(e.getKey()).asString()).as(e.getKey()).isEqualTo(e.getValue().get(lang).asString());
        }
      }
    }
  }

  static JsonNode texts() throws IOException {
    try (InputStream in = PageTest.class.getClassLoader().getResourceAsStream("static/texts.json")) {
      return RusomsorgJson.strict().mapper().readTree(in);
    }
  }

  /**
   * Bokmål words whose nynorsk form differs: none may stand in a nynorsk text. (The list is not
   * nynorsk's grammar, only a guard against a bokmål text copied into the nn field.)
   */
  static final List<String> BOKMAL_ONLY = List.of("ikke", "jeg", "hva", "hvem", "hvordan", "hvorfor", "hvis", "noen",
      "noe", "være", "mer", "trenger", "bor", "tjeneste", "tjenester", "tjenesten", "hjelpen", "nå", "åpent", "kommuner",
      "senere", "selv", "pårørende", "uten", "bolig", "dem", "et", "en", "kilden", "sier", "hele", "tall", "søker",
      "oppholder", "gikk", "hovedinnholdet", "eksempel", "lagret", "svarene", "listen", "kommer", "egne", "åpner",
      "utenom", "åpningstid", "lidelse", "alvorlige", "passer", "velg");

  @Test
  void everyTextHasBokmalNynorskAndEnglishAndTheNynorskIsNotBokmal() throws Exception {
    JsonNode all = texts();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : all.properties()) {
      if (e.getKey().startsWith("_")) {
        continue;
      }
      for (String lang : List.of("nb", "nn", "en")) {
        JsonNode t = e.getValue().get(lang);
        if (t == null || !t.isString() || t.asString().isBlank()) {
          problems.add(e.getKey() + " has no " + lang);
        }
      }
      if (e.getValue().size() != 3) {
        problems.add(e.getKey() + " has other languages than nb, nn, en");
      }
      JsonNode nn = e.getValue().get("nn");
      if (nn != null) {
        for (String word : nn.asString().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
          if (BOKMAL_ONLY.contains(word)) {
            problems.add(e.getKey() + ": the nynorsk text has the bokmål word " + word);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPlaceholderOfThePageHasAText() throws Exception {
    String template;
    try (InputStream in = PageTest.class.getClassLoader().getResourceAsStream("static/index.html")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode all = texts();
    Matcher m = Pattern.compile("\\{\\{([^}]+)}}").matcher(template);
    while (m.find()) {
      String key = m.group(1);
      if (!key.equals("lang") && !key.equals("texts") && !key.startsWith("current:")) {
        assertThat(all.has(key)).as("static/texts.json has %s", key).isTrue();
      }
    }
  }
}
