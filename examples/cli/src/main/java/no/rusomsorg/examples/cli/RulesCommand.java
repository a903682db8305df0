package no.rusomsorg.examples.cli;

import java.time.LocalDate;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.rulebook.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One service's rules as the rule book writes them (docs/rulebook, ADR 0029): who it is for as a
 * sentence built from its criterion, what each condition rests on, the legal basis, the published
 * promises and complaint information with any discrepancy from the statute, and the sources with the
 * dates they were checked.
 */
@Command(name = "rules", aliases = "regler", mixinStandardHelpOptions = true,
    description = {
        "Reglene for én tjeneste slik regelboken skriver dem: hvem den er for, hjemmel, løfter, klageinformasjon"
            + " og kilder.",
        "One service's rules as the rule book writes them: who it is for, legal basis, promises, complaint"
            + " information and sources."})
final class RulesCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer. / Name or number.")
  String municipality;

  @Parameters(index = "1", paramLabel = "TJENESTE-ID", description = "Tjenestens id (se 'services'). / The service id.")
  String serviceId;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Datoen reglene gjelder (standard: i dag). / The date of the rules (default: today).")
  String date;

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    Catalog c = existing(municipality, d).catalog();
    Service s = offeredService(c, serviceId, d);
    if (json) {
      return printJson(s);
    }
    out().print(RuleBook.service(c, s, registry().directory(), lang(), d));
    out().flush();
    return RusomsorgCli.OK;
  }
}
