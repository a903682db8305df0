package no.rusomsorg.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The tool's error messages in bokmål, nynorsk and English, including picocli's own (a missing
 * parameter, an unknown option) and the library's {@link InvalidValueException}s, which name a model
 * field and a rule: the user sees the option they typed and a sentence in their language (ADR 0025).
 */
final class Messages {
  private Messages() {}

  /** A usage error whose message the tool wrote itself, already in the user's language. */
  static final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;

    UsageError(CommandLine cl, String message) {
      super(cl, message);
    }
  }

  static String pick(Language l, String nb, String nn, String en) {
    switch (l) {
      case NN:
        return nn;
      case EN:
        return en;
      default:
        return nb;
    }
  }

  /** The language asked for with {@code --lang} among raw arguments; bokmål when none or not valid. */
  static Language fromArgs(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String code = a.startsWith("--lang=") ? a.substring(7) : a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (code != null) {
        switch (code.trim().toLowerCase(Locale.ROOT)) {
          case "nn":
            return Language.NN;
          case "en":
            return Language.EN;
          default:
            return Language.NB;
        }
      }
    }
    return Language.NB;
  }

  /** What the user typed for an option or parameter: its long name, or its label. */
  static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec) {
      return ((OptionSpec) arg).longestName();
    }
    return arg.paramLabel();
  }

  /** A sentence for a usage error found by picocli or by the tool. */
  static String usage(ParameterException ex, Language l) {
    if (ex instanceof UsageError) {
      return ex.getMessage();
    }
    if (ex instanceof CommandLine.MissingParameterException) {
      List<String> names = new ArrayList<>();
      for (ArgSpec a : ((CommandLine.MissingParameterException) ex).getMissing()) {
        names.add(name(a));
      }
      String n = String.join(", ", names);
      return pick(l, "du må oppgi " + n, "du må oppgi " + n, "you must give " + n);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) ex;
      String first = u.getUnmatched().isEmpty() ? "" : RusomsorgCli.masked(u.getUnmatched().get(0));
      String text = first.startsWith("-")
          ? pick(l, "ukjent valg: " + first, "ukjent val: " + first, "unknown option: " + first)
          : pick(l, "uventet argument: " + first, "uventa argument: " + first, "unexpected argument: " + first);
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        String s = String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size())));
        text += pick(l, ". Mente du " + s + "?", ". Meinte du " + s + "?", ". Did you mean " + s + "?");
      }
      return text;
    }
    if (ex instanceof CommandLine.OverwrittenOptionException) {
      String n = name(((CommandLine.OverwrittenOptionException) ex).getOverwritten());
      return pick(l, n + " er gitt mer enn én gang", n + " er gitt meir enn éin gong", n + " was given more than once");
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return pick(l, "for mange argumenter", "for mange argument", "too many arguments");
    }
    if (ex.getArgSpec() != null) {
      String n = name(ex.getArgSpec());
      if (n.equals("--age")) {
        return pick(l, "en alder er et helt tall fra 0 til 130", "ein alder er eit heilt tal frå 0 til 130",
            "an age is a whole number from 0 to 130");
      }
      return pick(l, "ugyldig verdi for " + n, "ugyldig verdi for " + n, "invalid value for " + n);
    }
    return pick(l, "ugyldige argumenter", "ugyldige argument", "invalid arguments");
  }

  /**
   * A sentence for bad input the library rejected, naming the option and never the model's field or rule code.
   *
   * @param options the option that gave each model field, for the command that ran
   */
  static String invalid(InvalidValueException e, Map<String, String> options, Language l) {
    String field = e.field();
    int dot = field.lastIndexOf('.');
    String leaf = dot < 0 ? field : field.substring(dot + 1);
    String option = options.get(leaf);
    String what = option == null
        ? pick(l, "opplysningene", "opplysningane", "the input")
        : pick(l, "verdien for " + option, "verdien for " + option, "the value of " + option);
    switch (e.rule()) {
      case RANGE:
        return pick(l, what + " er utenfor det tillatte området", what + " er utanfor det tillatne området",
            what + " is out of the allowed range");
      case FORMAT:
        return pick(l, what + " har feil form", what + " har feil form", what + " is malformed");
      case CONSISTENCY:
      case ORDER:
        return pick(l, what + " passer ikke med resten av opplysningene",
            what + " passar ikkje med resten av opplysningane", what + " does not agree with the rest of the input");
      default:
        return pick(l, what + " kan ikke brukes", what + " kan ikkje brukast", what + " cannot be used");
    }
  }
}
