package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Computes a legal deadline with the library's calculator and shows how it was computed. */
@Command(name = "deadline", aliases = "frist", mixinStandardHelpOptions = true,
    description = {
        "Regner ut en lovbestemt frist og viser utregningen.",
        "Computes a statutory deadline and shows the computation.",
        "",
        "  fvl      klagefrist, forvaltningsloven § 29 (3 uker fra vedtaket kom fram)",
        "  pbrl     klagefrist, pasient- og brukerrettighetsloven § 7-5 (4 uker)",
        "  tsb      vurdering av henvisning til spesialisthelsetjenesten, pbrl § 2-2 (10 virkedager)",
        "  interim  foreløpig svar, forvaltningsloven § 11 a (1 måned)"})
final class DeadlineCommand extends CliCommand {
  static final Map<String, DeadlineRule> RULES = Map.of(
      "fvl", DeadlineRule.FVL_COMPLAINT,
      "pbrl", DeadlineRule.PBRL_COMPLAINT,
      "tsb", DeadlineRule.TSB_REFERRAL_ASSESSMENT,
      "interim", DeadlineRule.FVL_INTERIM_REPLY);

  @Option(names = "--rule", required = true, paramLabel = "REGEL", completionCandidates = RuleNames.class,
      description = "fvl, pbrl, tsb eller interim. / fvl, pbrl, tsb or interim.")
  String rule;

  @Option(names = "--from", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Dagen fristen løper fra (standard: i dag). / The day the deadline runs from (default: today).")
  String from;

  /** The JSON answer: the library's deadline value, with its title, legal reference and trace. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(Deadline deadline, LocalizedText title, LocalizedText startEvent,
      Optional<LegalReference> legalReference, Optional<String> lovdataUrl, String trace) {}

  /** The rule names, for the help and shell completion. */
  static final class RuleNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    RuleNames() {
      super(java.util.List.of("fvl", "pbrl", "tsb", "interim"));
    }
  }

  @Override
  java.util.Map<String, String> fieldOptions() {
    return java.util.Map.of("start", "--from", "date", "--date");
  }

  @Override
  int run() {
    DeadlineRule r = RULES.get(lower(rule.trim()));
    if (r == null) {
      throw usage("ukjent regel '" + rule + "': bruk fvl, pbrl, tsb eller interim",
        "ukjend regel '" + rule + "': bruk fvl, pbrl, tsb eller interim",
          "unknown rule '" + rule + "': use fvl, pbrl, tsb or interim");
    }
    LocalDate start = dateOrToday("--from", from);
    Deadline d = DeadlineCalculator.standard().compute(r, start);
    if (json) {
      return printJson(new Answer(d, r.title(), r.startEvent(), d.legalReference(),
          d.legalReference().map(LegalReference::lovdataUrl), d.trace(lang())));
    }
    println(t(r.title()));
    println(t("Frist: ", "Frist: ", "Due: ") + DATE.format(d.due()) + " (" + d.due().getDayOfWeek()
        .getDisplayName(java.time.format.TextStyle.FULL, lang().locale()) + ")");
    println(t("Regnet fra: ", "Rekna frå: ", "Counted from: ") + DATE.format(d.start()) + " – " + t(r.startEvent()));
    println(t("Utregning: ", "Utrekning: ", "Computation: ") + d.trace(lang()));
    d.extensionReason().ifPresent(x -> println(t("Hoppet over: ", "Hoppa over: ", "Skipped: ") + t(x)));
    d.legalReference().ifPresent(ref -> println(t("Hjemmel: ", "Heimel: ", "Legal basis: ") + cite(ref) + " – " + ref.lovdataUrl()));
    return RusomsorgCli.OK;
  }
}
