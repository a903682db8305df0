package no.rusomsorg.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;

/** Golden files pin the wire format of {@link Deadline} (ADR 0004). */
class DeadlineJsonGoldenTest {
  private final RusomsorgJson json = RusomsorgJson.strict();
  private final DeadlineCalculator calc = DeadlineCalculator.standard();

  private static String golden(String name) throws IOException {
    try (InputStream in = DeadlineJsonGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void pins(Deadline value, String name) throws IOException {
    String expected = golden(name).strip();
    assertThat(json.write(value).strip().replace("\r\n", "\n")).isEqualTo(expected);
    assertThat(json.read(expected, Deadline.class)).isEqualTo(value);
  }

  @Test
  void extendedFvlComplaint() throws IOException {
    pins(calc.compute(DeadlineRule.FVL_COMPLAINT, LocalDate.of(2026, 3, 12)), "fvl-complaint-2026-03-12.golden.json");
  }

  @Test
  void responsePromiseWithARange() throws IOException {
    pins(calc.promise(PeriodSpec.range(2, 3, PeriodUnit.WORKING_DAYS), LocalDate.of(2026, 3, 12),
        "sandnes-rustjenester"), "promise-2-3-working-days.golden.json");
  }
}
