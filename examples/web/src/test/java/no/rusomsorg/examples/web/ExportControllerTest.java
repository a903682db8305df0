package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class ExportControllerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void hsdsIsAZipOfTheDocumentsThatSaysItsProvenance() throws Exception {
    HttpResponse<byte[]> r = get("/api/municipalities/Sandnes/export/hsds.zip?date=2026-03-12");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains("hsds.zip");
    assertThat(r.headers().firstValue(ExportController.PROVENANCE)).hasValue("PLUGIN");
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).hasSize(14).contains("service.json", "organization.json", "schedule.json");
    assertThat(get("/api/municipalities/1108/export/hsds.zip?date=2026-03-12").body()).as("byte-identical").isEqualTo(r.body());
  }

  @Test
  void cpsvApNoIsTurtleOrJsonLd() throws Exception {
    HttpResponse<byte[]> ttl = get("/api/municipalities/Sandnes/export/cpsv-ap-no.ttl?date=2026-03-12");
    assertThat(ttl.statusCode()).isEqualTo(200);
    assertThat(ttl.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    assertThat(new String(ttl.body(), StandardCharsets.UTF_8)).contains("cpsv:PublicService").contains("Kommunens egne data");
    HttpResponse<byte[]> ld = get("/api/municipalities/Sandnes/export/cpsv-ap-no.jsonld?date=2026-03-12");
    assertThat(ld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    assertThat(new String(ld.body(), StandardCharsets.UTF_8)).contains("\"@graph\"");
  }

  @Test
  void aMunicipalityThatIsGoneOrUnknownGetsTheServicesStatuses() throws Exception {
    // Søgne merged into Kristiansand, which has no plugin: the export is Kristiansand's national baseline, and says so
    HttpResponse<byte[]> merged = get("/api/municipalities/sogne/export/hsds.zip?date=2026-03-12");
    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(merged.headers().firstValue("X-Rusomsorg-Provenance").orElseThrow()).isEqualTo("NATIONAL_BASELINE");
    assertThat(get("/api/municipalities/Atlantis/export/cpsv-ap-no.ttl").statusCode()).isEqualTo(404);
    assertThat(get("/api/municipalities/Sandnes/export/hsds.zip?date=2026-13-01").statusCode()).isEqualTo(400);
  }
}
