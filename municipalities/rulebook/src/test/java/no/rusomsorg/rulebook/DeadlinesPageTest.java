package no.rusomsorg.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import org.junit.jupiter.api.Test;

/** deadlines.md covers every rule, and its worked examples say what the calculator computes. */
class DeadlinesPageTest {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final Pattern ROW = Pattern.compile(
      "^\\| (\\d\\d\\.\\d\\d\\.\\d{4}) \\| (\\d\\d\\.\\d\\d\\.\\d{4}) \\| (\\d\\d\\.\\d\\d\\.\\d{4}) \\|", Pattern.MULTILINE);

  private final String page = RuleBook.generate().get("deadlines.md");

  @Test
  void everyRuleHasItsSection() {
    for (DeadlineRule rule : DeadlineRule.values()) {
      assertThat(page).as(rule.id()).contains("## " + rule.title().nb() + " (`" + rule.id() + "`)");
      rule.legalReference().ifPresent(r -> assertThat(section(rule)).contains(r.lovdataUrl()));
      assertThat(section(rule)).contains("Fristen løper fra: " + rule.startEvent().nb());
    }
  }

  @Test
  void everyWorkedExampleIsWhatTheCalculatorComputes() {
    int checked = 0;
    for (DeadlineRule rule : DeadlineRule.values()) {
      Matcher m = ROW.matcher(section(rule));
      List<LocalDate> starts = new ArrayList<>();
      while (m.find()) {
        LocalDate start = LocalDate.parse(m.group(1), DATE);
        Deadline expected = DeadlineCalculator.standard().compute(rule, start);
        assertThat(LocalDate.parse(m.group(2), DATE)).as(rule.id() + " from " + start + ", plain date")
            .isEqualTo(expected.unextendedDue());
        assertThat(LocalDate.parse(m.group(3), DATE)).as(rule.id() + " from " + start + ", due date")
            .isEqualTo(expected.due());
        starts.add(start);
        checked++;
      }
      if (rule.period().isPresent() && !rule.needsEndDate()) {
        assertThat(starts).as(rule.id()).containsExactlyElementsOf(RuleBook.EXAMPLE_STARTS);
      } else {
        assertThat(starts).as(rule.id()).isEmpty();
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3 * (DeadlineRule.values().length - 2));
  }

  @Test
  void theExamplesMeetEasterAndChristmas() {
    assertThat(section(DeadlineRule.FVL_COMPLAINT))
        .contains("= 02.04.2026 (skjærtorsdag) → forlenget til 07.04.2026")
        .contains("= 25.12.2026 (første juledag) → forlenget til 28.12.2026");
  }

  private String section(DeadlineRule rule) {
    int from = page.indexOf("(`" + rule.id() + "`)");
    assertThat(from).as(rule.id()).isNotNegative();
    int to = page.indexOf("\n## ", from);
    return page.substring(from, to < 0 ? page.length() : to);
  }
}
