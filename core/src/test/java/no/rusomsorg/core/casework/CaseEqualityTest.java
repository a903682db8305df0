package no.rusomsorg.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.rusomsorg.core.complaint.ComplaintRegime;
import org.junit.jupiter.api.Test;

/** Complaint cases are values: equal when every part is, with equal hash codes, and a toString that says the state. */
class CaseEqualityTest {
  private static ComplaintCase filed(String decision, String start, String filed) {
    return ComplaintCase.file(ComplaintRegime.FVL, LocalDate.parse(decision), LocalDate.parse(start), LocalDate.parse(filed));
  }

  @Test
  void complaintCasesAreEqualExactlyWhenEveryPartIs() {
    ComplaintCase a = filed("2026-03-10", "2026-03-12", "2026-04-07");
    ComplaintCase same = filed("2026-03-10", "2026-03-12", "2026-04-07");
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("a case").isNotEqualTo(null);
    assertThat(a).isNotEqualTo(filed("2026-03-09", "2026-03-12", "2026-04-07"));
    assertThat(a).isNotEqualTo(filed("2026-03-10", "2026-03-11", "2026-04-07"));
    assertThat(a).isNotEqualTo(filed("2026-03-10", "2026-03-12", "2026-04-08"));
    assertThat(a).isNotEqualTo(filed("2026-03-10", "2026-03-12", "2026-04-06"));
    assertThat(a.hashCode()).isNotEqualTo(filed("2026-03-10", "2026-03-12", "2026-04-08").hashCode());
    assertThat(a.toString()).startsWith("ComplaintCase{").contains(a.state().name());
  }
}
