package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import no.rusomsorg.register.NationalRegister;
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

/**
 * Lists every municipality on a date: the plugins' municipalities (also those merged or not yet
 * established then) and every other municipality of the national register, with the national baseline.
 */
@Command(name = "municipalities", aliases = "kommuner", mixinStandardHelpOptions = true,
    description = {
        "Alle kommunene på en dato: de som plugins leverer, og resten fra det nasjonale kommuneregisteret (nasjonal grunnmodell).",
        "Every municipality on a date: those plugins supply, and the rest from the national register (national baseline)."})
final class MunicipalitiesCommand extends CliCommand {

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Datoen (standard: i dag). / The date (default: today).")
  String date;

  @Option(names = "--county", paramLabel = "FYLKE",
      description = "Bare kommunene i et fylke, etter nummer eller navn (f.eks. 46 eller Vestland). / Only one county's, by number or name.")
  String county;

  /** One line of the JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Entry(String id, String name, String status, Optional<MunicipalityNumber> number,
      Optional<County> county, Optional<Successor> successor, int servicesOnDate, String dataVersion,
      LocalDate verifiedOn, LocalDate dataFrom) {}

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(LocalDate date, List<Entry> municipalities) {}

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    List<Entry> entries = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (MunicipalityLookup.Existing e : registry().directory().municipalitiesOn(d)) {
      listed.add(e.municipality().id());
      entries.add(entry(e.catalog(), e, d));
    }
    for (Catalog c : registry().directory().catalogs()) { // plugins' municipalities that did not exist on the date
      if (!listed.contains(c.municipality().id())) {
        entries.add(entry(c, registry().directory().lookup(c.municipality().id(), d), d));
      }
    }
    if (county != null) {
      String wanted = NationalRegister.nameKey(county);
      entries.removeIf(e -> e.county().filter(c -> c.number().equals(county.trim())
          || NationalRegister.nameKey(c.name()).equals(wanted)).isEmpty());
    }
    if (json) {
      return printJson(new Answer(d, entries));
    }
    println(t("Kommuner per " + DATE.format(d) + (county == null ? "" : " i fylke " + county) + ": " + entries.size(),
        "Kommunar per " + DATE.format(d) + (county == null ? "" : " i fylke " + county) + ": " + entries.size(),
        "Municipalities on " + DATE.format(d) + (county == null ? "" : " in county " + county) + ": " + entries.size()));
    if (entries.isEmpty()) {
      println(t("  (ingen)", "  (ingen)", "  (none)"));
    }
    for (Entry e : entries) {
      StringBuilder sb = new StringBuilder("  ").append(e.name());
      switch (e.status()) {
        case MunicipalityLookup.FOUND:
          sb.append(" (").append(e.number().orElseThrow()).append(", ").append(e.county().orElseThrow().name()).append(") – ")
              .append(e.servicesOnDate()).append(t(" tjenester", " tenester", " services"));
          break;
        case MunicipalityLookup.NATIONAL_BASELINE:
          sb.append(" (").append(e.number().orElseThrow()).append(", ").append(e.county().orElseThrow().name()).append(") – ")
              .append(t("nasjonal grunnmodell", "nasjonal grunnmodell", "national baseline"));
          break;
        case MunicipalityLookup.MERGED:
          sb.append(e.successor().map(s -> t(" – slått sammen med " + s.name() + " (" + s.number() + ") fra " + DATE.format(s.from()),
        " – slått saman med " + s.name() + " (" + s.number() + ") frå " + DATE.format(s.from()),
              " – merged into " + s.name() + " (" + s.number() + ") on " + DATE.format(s.from())))
              .orElseThrow());
          break;
        case MunicipalityLookup.ENDED:
          sb.append(t(" – fantes ikke lenger", " – fanst ikkje lenger", " – no longer existed"));
          break;
        case MunicipalityLookup.EXISTED_NO_DATA:
          sb.append(t(" – fantes, men ingen data før " + DATE.format(e.dataFrom()),
              " – fanst, men ingen data før " + DATE.format(e.dataFrom()),
              " – existed, but no data before " + DATE.format(e.dataFrom())));
          break;
        case MunicipalityLookup.NOT_YET_ESTABLISHED:
          sb.append(t(" – fantes ikke ennå", " – fanst ikkje enno", " – did not exist yet"));
          break;
        default:
          sb.append(" – ").append(e.status());
          break;
      }
      if (!e.status().equals(MunicipalityLookup.NATIONAL_BASELINE)) {
        sb.append("  [data ").append(e.dataVersion())
            .append(t(", kontrollert ", ", kontrollert ", ", verified ")).append(DATE.format(e.verifiedOn())).append(']');
      }
      println(sb.toString());
    }
    return RusomsorgCli.OK;
  }

  private static Entry entry(Catalog c, MunicipalityLookup l, LocalDate d) {
    Municipality m = c.municipality();
    return new Entry(m.id(), m.name(), l.status(), m.numberOn(d), m.countyOn(d),
        l instanceof MunicipalityLookup.Merged ? Optional.of(((MunicipalityLookup.Merged) l).successor()) : Optional.empty(),
        l instanceof MunicipalityLookup.Existing ? ((MunicipalityLookup.Existing) l).services().size() : 0,
        c.dataVersion(), c.verifiedOn(), m.validity().from());
  }
}
