package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class ApiTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private record Answer(int status, JsonNode json) {}

  private Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private Answer post(String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), RusomsorgJson.strict().mapper().readTree(r.body()));
  }

  private static void assertError(Answer a, String field, String rule) {
    assertError(a, 400, field, rule);
  }

  private static void assertError(Answer a, int status, String field, String rule) {
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.json().get("field").asString()).isEqualTo(field);
    assertThat(a.json().get("rule").asString()).isEqualTo(rule);
    assertThat(a.json().get("message").asString()).isNotBlank();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  @Test
  void listsMunicipalitiesAsOfTheClocksDateByDefault() throws Exception {
    Answer a = get("/api/municipalities");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("date").asString()).isEqualTo("2026-03-12");
    assertThat(texts(a.json().get("municipalities"), "id")).contains("sandnes", "sogne", "bergen-4601")
        .hasSize(357 + 1); // the country on the date (Sandnes from its plugin), and Søgne, merged
    JsonNode sogne = a.json().get("municipalities").findParent("successor");
    assertThat(sogne.get("existsOnDate").asBoolean()).isFalse();
    assertThat(sogne.get("successor").get("number").asString()).isEqualTo("4204");
  }

  @Test
  void aPastDateShowsTheNumbersOfThatDate() throws Exception {
    Answer a = get("/api/municipalities?date=2019-06-01");
    assertThat(a.status()).isEqualTo(200);
    assertThat(texts(a.json().get("municipalities"), "number")).contains("1102", "1018", "1201").hasSize(422);
  }

  @Test
  void servicesByNumberAndByName() throws Exception {
    Answer byNumber = get("/api/municipalities/1108/services?date=2026-03-12");
    Answer byName = get("/api/municipalities/Sandnes/services");
    assertThat(byNumber.status()).isEqualTo(200);
    assertThat(byNumber.json().get("municipality").get("name").asString()).isEqualTo("Sandnes");
    assertThat(texts(byNumber.json().get("services"), "id")).contains("sandnes.drop-in")
        .isEqualTo(texts(byName.json().get("services"), "id"));
  }

  @Test
  void aMergedMunicipalityIsAnsweredByItsSuccessorsNationalBaseline() throws Exception {
    Answer a = get("/api/municipalities/sogne/services");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("municipality").get("number").asString()).isEqualTo("4204");
    assertThat(a.json().get("note").asString()).contains("Søgne er slått sammen med Kristiansand", "ikke bekreftet");
    assertThat(get("/api/municipalities/sogne/services?date=2019-05-01").status()).isEqualTo(200);
  }

  @Test
  void everyMunicipalityIsAnsweredWithTheNationalBaselineByNumberOrAnyNameForm() throws Exception {
    Answer bergen = get("/api/municipalities/4601/services");
    assertThat(bergen.status()).isEqualTo(200);
    assertThat(bergen.json().get("municipality").get("county").asString()).isEqualTo("Vestland");
    assertThat(bergen.json().get("note").asString()).contains("ikke bekreftet");
    assertThat(texts(bergen.json().get("services"), "id")).contains("baseline.lar");
    assertThat(get("/api/municipalities/Guovdageaidnu/services").json().get("municipality").get("number").asString())
        .isEqualTo("5612");
    assertError(get("/api/municipalities/Her%C3%B8y/services"), 409, "municipality", "CONSISTENCY");
  }

  @Test
  void anUnknownOrNotYetEstablishedMunicipalityIsNotFound() throws Exception {
    assertError(get("/api/municipalities/atlantis/services"), 404, "municipality", "REFERENCE");
    assertError(get("/api/municipalities/sandnes/services?date=1859-06-01"), 404, "municipality", "RANGE");
  }

  @Test
  void sandnesBefore1965ExistedButHasNoDataRatherThanNotYetEstablished() throws Exception {
    Answer before = get("/api/municipalities/sandnes/services?date=1964-12-31");
    assertError(before, 422, "municipality", "RANGE");
    assertThat(before.json().get("message").asString()).contains("existed on 1964-12-31").contains("1965-01-01")
        .contains("1860").doesNotContain("did not exist");
    assertError(post("/api/municipalities/sandnes/eligibility", "{\"date\":\"1960-01-01\"}"), 422, "municipality", "RANGE");
  }

  @Test
  void eligibilityGivesVerdictsReasonsAndContacts() throws Exception {
    Answer a = post("/api/municipalities/sandnes/eligibility",
        "{\"age\":30,\"residency\":\"REGISTERED_RESIDENT\",\"roles\":[\"SUBSTANCE_PROBLEM\"],"
            + "\"pregnant\":false,\"homeless\":false}");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("now").asString()).startsWith("2026-03-12T10:00");
    JsonNode dropIn = a.json().get("services").findParent("id");
    for (JsonNode s : a.json().get("services")) {
      if (s.get("id").asString().equals("sandnes.drop-in")) {
        dropIn = s;
      }
    }
    assertThat(dropIn.get("id").asString()).isEqualTo("sandnes.drop-in");
    assertThat(dropIn.get("verdict").get("outcome").asString()).isEqualTo("ELIGIBLE");
    assertThat(dropIn.get("verdict").get("reasons").get(0).get("explanation").get("nb").asString()).isNotBlank();
    assertThat(dropIn.get("verdict").get("reasons").get(0).get("explanation").get("en").asString()).isNotBlank();
    assertThat(dropIn.get("contactNow")).isNotEmpty();
    assertThat(dropIn.get("contactNow").get(0).get("contactPoint").get("phones")).isNotEmpty();
    assertThat(dropIn.get("answer").get("nb").asString()).isEqualTo("i målgruppen – du kan ta kontakt selv");
  }

  /** Issue 13: a service someone else decides on is never "you can get it". */
  @Test
  void eligibilityAnswersSayWhoDecides() throws Exception {
    Answer a = post("/api/municipalities/sandnes/eligibility",
        "{\"age\":30,\"residency\":\"REGISTERED_RESIDENT\",\"roles\":[\"SUBSTANCE_PROBLEM\"],\"homeless\":true}");
    for (JsonNode s : a.json().get("services")) {
      if (s.get("id").asString().equals("sandnes.akutten")) {
        assertThat(s.get("verdict").get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(s.get("answer").get("nb").asString()).isEqualTo("i målgruppen – NAV Sandnes rekvirerer plass og avgjør");
        assertThat(s.get("answer").get("en").asString()).contains("requisitions a place and decides");
      }
      assertThat(s.get("answer").get("nb").asString()).doesNotContain("kan få tjenesten");
    }
  }

  @Test
  void aChildIsNotEligibleForAdultServicesAndUnknownFactsAreMissing() throws Exception {
    Answer child = post("/api/municipalities/1108/eligibility", "{\"age\":15,\"residency\":\"REGISTERED_RESIDENT\",\"roles\":[\"SUBSTANCE_PROBLEM\"]}");
    Answer nothing = post("/api/municipalities/1108/eligibility", "{}");
    JsonNode childDropIn = null;
    JsonNode unknownDropIn = null;
    for (int i = 0; i < child.json().get("services").size(); i++) {
      if (child.json().get("services").get(i).get("id").asString().equals("sandnes.drop-in")) {
        childDropIn = child.json().get("services").get(i);
        unknownDropIn = nothing.json().get("services").get(i);
      }
    }
    assertThat(childDropIn.get("verdict").get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
    assertThat(unknownDropIn.get("verdict").get("outcome").asString()).isEqualTo("UNKNOWN");
    List<String> missing = new ArrayList<>();
    unknownDropIn.get("verdict").get("missingFacts").forEach(n -> missing.add(n.asString()));
    assertThat(missing).contains("BIRTH_DATE");
  }

  @Test
  void eligibilityValidationErrors() throws Exception {
    String path = "/api/municipalities/sandnes/eligibility";
    assertError(post(path, "{\"age\":-1}"), "$.age", "RANGE");
    assertError(post(path, "{\"age\":30,\"birthDate\":\"1990-01-01\"}"), "$.age", "CONSISTENCY");
    assertError(post(path, "{\"agee\":30}"), "$.agee", "UNKNOWN_PROPERTY");
    assertError(post(path, "{\"age\":"), "$", "SYNTAX");
    assertError(post(path, "{\"residency\":\"SOMEWHERE\"}"), "$.residency", "FORMAT");
    Answer badDate = post(path, "{\"birthDate\":\"1990-02-30\"}");
    assertError(badDate, "$.birthDate", "FORMAT");
    assertThat(badDate.json().get("message").asString()).doesNotContain("1990");
    assertError(post("/api/municipalities/atlantis/eligibility", "{}"), 404, "municipality", "REFERENCE");
    assertThat(post("/api/municipalities/oslo/eligibility", "{\"age\":30}").status()).isEqualTo(200); // baseline
  }

  @Test
  void deadlinesForEachRule() throws Exception {
    // A decision received on Maundy Thursday 2026.
    Answer fvl = get("/api/deadlines?rule=fvl&from=2026-04-02");
    Answer pbrl = get("/api/deadlines?rule=pbrl&from=2026-04-02");
    Answer tsb = get("/api/deadlines?rule=tsb&from=2026-04-02");
    Answer interim = get("/api/deadlines?rule=interim&from=2026-04-02");
    assertThat(fvl.json().get("deadline").get("due").asString()).isEqualTo("2026-04-23");
    assertThat(pbrl.json().get("deadline").get("due").asString()).isEqualTo("2026-04-30");
    assertThat(tsb.json().get("deadline").get("due").asString()).isEqualTo("2026-04-20");
    // One month lands on Saturday 2 May; it moves to Monday 4 May.
    assertThat(interim.json().get("deadline").get("due").asString()).isEqualTo("2026-05-04");
    assertThat(interim.json().get("traceNb").asString()).isNotBlank();
    assertThat(get("/api/deadlines?rule=fvl").json().get("deadline").get("start").asString())
        .isEqualTo("2026-03-12");
  }

  @Test
  void deadlineValidationErrors() throws Exception {
    assertError(get("/api/deadlines?rule=weekly&from=2026-04-02"), "rule", "FORMAT");
    assertError(get("/api/deadlines?rule=fvl&from=2026-04-31"), "from", "FORMAT");
    assertError(get("/api/deadlines?from=2026-04-02"), "rule", "REQUIRED");
  }

  @Test
  void complaintRoutes() throws Exception {
    String base = "/api/municipalities/sandnes/services/sandnes.assessment/complaint-route";
    Answer decision = get(base + "?date=2026-03-12&decisionReceived=2026-03-10");
    assertThat(decision.status()).isEqualTo(200);
    assertThat(decision.json().get("regime").asString()).isEqualTo("PBRL");
    assertThat(decision.json().get("steps")).isNotEmpty();
    assertThat(decision.json().get("steps").get(0).get("body").get("name").get("nb").asString())
        .isEqualTo("Sandnes kommune");
    Answer quality = get(base + "?subject=service-quality");
    assertThat(quality.json().get("regime").asString()).isEqualTo("SERVICE_COMPLAINT");
    assertError(get("/api/municipalities/sandnes/services/no.such/complaint-route"), 404, "service", "REFERENCE");
    assertError(get(base + "?subject=weather"), "subject", "FORMAT");
    assertError(get(base + "?date=12.03.2026"), "date", "FORMAT");
  }

  @Test
  void complaintRoutesFollowTheLegalBasis() throws Exception {
    String housing = "/api/municipalities/sandnes/services/sandnes.housing/complaint-route?date=2026-03-12";
    Answer h = get(housing);
    assertThat(h.status()).isEqualTo(200);
    assertThat(h.json().get("regime").asString()).isEqualTo("FVL_MUNICIPAL");
    assertThat(h.json().get("steps").get(1).get("body").get("kind").asString()).isEqualTo("MUNICIPAL_APPEAL_BODY");
    assertThat(h.json().get("steps").toString()).doesNotContain("COUNTY_GOVERNOR");
    Answer coercion = get("/api/municipalities/sandnes/services/sandnes.coercion/complaint-route?date=2026-03-12"
        + "&decisionReceived=2026-03-12");
    assertThat(coercion.json().get("regime").asString()).isEqualTo("COERCION");
    assertThat(coercion.json().get("steps").get(2).get("body").get("kind").asString()).isEqualTo("DISTRICT_COURT");
    assertThat(coercion.json().get("steps").get(2).toString()).contains("2026-05-12");
    assertThat(coercion.json().get("timeLimits").toString()).contains("coercion-interim-proposal")
        .contains("coercion-decision-lapse");
  }

  @Test
  void triage() throws Exception {
    Answer a = get("/api/triage?situation=severe&date=2026-04-02&referralReceived=2026-04-02");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("situation").asString()).isEqualTo("SEVERE");
    assertThat(a.json().get("steps").get(0).get("order").asInt()).isEqualTo(1);
    assertThat(a.json().toString()).contains("2026-04-20");
    Answer danger = get("/api/triage?situation=LIFE_IN_DANGER");
    assertThat(danger.json().get("date").asString()).isEqualTo("2026-03-12");
    assertThat(danger.json().get("steps").get(0).toString()).contains("113");
    assertError(get("/api/triage?situation=bored"), "situation", "FORMAT");
    assertError(get("/api/triage"), "situation", "REQUIRED");
  }

  @Test
  void requestsOfTheWrongShapeKeepTheirHttpStatus() throws Exception {
    Answer noJson = send(HttpRequest.newBuilder(uri("/api/municipalities/sandnes/eligibility"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("age=30")).build());
    assertThat(noJson.status()).isEqualTo(415);
    assertThat(noJson.json().get("rule").asString()).isEqualTo("REQUEST");
    Answer wrongMethod = send(HttpRequest.newBuilder(uri("/api/triage?situation=SEVERE"))
        .DELETE().build());
    assertThat(wrongMethod.status()).isEqualTo(405);
  }

  @Test
  void thePageIsServed() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<html lang=\"nb\"").contains("<label class=\"ds-label\" for=\"age\"");
  }
}
