package no.rusomsorg.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.rusomsorg.core.pathway.Situation;
import no.rusomsorg.core.pathway.Step;
import no.rusomsorg.core.pathway.Triage;
import no.rusomsorg.core.pathway.TriageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The national pathway: ordered next steps for a situation, with contacts and deadlines. */
@Command(name = "triage", mixinStandardHelpOptions = true,
    description = {
        "Neste steg ut fra situasjonen, med hvem du kontakter og frister.",
        "Next steps for a situation, with whom to contact and deadlines.",
        "",
        "  life      livet er i fare / life in danger",
        "  acute     akutt behov / acute need",
        "  severe    alvorlig rusproblem / severe problem",
        "  mild      lett eller moderat / mild or moderate",
        "  relative  pårørende som søker hjelp / a relative seeking help"})
final class TriageCommand extends CliCommand {
  static final Map<String, Situation> SITUATIONS = Map.of(
      "life", Situation.LIFE_IN_DANGER,
      "acute", Situation.ACUTE_NEED,
      "severe", Situation.SEVERE,
      "mild", Situation.MILD_OR_MODERATE,
      "relative", Situation.RELATIVE_SEEKING_HELP);

  @Option(names = "--situation", required = true, paramLabel = "SITUASJON",
      description = "life, acute, severe, mild eller relative. / life, acute, severe, mild or relative.")
  String situation;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Dagen spørsmålet gjelder (standard: i dag). / The day asked about (default: today).")
  String date;

  @Option(names = "--referral-received", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Dagen en henvisning kom fram, for vurderingsfristen. / The day a referral was received, for the assessment deadline.")
  String referralReceived;

  /** The JSON answer: the library's steps. */
  record Answer(Situation situation, LocalDate date, List<Step> steps) {}

  @Override
  java.util.Map<String, String> fieldOptions() {
    return java.util.Map.of("start", "--referral-received", "date", "--date");
  }

  @Override
  int run() {
    Situation s = SITUATIONS.get(lower(situation.trim()));
    if (s == null) {
      throw usage("ukjent situasjon '" + situation + "': bruk life, acute, severe, mild eller relative",
        "ukjend situasjon '" + situation + "': bruk life, acute, severe, mild eller relative",
          "unknown situation '" + situation + "': use life, acute, severe, mild or relative");
    }
    LocalDate day = dateOrToday("--date", date);
    Optional<LocalDate> referral = referralReceived == null
        ? Optional.empty() : Optional.of(parseDate("--referral-received", referralReceived));
    List<Step> steps = Triage.standard().nextSteps(
        TriageRequest.builder().situation(s).date(day).referralReceived(referral).build());
    if (json) {
      return printJson(new Answer(s, day, steps));
    }
    println(t(s.title()) + " – " + DATE.format(day));
    for (Step step : steps) {
      println("");
      println(step.order() + ". " + t(step.title()));
      println("   " + t(step.action()));
      StringBuilder who = new StringBuilder("   " + t("Kontakt: ", "Kontakt: ", "Contact: ") + t(step.contact().name()));
      step.contact().phone().ifPresent(p -> who.append(", ").append(p.national()));
      if (step.contact().available24x7()) {
        who.append(t(" (døgnåpent)", " (ope heile døgnet)", " (around the clock)"));
      }
      println(who.toString());
      step.deadline().ifPresent(d -> println("   " + t("Frist: ", "Frist: ", "Due: ") + DATE.format(d.due()) + " – " + d.trace(lang())));
      step.legalReference().ifPresent(ref -> println("   " + t("Hjemmel: ", "Heimel: ", "Legal basis: ") + cite(ref)));
    }
    return RusomsorgCli.OK;
  }
}
