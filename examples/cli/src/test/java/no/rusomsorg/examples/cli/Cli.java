package no.rusomsorg.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.examples.cli.fixtures.NordvikProvider;
import no.rusomsorg.examples.cli.fixtures.SorvikProvider;
import no.rusomsorg.api.MunicipalityRegistry;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** Runs the tool in-process with captured output, a fixed clock and the fictional municipalities. */
final class Cli {
  /** Maundy Thursday 2026, 10:00 in Oslo: a holiday, so weekday hours are closed. */
  static final ZonedDateTime NOW = ZonedDateTime.parse("2026-04-02T10:00:00+02:00[Europe/Oslo]");

  record Result(int code, String out, String err) {
    JsonNode json() {
      return RusomsorgJson.strict().mapper().readTree(out);
    }
  }

  static MunicipalityRegistry fictional() {
    // without the national register: logic tests run on fictional municipalities only (NationalCliTest has the register)
    return MunicipalityRegistry.builder().add(new NordvikProvider()).add(new SorvikProvider())
        .nationalRegister(false).build();
  }

  static Result run(String... args) {
    return run(Cli::fictional, args);
  }

  static Result run(Supplier<MunicipalityRegistry> registry, String... args) {
    CommandLine cl = RusomsorgCli.commandLine(registry, Clock.fixed(NOW.toInstant(), NOW.getZone()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private Cli() {}
}
