package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Issue 19: the rule book's HTML edition at /regler, in three languages, under the app's security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class RuleBookPagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void isCleanHtml(HttpResponse<String> r, String lang) {
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.headers().firstValue("Content-Language")).contains(lang);
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebConfig.CSP);
    assertThat(r.body()).contains("<html lang=\"" + lang + "\">").contains("<main id=\"innhold\">")
        .doesNotContain("<script").doesNotContain("style=");
  }

  @Test
  void theBokmalIndexAnswersWithAndWithoutTheSlash() throws Exception {
    for (String path : new String[] {"/regler", "/regler/"}) {
      HttpResponse<String> r = get(path);
      isCleanHtml(r, "nb");
      assertThat(r.body()).contains("<h1>Regelboken</h1>").contains("href=\"/regler/deadlines.html\"")
          .contains("href=\"/regler/nn/\"").contains("href=\"/regler/en/\"");
    }
  }

  @Test
  void nynorskAndEnglishHaveTheirOwnEditions() throws Exception {
    HttpResponse<String> nn = get("/regler/nn");
    isCleanHtml(nn, "nn");
    assertThat(nn.body()).contains("<h1>Regelboka</h1>");
    HttpResponse<String> en = get("/regler/en/");
    isCleanHtml(en, "en");
    assertThat(en.body()).contains("<h1>The rule book</h1>");
  }

  @Test
  void thePagesCarryTheRules() throws Exception {
    HttpResponse<String> deadlines = get("/regler/deadlines.html");
    isCleanHtml(deadlines, "nb");
    assertThat(deadlines.body()).contains("<th scope=\"col\">Siste dag</th>").contains("forlenget til 28.12.2026");
    HttpResponse<String> municipalities = get("/regler/en/municipalities.html");
    isCleanHtml(municipalities, "en");
    assertThat(municipalities.body()).contains("<h2>Sandnes</h2>").contains("The person");
    HttpResponse<String> css = get("/regler/regler.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
  }

  @Test
  void anUnknownPageIsNotFound() throws Exception {
    assertThat(get("/regler/nope.html").statusCode()).isEqualTo(404);
    assertThat(get("/regler/de/").statusCode()).isEqualTo(404);
  }
}
