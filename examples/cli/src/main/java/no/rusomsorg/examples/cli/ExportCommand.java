package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.interop.CpsvApNo;
import no.rusomsorg.interop.ExportFiles;
import no.rusomsorg.interop.Hsds;
import no.rusomsorg.interop.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Exports a municipality's services to a directory standard: Open Referral HSDS 3.0 (JSON documents) or
 * CPSV-AP-NO 1.1 (Turtle and JSON-LD). Every export says where its data comes from: the municipality's own
 * plugin, or the national baseline.
 */
@Command(name = "export", aliases = "eksport", mixinStandardHelpOptions = true,
    description = {
        "Eksporterer en kommunes tjenester til HSDS 3.0 eller CPSV-AP-NO 1.1 i en mappe.",
        "Exports a municipality's services to HSDS 3.0 or CPSV-AP-NO 1.1 in a directory."})
final class ExportCommand extends CliCommand {

  /** The formats. */
  enum Format {
    HSDS, CPSV_AP_NO;

    String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer, f.eks. Sandnes eller 1108. / Name or number.")
  String municipality;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "hsds eller cpsv-ap-no. / hsds or cpsv-ap-no.")
  String format;

  @Option(names = "--out", paramLabel = "MAPPE",
      description = "Mappen filene skrives til (standard: export/<kommune>/<format>). / The directory (default: export/<municipality>/<format>).")
  Path out;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Datoen eksporten beskriver (standard: i dag). / The date the export describes (default: today).")
  String date;

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(String query, LocalDate date, String format, String municipality, String provenance,
      String statement, String directory, List<String> files) {}

  private Format format() {
    for (Format f : Format.values()) {
      if (f.code().equals(format == null ? "" : format.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw usage("ukjent format '" + format + "' (bruk hsds eller cpsv-ap-no)",
        "ukjent format '" + format + "' (bruk hsds eller cpsv-ap-no)",
        "unknown format '" + format + "' (use hsds or cpsv-ap-no)");
  }

  @Override
  int run() {
    Format f = format();
    LocalDate d = dateOrToday("--date", date);
    MunicipalityLookup l = lookup(municipality, d);
    Catalog catalog;
    Provenance provenance;
    if (l instanceof MunicipalityLookup.Found) {
      catalog = ((MunicipalityLookup.Found) l).catalog();
      provenance = Provenance.plugin(pluginOf(catalog));
    } else if (l instanceof MunicipalityLookup.NationalBaseline) {
      // no plugin: the national baseline, and every export says so
      catalog = ((MunicipalityLookup.NationalBaseline) l).catalog();
      provenance = Provenance.nationalBaselineOf(catalog);
    } else {
      // merged, ended, not yet established, no data, ambiguous or unknown: nothing current to export
      throw new CliException(exitCode(l), whyNotFound(l));
    }
    ExportFiles files = f == Format.HSDS ? Hsds.export(catalog, provenance, d) : CpsvApNo.export(catalog, provenance, d);
    Path dir = out != null ? out : Path.of("export", catalog.municipality().id(), f.code());
    List<String> names = new ArrayList<>();
    for (Path p : files.writeTo(dir)) {
      names.add(p.getFileName().toString());
    }
    String statement = t(provenance.statement());
    if (json) {
      return printJson(new Answer(municipality, d, f.code(), catalog.municipality().name(),
          provenance.kind().name(), statement, dir.toString(), names));
    }
    println(t(catalog.municipality().name() + ": " + names.size() + " filer (" + f.code() + ") skrevet til " + dir,
        catalog.municipality().name() + ": " + names.size() + " filer (" + f.code() + ") skrivne til " + dir,
        catalog.municipality().name() + ": " + names.size() + " files (" + f.code() + ") written to " + dir));
    for (String n : names) {
      println("  " + n);
    }
    println(statement);
    return RusomsorgCli.OK;
  }

  private String pluginOf(Catalog catalog) {
    for (MunicipalityRegistry.LoadedProvider p : registry().providers()) {
      if (p.catalog() == catalog || p.catalog().equals(catalog)) {
        return p.name();
      }
    }
    return catalog.municipality().name();
  }
}
