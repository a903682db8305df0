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
  record Answer(String query, LocalDate date, String status, Optional<Municipality> municipality,
      Optional<MunicipalityNumber> number, Optional<Successor> successor, Optional<String> dataVersion,
      Optional<LocalDate> verifiedOn, List<Service> services, Optional<SuccessorServices> successorServices,
      Optional<Baseline> baseline, List<Successor> successors) {}

  /** The successor's services, from its plugin or the national baseline. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record SuccessorServices(Municipality municipality, String status, List<Service> services) {}

  /** What marks a national baseline: the notice, the name forms, the governor's office and the sources. */
  record Baseline(no.rusomsorg.core.text.LocalizedText notice, List<String> nameForms, String county,
      no.rusomsorg.core.text.LocalizedText governorOffice, no.rusomsorg.register.RegisterSource registerSource) {
    static Baseline of(MunicipalityLookup.NationalBaseline b) {
      return new Baseline(b.notice(), b.nameForms(), b.county().name(), b.governorOffice().name(), b.registerSource());
    }
  }

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    MunicipalityLookup l = lookup(municipality, d);
    String status = l.status();
    if (l instanceof MunicipalityLookup.Existing) {
      MunicipalityLookup.Existing found = (MunicipalityLookup.Existing) l;
      Catalog c = found.catalog();
      Optional<Baseline> baseline = l instanceof MunicipalityLookup.NationalBaseline
          ? Optional.of(Baseline.of((MunicipalityLookup.NationalBaseline) l)) : Optional.empty();
      if (json) {
        return printJson(new Answer(municipality, d, status, Optional.of(found.municipality()),
            Optional.of(found.number()), Optional.empty(), Optional.of(c.dataVersion()), Optional.of(c.verifiedOn()),
            found.services(), Optional.empty(), baseline, List.of()));
      }
      printExisting(found, d);
      return RusomsorgCli.OK;
    }
    if (l instanceof MunicipalityLookup.Merged) {
      MunicipalityLookup.Merged merged = (MunicipalityLookup.Merged) l;
      Optional<MunicipalityLookup.Existing> next = merged.successorLookup() instanceof MunicipalityLookup.Existing
          ? Optional.of((MunicipalityLookup.Existing) merged.successorLookup()) : Optional.empty();
      Optional<SuccessorServices> successor = next.map(f -> new SuccessorServices(f.municipality(), f.status(),
          f.services()));
      Catalog history = merged.formerCatalog(); // only its data version and verification date are shown
      if (json) {
        printJson(new Answer(municipality, d, status, Optional.of(merged.former()), Optional.empty(),
            Optional.of(merged.successor()), Optional.of(history.dataVersion()), Optional.of(history.verifiedOn()),
            List.of(), successor, Optional.empty(), List.of()));
        return RusomsorgCli.NO_LONGER_EXISTS;
      }
      println(mergedMessage(merged));
      if (next.isPresent()) {
        println("");
        printExisting(next.get(), d);
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
            Optional.empty(), Optional.empty(), ended.successors()));
        return RusomsorgCli.NO_LONGER_EXISTS;
      }
      println(endedMessage(ended));
      return RusomsorgCli.NO_LONGER_EXISTS;
    }
    throw new CliException(exitCode(l), whyNotFound(l));
  }

  /** A plugin's municipality, or a national baseline with its notice, governor's office and sources. */
  private void printExisting(MunicipalityLookup.Existing found, LocalDate d) {
    Catalog c = found.catalog();
    if (found instanceof MunicipalityLookup.NationalBaseline) {
      MunicipalityLookup.NationalBaseline b = (MunicipalityLookup.NationalBaseline) found;
      println(t("NASJONAL GRUNNMODELL – ikke kommunens egne data.", "NASJONAL GRUNNMODELL – ikkje kommunen sine eigne data.",
          "NATIONAL BASELINE – not the municipality's own data."));
      println(baselineNotice(b));
      if (b.nameForms().size() > 1) {
        println(t("Offisielle navneformer: ", "Offisielle namneformer: ", "Official name forms: ") + String.join(", ", b.nameForms()));
      }
      println(t("Statsforvalter: ", "Statsforvaltar: ", "County governor: ") + t(b.governorOffice().name()));
      println("");
    }
    printServices(found.municipality(), found.number().toString(), found.services(), d);
    println("");
    println(t("Data: versjon " + c.dataVersion() + ", kontrollert mot kildene " + DATE.format(c.verifiedOn()) + ".",
        "Data: versjon " + c.dataVersion() + ", kontrollert mot kjeldene " + DATE.format(c.verifiedOn()) + ".",
        "Data: version " + c.dataVersion() + ", checked against the sources on " + DATE.format(c.verifiedOn()) + "."));
    if (found instanceof MunicipalityLookup.NationalBaseline) {
      String example = "'rusomsorg complaint " + found.number() + " " + found.services().get(0).id() + "'";
      println(t("Klage på vedtak (til kommunen, så statsforvalteren): " + example + " viser klageveien og fristene.",
          "Klage på vedtak (til kommunen, så statsforvaltaren): " + example + " viser klagevegen og fristane.",
          "Complaints about a decision (to the municipality, then the county governor): " + example
              + " shows the route and the deadlines."));
    }
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
