package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.api.MunicipalityLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the municipalities the plugins supply, as of a date. */
@Command(name = "municipalities", aliases = "kommuner", mixinStandardHelpOptions = true,
    description = {
        "Kommunene som plugins leverer, slik de var på en dato.",
        "The municipalities the plugins supply, as they were on a date."})
final class MunicipalitiesCommand extends CliCommand {

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Datoen (standard: i dag). / The date (default: today).")
  String date;

  /** One line of the JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Entry(String id, String name, LookupStatus status, Optional<MunicipalityNumber> number,
      Optional<County> county, Optional<Successor> successor, int servicesOnDate, String dataVersion,
      LocalDate verifiedOn, LocalDate dataFrom) {}

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(LocalDate date, List<Entry> municipalities) {}

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    List<Entry> entries = new ArrayList<>();
    for (Catalog c : registry().directory().catalogs()) {
      Municipality m = c.municipality();
      MunicipalityLookup l = registry().directory().lookup(m.id(), d);
      entries.add(new Entry(m.id(), m.name(), LookupStatus.of(l), m.numberOn(d), m.countyOn(d),
          l instanceof MunicipalityLookup.Merged ? Optional.of(((MunicipalityLookup.Merged) l).successor()) : Optional.empty(),
          l instanceof MunicipalityLookup.Found ? ((MunicipalityLookup.Found) l).services().size() : 0,
          c.dataVersion(), c.verifiedOn(), m.validity().from()));
    }
    if (json) {
      return printJson(new Answer(d, entries));
    }
    println(t("Kommuner per " + DATE.format(d) + ":", "Kommunar per " + DATE.format(d) + ":", "Municipalities on " + DATE.format(d) + ":"));
    if (entries.isEmpty()) {
      println(t("  (ingen kommune-plugins funnet på klassestien)", "  (fann ingen kommune-plugins på klassestigen)", "  (no municipality plugins found on the class path)"));
    }
    for (Entry e : entries) {
      StringBuilder sb = new StringBuilder("  ").append(e.name());
      switch (e.status()) {
        case FOUND:
          sb.append(" (").append(e.number().orElseThrow()).append(", ").append(e.county().orElseThrow().name()).append(") – ")
              .append(e.servicesOnDate()).append(t(" tjenester", " tenester", " services"));
          break;
        case MERGED:
          sb.append(e.successor().map(s -> t(" – slått sammen med " + s.name() + " (" + s.number() + ") fra " + DATE.format(s.from()),
        " – slått saman med " + s.name() + " (" + s.number() + ") frå " + DATE.format(s.from()),
              " – merged into " + s.name() + " (" + s.number() + ") on " + DATE.format(s.from())))
              .orElseThrow());
          break;
        case ENDED:
          sb.append(t(" – fantes ikke lenger", " – fanst ikkje lenger", " – no longer existed"));
          break;
        case EXISTED_NO_DATA:
          sb.append(t(" – fantes, men ingen data før " + DATE.format(e.dataFrom()), " – fanst, men ingen data før " + DATE.format(e.dataFrom()),
              " – existed, but no data before " + DATE.format(e.dataFrom())));
          break;
        case NOT_YET_ESTABLISHED:
          sb.append(t(" – fantes ikke ennå", " – fanst ikkje enno", " – did not exist yet"));
          break;
        case UNKNOWN: // not expected: the municipality is listed from its own catalog
        default:
          sb.append(t(" – ukjent", " – ukjend", " – unknown"));
          break;
      }
      sb.append(t("  [data ", "  [data ", "  [data ")).append(e.dataVersion())
          .append(t(", kontrollert ", ", kontrollert ", ", verified ")).append(DATE.format(e.verifiedOn())).append(']');
      println(sb.toString());
    }
    return RusomsorgCli.OK;
  }
}
