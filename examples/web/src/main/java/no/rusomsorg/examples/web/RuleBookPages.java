package no.rusomsorg.examples.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rule book's HTML edition at {@code /regler} (bokmål), {@code /regler/nn} and {@code /regler/en}:
 * the pages {@code municipalities/rulebook} generates into {@code docs/rulebook/html}, which the build
 * copies onto the class path under {@code regler/} (ADR 0029). Only the generated file names are
 * served; the pages carry no script or inline style, so the app's Content-Security-Policy holds.
 */
@RestController
class RuleBookPages {
  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
  private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

  @GetMapping({"/regler", "/regler/"})
  ResponseEntity<byte[]> index() {
    return page("", "index", "nb");
  }

  @GetMapping({"/regler/{lang:nn|en}", "/regler/{lang:nn|en}/"})
  ResponseEntity<byte[]> index(@PathVariable("lang") String lang) {
    return page(lang + "/", "index", lang);
  }

  @GetMapping("/regler/{page:[a-z]+}.html")
  ResponseEntity<byte[]> bokmal(@PathVariable("page") String page) {
    return page("", page, "nb");
  }

  @GetMapping("/regler/{lang:nn|en}/{page:[a-z]+}.html")
  ResponseEntity<byte[]> other(@PathVariable("lang") String lang, @PathVariable("page") String page) {
    return page(lang + "/", page, lang);
  }

  @GetMapping("/regler/regler.css")
  ResponseEntity<byte[]> stylesheet() {
    return ResponseEntity.ok().contentType(CSS).body(read("regler/regler.css"));
  }

  private static ResponseEntity<byte[]> page(String folder, String page, String lang) {
    return ResponseEntity.ok().contentType(HTML).header("Content-Language", lang)
        .body(read("regler/" + folder + page + ".html"));
  }

  private static byte[] read(String resource) {
    try (InputStream in = RuleBookPages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
