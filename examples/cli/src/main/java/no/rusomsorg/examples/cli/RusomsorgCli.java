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
 * <p>Exit codes: {@value #OK} success; {@value #FAILURE} a plugin or the tool failed; {@value #USAGE}
 * bad arguments (picocli's usage-error code); {@value #NOT_FOUND} the municipality, service or body
 * asked about does not exist on the date.
 */
@Command(
    name = "rusomsorg",
    mixinStandardHelpOptions = true,
    versionProvider = RusomsorgCli.Version.class,
    description = {
        "Kommunale rustjenester: tjenester, hvem som kan få dem, frister og klageveier.",
        "Municipal substance-abuse services: services, who may get them, deadlines and complaint routes.",
        "",
        "Tekst på bokmål som standard; --lang en gir engelsk. --json gir maskinlesbar utdata."},
    subcommands = {
        MunicipalitiesCommand.class,
        ServicesCommand.class,
        CheckCommand.class,
        DeadlineCommand.class,
        ComplaintCommand.class,
        OpenCommand.class,
        TriageCommand.class,
        RulesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:OK",
        "1:a plugin or the tool failed",
        "2:bad arguments (usage error)",
        "3:municipality, service or body not found on the date"})
public final class RusomsorgCli implements Runnable {
  /** Success. */
  public static final int OK = 0;
  /** A plugin or the tool failed. */
  public static final int FAILURE = 1;
  /** Bad arguments; picocli's usage-error code. */
  public static final int USAGE = 2;
  /** The municipality, service or body asked about does not exist on the date. */
  public static final int NOT_FOUND = 3;

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
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(RusomsorgCli::onParameterError);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        onExecutionError(ex, commandLine, Arrays.asList(parseResult.originalArgs().toArray(new String[0]))));
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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

  private static boolean english(java.util.List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equalsIgnoreCase("--lang=en") || (a.equals("--lang") && i + 1 < args.size()
          && args.get(i + 1).equalsIgnoreCase("en"))) {
        return true;
      }
    }
    return false;
  }

  private static int onParameterError(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    boolean en = english(Arrays.asList(args));
    err.println(cl.getColorScheme().errorText("rusomsorg: " + masked(ex.getMessage())));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println((en ? "See '" : "Se '") + cl.getCommandSpec().qualifiedName() + " --help'"
        + (en ? " for usage." : " for bruk."));
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
    boolean en = english(args);
    int code;
    String message;
    if (ex instanceof CliException) {
      code = ((CliException) ex).exitCode();
      message = ex.getMessage();
    } else if (ex instanceof ProviderException) {
      code = FAILURE;
      message = (en ? "a municipality plugin could not be loaded: " : "en kommune-plugin kunne ikke lastes: ")
          + ex.getMessage();
    } else if (ex instanceof ContradictoryFactsException || ex instanceof InvalidValueException) {
      code = USAGE;
      message = (en ? "invalid input: " : "ugyldige opplysninger: ") + masked(ex.getMessage());
    } else if (ex instanceof RusomsorgException) {
      code = NOT_FOUND;
      message = ex.getMessage();
    } else {
      code = FAILURE;
      message = (en ? "internal error: " : "intern feil: ") + ex.getClass().getName()
          + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }
    err.println(cl.getColorScheme().errorText("rusomsorg: " + message));
    err.flush();
    return code;
  }

  /** Prints the project version from the jar's manifest, if there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RusomsorgCli.class.getPackage().getImplementationVersion();
      return new String[] {"rusomsorg " + (v == null ? "(development build)" : v)};
    }
  }
}
