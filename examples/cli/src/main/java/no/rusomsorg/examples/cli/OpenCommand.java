package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.MunicipalityLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Whether a service can be reached at a moment: open now, the next opening, and who answers meanwhile. */
@Command(name = "open", aliases = "apent", mixinStandardHelpOptions = true,
    description = {
        "Er tjenesten åpen nå? Ellers: når den åpner igjen, og hvem som svarer i mellomtiden.",
        "Is the service open now? Otherwise: when it opens again, and who answers meanwhile.",
        "Åpningstidene er norsk tid og kjenner helligdagene. / Hours are Oslo time and know Norwegian holidays."})
final class OpenCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer. / Name or number.")
  String municipality;

  @Parameters(index = "1", paramLabel = "TJENESTE-ID", description = "Tjenestens id (se 'services'). / The service id.")
  String serviceId;

  @Option(names = "--at", paramLabel = "TIDSPUNKT",
      description = "Tidspunktet, f.eks. 2026-04-02T10:00 (norsk tid) eller med +02:00 (standard: nå)."
          + " / The moment, e.g. 2026-04-02T10:00 (Oslo time) or with an offset (default: now).")
  String at;

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(String municipality, String serviceId, LocalizedText serviceName, String at, boolean openNow,
      boolean answeredNow, List<ContactView> contacts) {}

  @Override
  int run() {
    ZonedDateTime moment = at == null ? now() : parseMoment("--at", at).withZoneSameInstant(RusomsorgCli.OSLO);
    LocalDate day = moment.toLocalDate();
    MunicipalityLookup.Existing found = existing(municipality, day);
    Catalog c = found.catalog();
    Service s = offeredService(c, serviceId, day);
    List<ContactView> contacts = registry().directory().contactsAt(found, s, moment).stream()
        .map(a -> ContactView.of(c, a, moment)).collect(Collectors.toList());
    boolean open = contacts.stream().anyMatch(ContactView::openNow);
    boolean answered = contacts.stream().anyMatch(ContactView::answeredNow);
    if (json) {
      return printJson(new Answer(c.municipality().name(), s.id(), s.name(), moment.toOffsetDateTime().toString(),
          open, answered, contacts));
    }
    println(t(s.name()) + " [" + s.id() + "] – " + c.municipality().name());
    println(t("Tidspunkt: ", "Tidspunkt: ", "At: ") + DATE_TIME.format(moment) + t(" (norsk tid)", " (norsk tid)", " (Oslo time)"));
    println(open ? t("ÅPENT nå.", "OPE no.", "OPEN now.")
        : answered ? t("STENGT nå, men telefonen blir besvart.", "STENGD no, men telefonen vert svart.", "CLOSED now, but the phone is answered.")
        : t("STENGT nå.", "STENGD no.", "CLOSED now."));
    if (contacts.isEmpty()) {
      println(t("Ingen kontaktpunkter er registrert for tjenesten.", "Ingen kontaktpunkt er registrerte for tenesta.", "No contact points are registered for the service."));
    }
    for (ContactView v : contacts) {
      println("");
      for (String line : v.lines(this)) {
        println("  " + line);
      }
    }
    if (!answered) {
      println("");
      println(t("Ved fare for liv: ring 113. Legevakten: 116 117 (hele døgnet).",
        "Ved fare for liv: ring 113. Legevakta: 116 117 (heile døgnet).",
          "If a life is in danger: call 113. Out-of-hours medical service: 116 117 (day and night)."));
    }
    return RusomsorgCli.OK;
  }
}
