package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The complaint-help endpoint, with the clock at Thursday 12 March 2026. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class ComplaintHelpApiTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PATH = "/api/municipalities/sandnes/services/";

  @LocalServerPort
  int port;

  private record Answer(int status, JsonNode json) {}

  private Answer get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), RusomsorgJson.strict().mapper().readTree(r.body()));
  }

  private static void assertError(Answer a, int status, String field, String rule) {
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.json().get("field").asString()).isEqualTo(field);
    assertThat(a.json().get("rule").asString()).isEqualTo(rule);
  }

  @Test
  void answersWithTheGuideTheTraceAndTheLetterInThreeLanguages() throws Exception {
    Answer a = get(PATH + "sandnes.counsellor-follow-up/complaint-help?decided=2026-03-02&learnt=2026-03-05");
    assertThat(a.status()).isEqualTo(200);
    JsonNode g = a.json().get("guide");
    assertThat(g.at("/regime").asString()).isEqualTo("PBRL");
    assertThat(g.at("/request/on").asString()).isEqualTo("2026-03-12");
    assertThat(g.at("/addressee/bodyName/nb").asString()).isEqualTo("Sandnes kommune");
    assertThat(g.at("/addressee/units/0/contactPoints/0/postalAddress/poBox").asString()).isEqualTo("583");
    // 5 March + 4 weeks = 2 April 2026, Maundy Thursday → Tuesday 7 April
    assertThat(g.at("/deadline/due").asString()).isEqualTo("2026-04-07");
    assertThat(g.at("/timing").asString()).isEqualTo("IN_TIME");
    assertThat(g.at("/nextSteps/0/bodyName/nb").asString()).isEqualTo("Statsforvalteren i Rogaland");
    assertThat(g.at("/contents/0").asString()).isEqualTo("DECISION");
    assertThat(a.json().at("/deadlineTrace/nb").asString()).startsWith("4 uker fra 05.03.2026");
    assertThat(a.json().at("/letter/nn").asString()).contains("Eg klagar på vedtaket", "Postboks 583");
    assertThat(a.json().at("/letter/en").asString()).contains("Yours faithfully");
  }

  @Test
  void aServiceWithoutLegalBasisNeedsARegimeAndConsentHasNoLetter() throws Exception {
    assertError(get(PATH + "sandnes.music-therapy/complaint-help?decided=2026-03-02"), 400, "regime", "REQUIRED");
    Answer service = get(PATH + "sandnes.music-therapy/complaint-help?decided=2026-03-02&regime=service");
    assertThat(service.status()).isEqualTo(200);
    assertThat(service.json().at("/guide/timing").asString()).isEqualTo("NO_DEADLINE");
    Answer consent = get(PATH + "sandnes.coercion/complaint-help?decided=2026-03-02&regime=consent");
    assertThat(consent.status()).isEqualTo(200);
    assertThat(consent.json().has("letter")).isFalse();
    assertThat(consent.json().at("/guide/addressee").isMissingNode()).isTrue();
  }

  @Test
  void badParametersAreTypedErrors() throws Exception {
    assertError(get(PATH + "sandnes.counsellor-follow-up/complaint-help"), 400, "decided", "REQUIRED");
    assertError(get(PATH + "sandnes.counsellor-follow-up/complaint-help?decided=2026-02-30"), 400, "decided", "FORMAT");
    assertError(get(PATH + "sandnes.counsellor-follow-up/complaint-help?decided=2026-03-10&learnt=2026-03-01"), 400,
        "learnt", "ORDER");
    assertError(get(PATH + "sandnes.counsellor-follow-up/complaint-help?decided=2026-03-13"), 400, "decided", "RANGE");
    assertError(get(PATH + "sandnes.counsellor-follow-up/complaint-help?decided=2026-03-10&regime=x"), 400, "regime",
        "FORMAT");
    assertError(get(PATH + "sandnes.nope/complaint-help?decided=2026-03-10"), 404, "service", "REFERENCE");
    assertError(get("/api/municipalities/nowhere/services/x/complaint-help?decided=2026-03-10"), 404, "municipality",
        "REFERENCE");
  }
}
