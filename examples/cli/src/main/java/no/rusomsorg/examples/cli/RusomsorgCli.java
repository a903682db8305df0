package no.rusomsorg.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.RusomsorgException;
import no.rusomsorg.core.eligibility.ContradictoryFactsException;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.api.ProviderException;
import no.rusomsorg.core.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code rusomsorg} command: the library's questions answered on the command line, over the
 * municipality plugins found on the class path.
 *
 * <p>This is the only place that reads the system clock: {@link #main(String[])} passes the clock to
 * the commands, which use it only when {@code --date} or {@code --at} is not given. Tests pass a fixed
 * clock and their own registry through {@link #commandLine(Supplier, Clock)}.
 *
 * <p>Exit codes, the same in every command (ADR 0025): {@value #OK} answered; {@value #FAILURE} a plugin
 * or the tool failed; {@value #USAGE} bad arguments or input (also when none are given);
 * {@value #NOT_FOUND} the municipality, service or body asked about is unknown or did not exist on the
 * date; {@value #NO_LONGER_EXISTS} the municipality had merged or ended by the date (the answer names
 * who took over).
 */
@Command(
    name = "rusomsorg",
    mixinStandardHelpOptions = true,
    versionProvider = RusomsorgCli.Version.class,
    usageHelpAutoWidth = true,
    description = {
        "Kommunale rustjenester: tjenester, hvem som kan få dem, frister og klageveier.",
        "Kommunale rustenester: tenester, kven som kan få dei, fristar og klagevegar.",
        "Municipal substance-abuse services: services, who may get them, deadlines and complaint routes.",
        "",
        "--lang nb (bokmål), nn (nynorsk) eller/or en (English). Uten --lang / utan --lang / without --lang:"
            + " kommunens målform (nynorsk-kommune → nn), ellers/elles/otherwise nb. --json: JSON."},
    subcommands = {
        MunicipalitiesCommand.class,
        ServicesCommand.class,
        CheckCommand.class,
        DeadlineCommand.class,
        ComplaintCommand.class,
        ComplaintHelpCommand.class,
        OpenCommand.class,
        TriageCommand.class,
        RulesCommand.class,
        ExportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nAvslutningskoder / exit codes:%n",
    exitCodeList = {
        "0:svar gitt / answered",
        "1:en plugin eller verktøyet feilet / a plugin or the tool failed",
        "2:ugyldige argumenter eller opplysninger, eller ingen / bad or no arguments",
        "3:kommune, tjeneste eller organ finnes ikke på datoen / municipality, service or body not found on the date",
        "4:kommunen var slått sammen eller nedlagt på datoen / the municipality had merged or ended by the date"})
public final class RusomsorgCli implements java.util.concurrent.Callable<Integer> {
  /** Answered. */
  public static final int OK = 0;
  /** A plugin or the tool failed. */
  public static final int FAILURE = 1;
  /** Bad arguments or input, or none given; picocli's usage-error code. */
  public static final int USAGE = 2;
  /** The municipality, service or body asked about is unknown, or did not exist on the date. */
  public static final int NOT_FOUND = 3;
  /** The municipality had merged into another or ended by the date; the answer says who took over. */
  public static final int NO_LONGER_EXISTS = 4;

  /** The zone in which "today" and "now" are read, and in which opening hours are given. */
  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final Supplier<MunicipalityRegistry> registrySupplier;
  private final Clock clock;
  private MunicipalityRegistry registry;

  @Spec
  CommandSpec spec;

  private RusomsorgCli(Supplier<MunicipalityRegistry> registrySupplier, Clock clock) {
    this.registrySupplier = Objects.requireNonNull(registrySupplier, "registrySupplier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs the tool with the plugins on the class path and the system clock in Oslo time.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = commandLine(MunicipalityRegistry::discover, Clock.system(OSLO)).execute(args);
    System.exit(code);
  }

  /**
   * A configured command line: output to the given streams is set by the caller with
   * {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @param registry where the municipality plugins come from; called at most once, when a command needs it
   * @param clock the clock that says what "today" and "now" are when no date is given
   * @return the command line
   */
  public static CommandLine commandLine(Supplier<MunicipalityRegistry> registry, Clock clock) {
    CommandLine cl = new CommandLine(new RusomsorgCli(registry, clock));
    cl.setUsageHelpLongOptionsMaxWidth(24);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(RusomsorgCli::onParameterError);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        onExecutionError(ex, commandLine, Arrays.asList(parseResult.originalArgs().toArray(new String[0]))));
    return cl;
  }

  /** Without a command: the usage on standard error, and the usage-error code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  Clock clock() {
    return clock;
  }

  MunicipalityRegistry registry() {
    if (registry == null) {
      registry = registrySupplier.get();
    }
    return registry;
  }

  private static int onParameterError(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    Language l = Messages.fromArgs(Arrays.asList(args));
    err.println(cl.getColorScheme().errorText("rusomsorg: " + Messages.usage(ex, l)));
    err.println(Messages.pick(l, "Se '", "Sjå '", "See '") + cl.getCommandSpec().qualifiedName() + " --help'"
        + Messages.pick(l, " for bruk.", " for bruk.", " for usage."));
    err.flush();
    return USAGE;
  }

  /**
   * An error text with every run of five or more digits replaced by asterisks: picocli repeats a
   * rejected argument, and a stray argument may be a national identity number or a birth date typed
   * as digits. Dates written with separators, municipality numbers and ages stay readable.
   */
  static String masked(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      int j = i;
      while (j < message.length() && Character.isDigit(message.charAt(j))) {
        j++;
      }
      if (j - i >= 5) {
        sb.append("*****");
        i = j;
      } else if (j > i) {
        sb.append(message, i, j);
        i = j;
      } else {
        sb.append(message.charAt(i));
        i++;
      }
    }
    return sb.toString();
  }

  private static int onExecutionError(Exception ex, CommandLine cl, java.util.List<String> args) {
    PrintWriter err = cl.getErr();
    Object command = cl.getCommand();
    Language l = command instanceof CliCommand && ((CliCommand) command).resolvedLanguage() != null
        ? ((CliCommand) command).resolvedLanguage() : Messages.fromArgs(args);
    int code;
    String message;
    if (ex instanceof CliException) {
      code = ((CliException) ex).exitCode();
      message = ex.getMessage();
    } else if (ex instanceof ProviderException) {
      code = FAILURE;
      message = Messages.pick(l, "en kommune-plugin kunne ikke lastes: ", "ein kommune-plugin kunne ikkje lastast: ",
          "a municipality plugin could not be loaded: ") + ex.getMessage();
    } else if (ex instanceof InvalidValueException) {
      code = USAGE;
      java.util.Map<String, String> options = command instanceof CliCommand
          ? ((CliCommand) command).fieldOptions() : java.util.Map.of();
      message = Messages.invalid((InvalidValueException) ex, options, l);
    } else if (ex instanceof ContradictoryFactsException) {
      code = USAGE;
      message = Messages.pick(l, "opplysningene om personen motsier hverandre", "opplysningane om personen motseier kvarandre",
          "the facts about the person contradict each other");
    } else if (ex instanceof RusomsorgException) {
      code = NOT_FOUND;
      message = Messages.pick(l, "fant ikke det du spurte om: ", "fann ikkje det du spurde om: ", "not found: ")
          + masked(ex.getMessage());
    } else {
      code = FAILURE;
      message = Messages.pick(l, "intern feil: ", "intern feil: ", "internal error: ") + ex.getClass().getName()
          + (ex.getMessage() == null ? "" : ": " + masked(ex.getMessage()));
    }
    err.println(cl.getColorScheme().errorText("rusomsorg: " + message));
    err.flush();
    return code;
  }

  /** Prints the project version, written into the jar by the build (a filtered resource). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = RusomsorgCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the build");
        }
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      return new String[] {"rusomsorg " + p.getProperty("version")};
    }
  }
}
