package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.api.MunicipalityLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists a municipality's services as of a date; a merged municipality is answered with its successor. */
@Command(name = "services", aliases = "tjenester", mixinStandardHelpOptions = true,
    description = {
        "Tjenestene en kommune tilbød på en dato. En kommune som er slått sammen, svarer med hvem som overtok.",
        "The services a municipality offered on a date. A merged municipality answers with its successor."})
final class ServicesCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer, f.eks. Sandnes eller 1108. / Name or number.")
  String municipality;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Datoen (standard: i dag). / The date (default: today).")
  String date;

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(String query, LocalDate date, LookupStatus status, Optional<Municipality> municipality,
      Optional<MunicipalityNumber> number, Optional<Successor> successor, Optional<String> dataVersion,
      Optional<LocalDate> verifiedOn, List<Service> services, Optional<SuccessorServices> successorServices) {}

  /** The successor's services, when a plugin supplies the successor. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record SuccessorServices(Municipality municipality, List<Service> services) {}

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    MunicipalityLookup l = lookup(municipality, d);
    LookupStatus status = LookupStatus.of(l);
    if (l instanceof MunicipalityLookup.Found) {
      MunicipalityLookup.Found found = (MunicipalityLookup.Found) l;
      Catalog c = found.catalog();
      if (json) {
        return printJson(new Answer(municipality, d, status, Optional.of(found.municipality()),
            Optional.of(found.number()), Optional.empty(), Optional.of(c.dataVersion()), Optional.of(c.verifiedOn()),
            found.services(), Optional.empty()));
      }
      printServices(found.municipality(), found.number().toString(), found.services(), d);
      println("");
      println(t("Data: versjon " + c.dataVersion() + ", kontrollert mot kildene " + DATE.format(c.verifiedOn()) + ".",
        "Data: versjon " + c.dataVersion() + ", kontrollert mot kjeldene " + DATE.format(c.verifiedOn()) + ".",
          "Data: version " + c.dataVersion() + ", checked against the sources on " + DATE.format(c.verifiedOn()) + "."));
      return RusomsorgCli.OK;
    }
    if (l instanceof MunicipalityLookup.Merged) {
      MunicipalityLookup.Merged merged = (MunicipalityLookup.Merged) l;
      Optional<MunicipalityLookup.Found> next = merged.successorLookup() instanceof MunicipalityLookup.Found
          ? Optional.of((MunicipalityLookup.Found) merged.successorLookup()) : Optional.empty();
      Optional<SuccessorServices> successor = next.map(f -> new SuccessorServices(f.municipality(), f.services()));
      Catalog history = merged.formerCatalog(); // only its data version and verification date are shown
      if (json) {
        printJson(new Answer(municipality, d, status, Optional.of(merged.former()), Optional.empty(),
            Optional.of(merged.successor()), Optional.of(history.dataVersion()), Optional.of(history.verifiedOn()),
            List.of(), successor));
        return RusomsorgCli.NO_LONGER_EXISTS;
      }
      println(mergedMessage(merged));
      if (next.isPresent()) {
        println("");
        printServices(next.get().municipality(), next.get().number().toString(), next.get().services(), d);
      } else {
        String s = merged.successor().name();
        println(t("Ingen plugin leverer tjenestene til " + s + ".", "Ingen plugin leverer tenestene til " + s + ".", "No plugin supplies the services of " + s + "."));
      }
      return RusomsorgCli.NO_LONGER_EXISTS;
    }
    if (l instanceof MunicipalityLookup.Ended) {
      MunicipalityLookup.Ended ended = (MunicipalityLookup.Ended) l;
      Catalog history = ended.formerCatalog(); // only its data version and verification date are shown
      if (json) {
        printJson(new Answer(municipality, d, status, Optional.of(ended.former()), Optional.empty(),
            Optional.empty(), Optional.of(history.dataVersion()), Optional.of(history.verifiedOn()), List.of(),
            Optional.empty()));
        return RusomsorgCli.NO_LONGER_EXISTS;
      }
      println(endedMessage(ended));
      return RusomsorgCli.NO_LONGER_EXISTS;
    }
    throw new CliException(exitCode(l), whyNotFound(l));
  }

  private void printServices(Municipality m, String number, List<Service> services, LocalDate d) {
    String county = m.countyOn(d).map(x -> ", " + x.name()).orElse("");
    println(t(m.name() + " kommune (" + number + county + ") – " + services.size() + " tjenester per " + DATE.format(d),
        m.name() + " kommune (" + number + county + ") – " + services.size() + " tenester per " + DATE.format(d),
        "Municipality of " + m.name() + " (" + number + county + ") – " + services.size() + " services on " + DATE.format(d)));
    for (Service s : services) {
      println("");
      println("  " + t(s.name()) + "  [" + s.id() + "]");
      StringBuilder line = new StringBuilder("    ").append(s.kind().label(lang())).append(" · ")
          .append(t(s.accessMode().label()));
      s.requisitionedBy().ifPresent(a -> line.append(" (").append(a).append(')'));
      line.append(" · ").append(cost(s.cost()));
      println(line.toString());
      println("    " + t("Målgruppe: ", "Målgruppe: ", "Target group: ") + (s.targetGroups().isEmpty()
          ? t("ikke oppgitt i kilden", "ikkje oppgitt i kjelda", "not stated by the source")
          : s.targetGroups().stream().map(g -> t(g.label())).collect(Collectors.joining(", "))));
      if (s.accessMode() == no.rusomsorg.core.service.AccessMode.APPLICATION_AND_DECISION) {
        println("    " + t("I målgruppen betyr at du kan søke; kommunen avgjør.", "I målgruppa tyder at du kan søkje; kommunen avgjer.",
            "Being in the target group means you may apply; the municipality decides."));
      }
      for (ResponsePromise p : s.responsePromises()) {
        PeriodSpec period = p.period();
        String when = period.amount() == 0 ? t("samme dag", "same dag", "the same day")
            : !period.isRange() ? unit(period.unit(), period.amount())
            : period.minAmount() == 0 ? t("innen ", "innan ", "within ") + unit(period.unit(), period.amount())
            : period.minAmount() + "–" + unit(period.unit(), period.amount());
        println("    " + t(p.what()) + ": " + when);
      }
      if (!s.legalBasis().isEmpty()) {
        println("    " + t("Hjemmel: ", "Heimel: ", "Legal basis: ")
            + s.legalBasis().stream().map(this::cite).collect(Collectors.joining(", ")));
      }
    }
  }

  /** "gratis", the fee in words, or that the source states no price (never shown as a fee). */
  private String cost(Cost c) {
    switch (c.kind()) {
      case FREE:
        return t("gratis", "gratis", "free");
      case FEE:
        return t("egenandel: ", "eigendel: ", "fee: ") + t(c.description().orElseThrow());
      default:
        return t("pris ikke oppgitt", "pris ikkje oppgitt", "price not stated") + c.description().map(d -> " (" + t(d) + ")").orElse("");
    }
  }

  /** "1 uke", "3 uker", "2 virkedager": the amount with the unit in the right number. */
  private String unit(no.rusomsorg.core.deadline.PeriodUnit u, int amount) {
    return amount + " " + u.label(amount, lang());
  }

}
