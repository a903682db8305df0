package no.rusomsorg.core.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;

/** The wire format of steps, contacts and guidance. */
class StepJsonTest {
  private final RusomsorgJson json = RusomsorgJson.strict();

  private Step assessmentStep() {
    List<Step> steps = Triage.standard().nextSteps(TriageRequest.builder().situation(Situation.SEVERE)
        .date(LocalDate.of(2026, 4, 7)).referralReceived(LocalDate.of(2026, 4, 2)).build());
    return steps.get(2);
  }

  @Test
  void aStepWithADeadlineIsWrittenWithItsPartsAndReadBack() {
    Step step = assessmentStep();
    String written = json.write(step);
    assertThat(written).contains("\"order\" : 3", "\"id\" : \"tsb-assessment\"", "\"due\" : \"2026-04-20\"",
        "\"section\" : \"2-2\"", "\"sourceId\" : \"helsenorge-behandling-av-rusproblemer\"");
    assertThat(json.read(written, Step.class)).isEqualTo(step);
    // a stored deadline whose due date was edited is rejected when read
    String tampered = written.replace("\"due\" : \"2026-04-20\"", "\"due\" : \"2026-04-17\"");
    assertThat(tampered).isNotEqualTo(written);
    assertThatThrownBy(() -> json.read(tampered, Step.class)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }

  @Test
  void contactsWriteShortNumbersAsDigits() {
    String written = json.write(NationalPathway.OUT_OF_HOURS_CONTACT);
    assertThat(written).contains("\"phone\" : \"116117\"", "\"available24x7\" : true");
    assertThat(json.read(written, Contact.class)).isEqualTo(NationalPathway.OUT_OF_HOURS_CONTACT);
    assertThat(json.read(json.write(NationalPathway.GP_CONTACT), Contact.class)).isEqualTo(NationalPathway.GP_CONTACT);
  }

  @Test
  void everyGuidanceItemRoundTrips() {
    for (Guidance g : NationalPathway.standard().guidance()) {
      assertThat(json.read(json.write(g), Guidance.class)).isEqualTo(g);
    }
  }

  @Test
  void unknownFieldsAndBadValuesAreRejectedWithTheirPath() {
    String written = json.write(assessmentStep());
    assertThatThrownBy(() -> json.read(written.replaceFirst("\\{", "{\"urgent\": true,"), Step.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY));
    String badPhone = json.write(NationalPathway.EMERGENCY_CONTACT).replace("\"113\"", "\"12\"");
    assertThatThrownBy(() -> json.read(badPhone, Contact.class)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.rule()).isEqualTo(Rule.PHONE_NUMBER);
      assertThat(e.field()).contains("phone");
    });
    assertThatThrownBy(() -> json.read(written.replace("\"order\" : 3", "\"order\" : 0"), Step.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.RANGE));
  }
}
