package no.rusomsorg.municipality.sogne;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Service;
import org.junit.jupiter.api.Test;

/** Issue 13: Søgne's data says what its page says, and no more. */
class SogneSourceFidelityTest {
  private final Catalog catalog = new SogneProvider().catalog();

  private Service service(String id) {
    return catalog.service(id).orElseThrow();
  }

  @Test
  void onlyTheFollowUpTeamIsTiedToADecision() {
    // the page ties an individual decision (enkeltvedtak) to the follow-up team only
    assertThat(service("sogne.follow-up-team").accessMode()).isEqualTo(AccessMode.APPLICATION_AND_DECISION);
    for (String id : List.of("sogne.advice", "sogne.motivational-talks", "sogne.supportive-talks", "sogne.practical-help",
        "sogne.cannabis-cessation", "sogne.referral-specialist", "sogne.gambling", "sogne.day-activity")) {
      Service s = service(id);
      assertThat(s.accessMode()).as(id).isEqualTo(AccessMode.NOT_STATED);
      assertThat(s.responsePromises()).as(id).isEmpty();
      assertThat(s.unitIds()).as(id).doesNotContain("sogne.forvaltningstjenesten");
      // no decision, so no decision-complaint text either
      assertThat(s.complaintInfo(ComplaintSubject.DECISION)).as(id).isEmpty();
    }
    assertThat(service("sogne.follow-up-team").complaintInfo(ComplaintSubject.DECISION)).isPresent();
  }

  @Test
  void servicesWhoseGroupThePageDoesNotStateSaySo() {
    assertThat(catalog.services()).filteredOn(s -> s.id().startsWith("sogne.external.") || s.id().equals("sogne.day-activity"))
        .isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.eligibility()).as(s.id()).hasValueSatisfying(c -> assertThat(c).isInstanceOf(Criterion.NotStated.class));
          assertThat(s.targetGroups()).as(s.id()).isEmpty();
        });
    // the outside organisations are names only: how to reach them is not stated either
    assertThat(catalog.services()).filteredOn(s -> s.id().startsWith("sogne.external."))
        .allSatisfy(s -> assertThat(s.accessMode()).as(s.id()).isEqualTo(AccessMode.NOT_STATED));
  }

  @Test
  void theCounsellorsHelpIsForAllAgesAsThePageSays() {
    // "Rusmiddelproblemer kan ramme mennesker i alle aldersgrupper": no age limit, young people too
    assertThat(service("sogne.advice").targetGroups()).contains(no.rusomsorg.core.service.TargetGroup.YOUNG_PEOPLE,
        no.rusomsorg.core.service.TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM);
    assertThat(service("sogne.advice").eligibility().orElseThrow().relevantFacts())
        .doesNotContain(no.rusomsorg.core.eligibility.Fact.BIRTH_DATE);
  }

  @Test
  void holidayClosingOfTheServiceDeskIsMarkedAsAnAssumption() {
    String note = catalog.contactPoint("sogne.servicetorget").orElseThrow().openingHours().orElseThrow().note()
        .orElseThrow().nb();
    assertThat(note).contains("antakelse").contains("sier ikke noe om helligdager");
  }
}
