package no.rusomsorg.examples.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.guide.ComplaintGuide;
import no.rusomsorg.core.complaint.guide.ComplaintGuideRequest;
import no.rusomsorg.core.complaint.guide.ComplaintGuides;
import no.rusomsorg.core.complaint.guide.ImmutableComplaintGuideRequest;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Help to complain about a decision on a service (docs/adr/0026):
 * {@code GET /api/municipalities/{municipality}/services/{service}/complaint-help?decided=…&learnt=…}.
 * At least one of {@code decided} and {@code learnt} (YYYY-MM-DD); {@code date} is the day the person
 * writes (default today in Oslo by the injected clock); {@code regime} (municipal, fvl, pbrl, service,
 * coercion, consent) overrides the regime of the service's legal basis. The answer holds the guide, the
 * deadline's trace and the letter skeleton, each in bokmål, nynorsk and English. Errors as the rest of the
 * API: 400 for bad parameters, 404/410/422 for the municipality, 404 for an unknown service. Nothing of the
 * request is logged.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintHelpApi {
  private final MunicipalityDirectory directory;
  private final Clock clock;

  ComplaintHelpApi(MunicipalityRegistry registry, Clock clock) {
    this.directory = registry.directory();
    this.clock = clock;
  }

  /**
   * The answer.
   *
   * @param guide the guide
   * @param deadlineTrace how the deadline was computed, when there is one
   * @param letter the letter skeleton in each language, when there is something to complain about
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
  record ComplaintHelpAnswer(ComplaintGuide guide, Optional<LocalizedText> deadlineTrace,
      Optional<LocalizedText> letter) {}

  @GetMapping("/municipalities/{municipality}/services/{service}/complaint-help")
  ComplaintHelpAnswer complaintHelp(@PathVariable(name = "municipality") String municipality,
      @PathVariable(name = "service") String service,
      @RequestParam(name = "decided", required = false) String decided,
      @RequestParam(name = "learnt", required = false) String learnt,
      @RequestParam(name = "date", required = false) String date,
      @RequestParam(name = "regime", required = false) String regime) {
    LocalDate on = date("date", date).orElse(LocalDate.now(clock));
    ImmutableComplaintGuideRequest.Builder b = ComplaintGuideRequest.builder().on(on);
    date("decided", decided).ifPresent(b::decided);
    date("learnt", learnt).ifPresent(b::learnt);
    if (regime != null && !regime.isBlank()) {
      b.regime(regime(regime));
    }
    ComplaintGuideRequest request = b.build();
    Api.Resolved found = Api.resolve(directory.lookup(municipality, on));
    Service s = found.municipality().service(service)
        .orElseThrow(() -> new MunicipalityUnavailable(HttpStatus.NOT_FOUND, "service", Rule.REFERENCE,
            found.municipality().municipality().name() + " offers no service " + InvalidValueException.quote(service)
                + " on " + on));
    ComplaintGuide g = ComplaintGuides.standard().guide(found.municipality().catalog(), s, request);
    return new ComplaintHelpAnswer(g, g.deadline().map(d -> all(d::trace)),
        g.hasLetter() ? Optional.of(all(g::letter)) : Optional.empty());
  }

  private static LocalizedText all(java.util.function.Function<Language, String> text) {
    return LocalizedText.builder().nb(text.apply(Language.NB)).nn(text.apply(Language.NN)).en(text.apply(Language.EN))
        .build();
  }

  private static Optional<LocalDate> date(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(field, Rule.FORMAT, "a date is written YYYY-MM-DD, such as 2026-03-12");
    }
  }

  private static ComplaintRegime regime(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "municipal":
        return ComplaintRegime.FVL_MUNICIPAL;
      case "fvl":
        return ComplaintRegime.FVL;
      case "pbrl":
        return ComplaintRegime.PBRL;
      case "service":
        return ComplaintRegime.SERVICE_COMPLAINT;
      case "coercion":
        return ComplaintRegime.COERCION;
      case "consent":
        return ComplaintRegime.CONSENT_DETENTION;
      default:
        throw new InvalidValueException("regime", Rule.FORMAT,
            "the regime is one of municipal, fvl, pbrl, service, coercion, consent");
    }
  }
}
