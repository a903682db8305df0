package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Issue 16: every error is the documented {field, rule, message} body, with security headers, for any request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class WebHardeningTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private record Answer(int status, HttpResponse<String> response, JsonNode json) {
    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      json = RusomsorgJson.strict().mapper().readTree(r.body());
    }
    return new Answer(r.statusCode(), r, json);
  }

  private Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private Answer post(String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The documented error body: JSON with exactly field, rule and message, no class name, and the headers. */
  private static void assertErrorBody(Answer a, int status) {
    assertThat(a.status()).as(a.response().uri().toString()).isEqualTo(status);
    assertThat(a.header("Content-Type")).as(a.response().body()).startsWith("application/json");
    assertThat(a.json().propertyNames()).containsExactlyInAnyOrder("field", "rule", "message");
    assertThat(a.json().get("message").asString()).isNotBlank()
        .doesNotContain("java.").doesNotContain("tools.jackson").doesNotContain("no.rusomsorg")
        .doesNotContain("springframework").doesNotContain("`");
    assertSecurityHeaders(a);
  }

  private static void assertSecurityHeaders(Answer a) {
    assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(a.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
  }

  @Test
  void aBodyOverTheLimitIs413WithoutBeingRead() throws Exception {
    int over = WebConfig.MAX_BODY_BYTES + 1;
    Answer declared = post("/api/municipalities/sandnes/eligibility", "{\"x\":\"" + "a".repeat(over) + "\"}");
    assertErrorBody(declared, 413);
    assertThat(declared.json().get("rule").asString()).isEqualTo("RANGE");
    byte[] body = ("{\"x\":\"" + "a".repeat(over) + "\"}").getBytes(StandardCharsets.UTF_8);
    Answer chunked = send(HttpRequest.newBuilder(uri("/api/municipalities/sandnes/eligibility"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(body))));
    assertErrorBody(chunked, 413);
    assertThat(post("/api/municipalities/sandnes/eligibility", "{\"age\":30}").status()).isEqualTo(200);
  }

  @Test
  void aNullRoleIsABadRequestNotAServerError() throws Exception {
    Answer a = post("/api/municipalities/sandnes/eligibility", "{\"roles\":[null]}");
    assertErrorBody(a, 400);
    assertThat(a.json().get("field").asString()).isEqualTo("$.roles[0]");
  }

  @Test
  void coercedValuesAreRejectedAndNamed() throws Exception {
    String[][] cases = {{"{\"age\":30.5}", "$.age"}, {"{\"pregnant\":1}", "$.pregnant"},
        {"{\"birthDate\":1990}", "$.birthDate"}, {"{\"birthDate\":\"1990-05-17T23:59\"}", "$.birthDate"},
        {"{\"birthDate\":\"1990-02-30\"}", "$.birthDate"}};
    for (String[] c : cases) {
      Answer a = post("/api/municipalities/sandnes/eligibility", c[0]);
      assertErrorBody(a, 400);
      assertThat(a.json().get("field").asString()).as(c[0]).isEqualTo(c[1]);
      assertThat(a.json().get("message").asString()).doesNotContain("1990").doesNotContain("30.5");
    }
  }

  @Test
  void containerLevelErrorsAreTheDocumentedBody() throws Exception {
    assertErrorBody(get("/api/municipalities/%5C/services"), 400); // Tomcat refuses an encoded backslash
    Answer longPath = get("/api/municipalities/" + "x".repeat(10_000) + "/services");
    assertThat(longPath.status()).isIn(400, 404, 414, 431);
    assertErrorBody(longPath, longPath.status());
    assertErrorBody(get("/error"), 404);
    assertErrorBody(get("/no/such/page"), 404);
    assertErrorBody(send(HttpRequest.newBuilder(uri("/api/municipalities")).header("Accept", "text/html").GET()), 406);
    assertErrorBody(send(HttpRequest.newBuilder(uri("/api/municipalities"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")), 405);
    assertErrorBody(post("/api/municipalities/sandnes/eligibility", "{\"age\":"), 400);
    assertErrorBody(send(HttpRequest.newBuilder(uri("/api/municipalities/sandnes/eligibility"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
  }

  @Test
  void errorsNameTheParameterThatWasSent() throws Exception {
    Answer far = get("/api/deadlines?rule=fvl&from=9999-12-20");
    assertErrorBody(far, 400);
    assertThat(far.json().get("field").asString()).isEqualTo("from");
    Answer route = get("/api/municipalities/sandnes/services/sandnes.drop-in/complaint-route?decisionReceived=9999-12-30");
    if (route.status() != 200) {
      assertErrorBody(route, 400);
      assertThat(route.json().get("field").asString()).isEqualTo("decisionReceived");
    }
  }

  @Test
  void anUnknownServiceIsNotFound() throws Exception {
    Answer a = get("/api/municipalities/sandnes/services/no-such-service/complaint-route");
    assertErrorBody(a, 404);
    assertThat(a.json().get("field").asString()).isEqualTo("service");
    assertThat(a.json().get("rule").asString()).isEqualTo("REFERENCE");
  }

  @Test
  void everyAnswerHasSecurityHeaders() throws Exception {
    assertSecurityHeaders(get("/api/municipalities"));
    Answer page = send(HttpRequest.newBuilder(uri("/")).GET());
    assertThat(page.status()).isEqualTo(200);
    assertSecurityHeaders(page);
    assertThat(page.response().body()).doesNotContain("<style>").doesNotContain("style=");
  }

  /** A personal value in the wrong form for one field of the request: none may come back in the answer. */
  private static Gen<String[]> wrongPersonalValues() {
    Gen<String> digits = SourceDSL.longs().between(10_000_000_000L, 99_999_999_999L).map((Long n) -> Long.toString(n));
    return SourceDSL.integers().between(0, 7).zip(digits, SourceDSL.integers().between(1, 28), (field, id, day) -> {
      String date = "19" + id.substring(0, 2) + "-13-" + (day + 2); // no thirteenth month: always rejected
      switch (field) {
        case 0: return new String[] {"{\"birthDate\":\"" + date + "\"}", date};
        case 1: return new String[] {"{\"birthDate\":\"" + id + "\"}", id};
        case 2: return new String[] {"{\"birthDate\":" + id + "}", id};
        case 3: return new String[] {"{\"age\":" + id + "}", id};
        case 4: return new String[] {"{\"age\":\"" + id + "\"}", id};
        case 5: return new String[] {"{\"pregnant\":\"ja " + id + "\"}", id};
        case 6: return new String[] {"{\"residency\":\"R" + id + "\"}", id};
        default: return new String[] {"{\"roles\":[\"SUBSTANCE_PROBLEM\",\"" + id + "\"]}", id};
      }
    });
  }

  @Test
  void noPersonalValueComesBackInAnError() {
    qt().withExamples(80).forAll(wrongPersonalValues()).checkAssert(c -> {
      try {
        Answer a = post("/api/municipalities/sandnes/eligibility", c[0]);
        assertErrorBody(a, 400);
        assertThat(a.response().body()).as(c[0]).doesNotContain(c[1]);
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    });
  }
}
