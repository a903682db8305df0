package no.rusomsorg.examples.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.interop.CpsvApNo;
import no.rusomsorg.interop.ExportFiles;
import no.rusomsorg.interop.Hsds;
import no.rusomsorg.interop.Provenance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a municipality's services in the directory standards: HSDS 3.0 as a zip of its JSON
 * documents, CPSV-AP-NO 1.1 as Turtle or JSON-LD. Each download says where the data comes from in the
 * {@code X-Rusomsorg-Provenance} header and in the documents themselves. The lookup answers other than
 * "found" get the same statuses as the services endpoint.
 */
@RestController
@RequestMapping(path = "/api/municipalities/{municipality}/export")
class ExportController {
  /** The header that names the data's provenance: {@code PLUGIN} or {@code NATIONAL_BASELINE}. */
  static final String PROVENANCE = "X-Rusomsorg-Provenance";
  private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
  private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
  private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  private final MunicipalityRegistry registry;
  private final Clock clock;

  ExportController(MunicipalityRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** What is exported: the catalog, its provenance and the day. */
  private record Subject(Catalog catalog, Provenance provenance, LocalDate date) {
    String file(String suffix) {
      return catalog.municipality().id() + "-" + date + suffix;
    }
  }

  private Subject subject(String municipality, String date) {
    LocalDate d;
    try {
      d = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("date", Rule.FORMAT, "a date is written YYYY-MM-DD, such as 2026-03-12");
    }
    MunicipalityLookup l = registry.directory().lookup(municipality, d);
    // a merged municipality whose successor is in the app answers with the successor, as /services does;
    // every other answer is the services endpoint's error
    MunicipalityLookup.Existing found = Api.resolve(l).municipality();
    Catalog c = found.catalog();
    if (found instanceof MunicipalityLookup.NationalBaseline) {
      return new Subject(c, Provenance.nationalBaselineOf(c), d);
    }
    String plugin = registry.providers().stream().filter(p -> p.catalog().equals(c)).map(MunicipalityRegistry.LoadedProvider::name)
        .findFirst().orElse(c.municipality().name());
    return new Subject(c, Provenance.plugin(plugin), d);
  }

  private static ResponseEntity<byte[]> download(Subject s, MediaType type, String file, byte[] body) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
        .header(PROVENANCE, s.provenance().kind().name())
        .body(body);
  }

  @GetMapping("/hsds.zip")
  ResponseEntity<byte[]> hsds(@PathVariable(name = "municipality") String municipality,
      @RequestParam(name = "date", required = false) String date) {
    Subject s = subject(municipality, date);
    return download(s, ZIP, s.file("-hsds.zip"), zip(Hsds.export(s.catalog(), s.provenance(), s.date())));
  }

  @GetMapping("/cpsv-ap-no.ttl")
  ResponseEntity<byte[]> turtle(@PathVariable(name = "municipality") String municipality,
      @RequestParam(name = "date", required = false) String date) {
    Subject s = subject(municipality, date);
    return download(s, TURTLE, s.file("-cpsv-ap-no.ttl"),
        CpsvApNo.turtle(s.catalog(), s.provenance(), s.date()).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/cpsv-ap-no.jsonld")
  ResponseEntity<byte[]> jsonLd(@PathVariable(name = "municipality") String municipality,
      @RequestParam(name = "date", required = false) String date) {
    Subject s = subject(municipality, date);
    return download(s, JSON_LD, s.file("-cpsv-ap-no.jsonld"),
        CpsvApNo.jsonLd(s.catalog(), s.provenance(), s.date()).getBytes(StandardCharsets.UTF_8));
  }

  /** A zip of the documents, in name order, with a fixed time stamp so equal data gives equal bytes. */
  static byte[] zip(ExportFiles files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> f : files.files().entrySet()) {
        ZipEntry e = new ZipEntry(f.getKey());
        e.setTime(315532800000L); // 1980-01-01T00:00Z, the earliest zip time
        zip.putNextEntry(e);
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
