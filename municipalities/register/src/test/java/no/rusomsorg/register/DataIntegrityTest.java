package no.rusomsorg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import no.rusomsorg.register.internal.RegisterData;
import org.junit.jupiter.api.Test;

/**
 * Checks that catch a half-done update of the register (docs/adr/0014): a new version added without
 * ending the old periods, a change without its successor, a declared total the data do not reach.
 */
class DataIntegrityTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static String resource(String name) throws IOException {
    try (InputStream in = RegisterData.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RegisterData data(UnaryOperator<String> tsv, UnaryOperator<String> props) throws IOException {
    return RegisterData.parse(
        new ByteArrayInputStream(tsv.apply(resource("municipalities.tsv")).getBytes(StandardCharsets.UTF_8)),
        new ByteArrayInputStream(props.apply(resource("register.properties")).getBytes(StandardCharsets.UTF_8)));
  }

  /** Every problem found in the data; empty when the data are consistent. */
  static List<String> problems(RegisterData data) {
    List<String> problems = new ArrayList<>();
    List<RegisteredMunicipality> all = data.all();
    Set<LocalDate> days = new TreeSet<>();
    days.add(NationalRegister.FIRST_DAY);
    days.add(TODAY);
    for (int year = 2018; year <= 2027; year++) {
      days.add(LocalDate.of(year, 1, 1));
      days.add(LocalDate.of(year, 1, 1).minusDays(1));
    }
    for (RegisteredMunicipality m : all) {
      m.end().ifPresent(c -> {
        days.add(c.date());
        days.add(c.lastDayOfOld());
      });
      if (m.validFrom().isPresent() && m.validFrom().get().isAfter(NationalRegister.FIRST_DAY) && m.origin().isEmpty()) {
        problems.add(m + ": begins after " + NationalRegister.FIRST_DAY + " but no change leads to it");
      }
      m.validTo().ifPresent(to -> {
        if (!m.county().existsOn(to)) {
          problems.add(m + ": county " + m.county() + " did not exist on its last day");
        }
      });
      if (m.validFrom().isPresent() && !m.county().existsOn(m.validFrom().get())) {
        problems.add(m + ": county " + m.county() + " did not exist on its first day");
      }
      m.end().ifPresent(c -> {
        for (String to : c.to()) {
          List<RegisteredMunicipality> next = all.stream()
              .filter(n -> n.number().equals(to) && n.isValidOn(c.date())).toList();
          if (next.size() != 1) {
            problems.add(m + ": successor " + to + " is not valid on " + c.date());
          } else if (!next.get(0).predecessors().contains(c)) {
            problems.add(m + ": successor " + to + " does not record the change");
          }
        }
      });
    }
    Map<LocalDate, Integer> declared = data.source().declaredTotals();
    days.addAll(declared.keySet());
    for (LocalDate day : days) {
      if (day.isBefore(NationalRegister.FIRST_DAY)) {
        continue;
      }
      List<RegisteredMunicipality> valid = all.stream().filter(m -> m.isValidOn(day)).toList();
      Set<String> numbers = new HashSet<>();
      for (RegisteredMunicipality m : valid) {
        if (!numbers.add(m.number())) {
          problems.add(day + ": number " + m.number() + " used twice");
        }
      }
      Integer total = declared.get(day);
      if (total != null && total != valid.size()) {
        problems.add(day + ": " + valid.size() + " municipalities, the sources declare " + total);
      }
    }
    if (!declared.containsKey(data.source().version())) {
      problems.add("no declared total for the newest version " + data.source().version());
    }
    LocalDate newestChange = NationalRegister.FIRST_DAY;
    for (RegisteredMunicipality m : all) {
      if (m.end().isPresent() && m.end().get().date().isAfter(newestChange)) {
        newestChange = m.end().get().date();
      }
    }
    if (data.source().version().isBefore(newestChange)) {
      problems.add("the data have a change on " + newestChange + ", but the source version is "
          + data.source().version() + ": bump version and retrieved in register.properties");
    }
    if (data.source().retrieved().isBefore(data.source().version())) {
      problems.add("the sources were retrieved on " + data.source().retrieved() + ", before the version "
          + data.source().version() + " they claim");
    }
    return problems;
  }

  @Test
  void bundledDataAreConsistent() throws IOException {
    assertThat(problems(RegisterData.load())).isEmpty();
    assertThat(problems(data(UnaryOperator.identity(), UnaryOperator.identity()))).isEmpty();
  }

  @Test
  void aNewVersionAddedWithoutEndingTheOldPeriodsIsCaught() throws IOException {
    // half-done 2024 update: Ålesund 1508 and Haram 1580 added, Ålesund 1507 left open
    RegisterData halfDone = data(tsv -> tsv.replace("1507\t2020-01-01\t2023-12-31\tÅlesund\t\tSPLIT\t1508,1580",
        "1507\t2020-01-01\t\tÅlesund\t\t\t"), UnaryOperator.identity());
    assertThat(problems(halfDone)).anyMatch(p -> p.contains("1508") && p.contains("no change leads to it"))
        .anyMatch(p -> p.startsWith("2024-01-01: 358 municipalities"));
  }

  @Test
  void aChangeToANumberThatIsNotInTheDataIsCaught() throws IOException {
    RegisterData broken = data(tsv -> tsv.replace("RENUMBERED\t3101", "RENUMBERED\t3199"), UnaryOperator.identity());
    assertThat(problems(broken)).anyMatch(p -> p.contains("successor 3199 is not valid on 2024-01-01"));
  }

  @Test
  void newDataWithoutABumpedSourceVersionIsCaught() throws IOException {
    // a 2027 change compiled into the data (Halden renumbered), register.properties left at 2026
    RegisterData unbumped = data(tsv -> tsv.replace("3101\t2024-01-01\t\tHalden\t\t\t",
        "3101\t2024-01-01\t2026-12-31\tHalden\t\tRENUMBERED\t3102\n3102\t2027-01-01\t\tHalden\t\t\t"),
        UnaryOperator.identity());
    assertThat(problems(unbumped)).anyMatch(p -> p.contains("change on 2027-01-01") && p.contains("bump version"));
    RegisterData early = data(UnaryOperator.identity(), props -> props.replace("retrieved=2026-12-02", "retrieved=2025-06-01"));
    assertThat(problems(early)).anyMatch(p -> p.contains("retrieved on 2025-06-01"));
  }

  @Test
  void aDeclaredTotalTheDataDoNotHaveIsCaught() throws IOException {
    // the sources file was updated for a new version (2027, 350 municipalities), the data were not
    RegisterData stale = data(UnaryOperator.identity(),
        props -> props.replace("version=2026-01-01", "version=2027-01-01") + "\ntotal.2027-01-01=350\n");
    assertThat(problems(stale)).contains("2027-01-01: 357 municipalities, the sources declare 350");
    RegisterData undeclared = data(UnaryOperator.identity(), props -> props.replace("version=2026-01-01",
        "version=2027-01-01"));
    assertThat(problems(undeclared)).contains("no declared total for the newest version 2027-01-01");
  }

  @Test
  void malformedDataAreRefusedWhenLoaded() {
    assertThatThrownBy(() -> data(tsv -> tsv.replace("3001\t2020-01-01\t2023-12-31\tHalden\t\tRENUMBERED\t3101",
        "3001\t2020-01-01\t2023-12-31\tHalden\t\t\t"), UnaryOperator.identity()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("3001 ends 2023-12-31 without a change");
    assertThatThrownBy(() -> data(tsv -> tsv + "4299\t2020-01-01\t\tNowhere\t\t\t\n".replace("42", "29"),
        UnaryOperator.identity())).isInstanceOf(IllegalStateException.class).hasMessageContaining("no county 29");
  }
}
