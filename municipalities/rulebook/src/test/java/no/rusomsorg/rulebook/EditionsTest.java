package no.rusomsorg.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.eligibility.CriterionSentence;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: the three editions, the HTML edition, and what the municipality page must show, checked
 * against the data (collected here, not through the generator).
 */
class EditionsTest {
  private static final Map<String, String> BOOK = RuleBook.generate();
  private static final List<Catalog> CATALOGS = MunicipalityRegistry.discover().providers().stream()
      .map(MunicipalityRegistry.LoadedProvider::catalog).toList();

  private static String page(Language l, String name) {
    String text = BOOK.get(RuleBook.folder(l) + name);
    assertThat(text).as("%s%s", RuleBook.folder(l), name).isNotNull();
    return text;
  }

  @Test
  void everyLanguageHasEveryPageInMarkdownAndHtml() {
    for (Language l : Language.values()) {
      for (String p : RuleBook.PAGES) {
        assertThat(page(l, p)).contains("# " + RuleBook.title(l, p) + "\n");
        assertThat(BOOK).containsKey(Html.path(l, p));
      }
    }
    assertThat(page(Language.NN, "README.md")).contains("# Regelboka").contains("Denne regelboka er laga");
    assertThat(page(Language.EN, "deadlines.md")).contains("- Legal basis: ").doesNotContain("- Hjemmel: ");
    assertThat(page(Language.NN, "deadlines.md")).contains("- Heimel: ").contains("- Tolking: ");
  }

  @Test
  void everyServiceShowsItsSentencePromisesAndComplaintInformationInEachLanguage() {
    for (Language l : Language.values()) {
      String text = page(l, "municipalities.md");
      for (Catalog c : CATALOGS) {
        for (Service s : c.services()) {
          int at = text.indexOf("(`" + s.id() + "`)\n");
          assertThat(at).as("%s in %s", s.id(), l).isNotNegative();
          int end = text.indexOf("\n### ", at);
          String section = text.substring(at, end < 0 ? text.length() : end);
          s.eligibility().ifPresent(k -> assertThat(section).contains(CriterionSentence.sentence(k, l)));
          for (ResponsePromise p : s.responsePromises()) {
            assertThat(section).contains(p.what().in(l) + ": " + p.period().text(l));
          }
          for (PublishedComplaintInfo info : s.complaintInfo()) {
            assertThat(section).contains(info.body());
          }
          assertThat(section).contains(RuleBook.d(s.verifiedOn()));
        }
      }
    }
  }

  @Test
  void everyEligibilityScenarioOfThePluginsIsAWorkedExampleWithTheOutcomeItExpects() throws Exception {
    String text = page(Language.NB, "municipalities.md");
    int checked = 0;
    for (Path file : RuleBook.scenarioFiles(RuleBook.root()).toList()) {
      JsonNode doc = no.rusomsorg.core.json.RusomsorgJson.lenient()
          .read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), JsonNode.class);
      for (JsonNode s : doc.path("scenarios")) {
        String serviceId = s.path("serviceId").asString();
        boolean known = CATALOGS.stream().anyMatch(c -> c.service(serviceId).isPresent());
        if (!"eligibility".equals(s.path("check").asString()) || !known) {
          continue;
        }
        String head = "- **" + s.path("name").asString() + "**";
        int at = text.indexOf(head);
        assertThat(at).as(head).isNotNegative();
        int svar = text.indexOf("  - Svar: ", at);
        String answer = text.substring(svar, Math.min(text.length(), text.indexOf('\n', svar)));
        assertThat(answer).contains("(`" + s.path("expect").path("outcome").asString() + "`)");
        checked++;
      }
    }
    assertThat(checked).as("eligibility scenarios shown").isGreaterThan(20);
    assertThat(text).doesNotContain("scenarioet venter");
  }

  @Test
  void theNationalStandardAndTheMergedMunicipalityAreThere() {
    String text = page(Language.NB, "municipalities.md");
    assertThat(text).contains("## Nasjonal standard").contains("standard-tjenestebeskrivelse");
    assertThat(text.substring(text.indexOf("## Nasjonal standard")))
        .as("no checked date is made up for the standard").doesNotContain("kontrollert");
    assertThat(text).contains("## Søgne").contains("- Historisk: ").contains("Kristiansand (4204");
  }

  @Test
  void theBodiesNamesOverTime() {
    String text = page(Language.NB, "complaints.md");
    assertThat(text).contains("Sivilombudsmannen").contains("Sivilombudet").contains("#### Rogaland")
        .contains("Fylkesmannen i Rogaland").contains("Statsforvalteren i Rogaland")
        .contains("Barneverns- og helsenemnda").contains("Fylkesnemnda for barnevern og sosiale saker");
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)([^>]*)>");
  private static final Set<String> VOID = Set.of("meta", "link", "br");

  @Test
  void theHtmlPagesAreWellFormedAccessibleAndFreeOfInlineCode() {
    for (Language l : Language.values()) {
      for (String p : RuleBook.PAGES) {
        String html = BOOK.get(Html.path(l, p));
        String where = Html.path(l, p);
        assertThat(html).as(where).startsWith("<!DOCTYPE html>\n<html lang=\"" + l.name().toLowerCase() + "\">")
            .doesNotContain("style=").doesNotContain("<script").doesNotContain("](").doesNotContain(".md\"");
        Deque<String> open = new ArrayDeque<>();
        int lastHeading = 0;
        int h1 = 0;
        Matcher m = TAG.matcher(html);
        while (m.find()) {
          String name = m.group(2);
          if (VOID.contains(name)) {
            continue;
          }
          if (m.group(1).isEmpty()) {
            open.push(name);
            if (name.matches("h[1-6]")) {
              int level = name.charAt(1) - '0';
              assertThat(level).as("%s: heading %s after h%d", where, name, lastHeading).isLessThanOrEqualTo(lastHeading + 1);
              lastHeading = level;
              h1 += level == 1 ? 1 : 0;
            }
            if (name.equals("th")) {
              assertThat(m.group(3)).as(where).contains("scope=\"col\"");
            }
          } else {
            assertThat(open.peek()).as("%s: </%s> closes <%s>", where, name, open.peek()).isEqualTo(name);
            open.pop();
          }
        }
        assertThat(open).as(where + " leaves tags open").isEmpty();
        assertThat(h1).as(where).isEqualTo(1);
      }
    }
  }
}
