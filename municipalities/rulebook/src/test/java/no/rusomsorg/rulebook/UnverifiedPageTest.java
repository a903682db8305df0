package no.rusomsorg.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.calendar.Holiday;
import no.rusomsorg.core.complaint.ComplaintHelp;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.law.Statutes;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

/**
 * unverified.md lists every unverified reference in the rules, regimes and catalogs, and none that
 * the law table verifies. The references are collected here independently of the generator.
 */
class UnverifiedPageTest {
  private static final Pattern ENTRY = Pattern.compile("^- \\[([^\\]]+)\\]\\(", Pattern.MULTILINE);

  @Test
  void listsEveryUnverifiedReferenceAndNoVerifiedOne() {
    List<LegalReference> all = allReferences();
    Set<String> unverified = new LinkedHashSet<>();
    all.stream().filter(LegalReference::unverified).forEach(r -> unverified.add(RuleBook.key(r)));
    assertThat(unverified).as("the data has unverified references to list").isNotEmpty();

    Set<String> listed = new LinkedHashSet<>();
    Matcher m = ENTRY.matcher(RuleBook.generate().get("unverified.md"));
    while (m.find()) {
      listed.add(m.group(1).replaceAll(" \\(\\d+\\)$", ""));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(unverified);
    for (LegalReference r : all) {
      if (Statutes.standard().isVerified(r.act(), r.section())) {
        assertThat(listed).as("verified " + r).doesNotContain(RuleBook.key(r));
      }
    }
  }

  private static List<LegalReference> allReferences() {
    List<LegalReference> out = new ArrayList<>();
    for (DeadlineRule rule : DeadlineRule.values()) {
      rule.legalReference().ifPresent(out::add);
      rule.extensionReference().ifPresent(out::add);
    }
    for (Holiday h : Holiday.values()) {
      out.add(h.legalReference());
    }
    LocalDate date = RuleBook.GENERATION_DATE;
    MunicipalityRef sandnes = MunicipalityRef.builder().name("Sandnes")
        .county(County.ofNumberOn("11", date).orElseThrow()).build();
    for (ComplaintRegime regime : ComplaintRegime.values()) {
      out.addAll(regime.legalReferences());
      for (ComplaintStep step : ComplaintRoutes.standard().route(regime, sandnes, date).steps()) {
        out.addAll(step.legalReferences());
        step.help().stream().map(ComplaintHelp::legalReference).forEach(o -> o.ifPresent(out::add));
      }
    }
    for (MunicipalityRegistry.LoadedProvider p : MunicipalityRegistry.discover().providers()) {
      Catalog c = p.catalog();
      for (Service s : c.services()) {
        out.addAll(s.legalBasis());
        s.eligibility().ifPresent(k -> RuleBook.leaves(k).forEach(l -> l.basis().legalReference().ifPresent(out::add)));
      }
    }
    no.rusomsorg.register.baseline.StandardServiceDescription std =
        no.rusomsorg.register.baseline.StandardServiceDescription.of("nasjonal", "kommunen", date);
    out.addAll(std.legalBasis());
    for (Service s : std.offers()) {
      out.addAll(s.legalBasis());
    }
    return out;
  }
}
