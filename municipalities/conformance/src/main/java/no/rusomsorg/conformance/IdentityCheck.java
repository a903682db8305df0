package no.rusomsorg.conformance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.register.Change;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;

/** RC15: a plugin's identity compared with the national register (docs/adr/0023). */
final class IdentityCheck {
  private static final String FIX = "take the numbers, the official name, the counties and the dates from Statistics "
      + "Norway's classification 131 (the national register, rusomsorg-register); a test municipality uses a "
      + "fictional number " + FictionalNumbers.FIRST + "–" + FictionalNumbers.LAST + ".";

  private IdentityCheck() {}

  static void check(Municipality m, NationalRegister register) {
    LocalDate first = NationalRegister.FIRST_DAY;
    List<NumberPeriod> periods = m.numbers();
    for (int i = 0; i < periods.size(); i++) {
      NumberPeriod p = periods.get(i);
      if (FictionalNumbers.contains(p.number())) {
        continue;
      }
      Optional<LocalDate> to = p.validity().to();
      if (to.isPresent() && to.get().isBefore(first)) {
        continue; // before the register's data
      }
      LocalDate from = p.validity().from().isBefore(first) ? first : p.validity().from();
      String where = "numbers[" + i + "] (" + p.number() + ", " + from + " – " + to.map(String::valueOf).orElse("") + ")";
      RegisteredMunicipality r = periodOn(register, p.number().value(), from).orElseThrow(() -> new ConformanceFailure(
          "RC15", where + ": the national register has no municipality " + p.number() + " on " + from + ".", FIX));
      if (!r.validFrom().orElse(first).equals(from)) {
        throw new ConformanceFailure("RC15", where + ": the register's period of " + p.number() + " starts on "
            + r.validFrom().orElse(first) + ", not " + from + ".", FIX);
      }
      if (!r.validTo().equals(to)) {
        throw new ConformanceFailure("RC15", where + ": the register's period of " + p.number() + " ends "
            + r.validTo().map(d -> "on " + d).orElse("never (still valid)") + ", not "
            + to.map(d -> "on " + d).orElse("never") + ".", FIX);
      }
      if (!r.county().equals(p.county())) {
        throw new ConformanceFailure("RC15", where + ": the register's county is " + r.county() + ", not "
            + p.county() + ".", FIX);
      }
      if (!nameForms(r).contains(NationalRegister.nameKey(m.name()))) {
        throw new ConformanceFailure("RC15", where + ": the name '" + m.name() + "' is not an official name form of "
            + p.number() + " (" + String.join(", ", r.nameForms()) + ").", FIX);
      }
      if (i == periods.size() - 1 && m.successor().isPresent()) {
        checkSuccessor(where, m.successor().get(), r);
      }
    }
  }

  private static void checkSuccessor(String where, Successor s, RegisteredMunicipality r) {
    Change end = r.end().orElseThrow(() -> new ConformanceFailure("RC15", where + ": the successor is "
        + s + ", but the register's period has not ended.", FIX));
    if (!end.date().equals(s.from()) || !end.to().contains(s.number().value())) {
      throw new ConformanceFailure("RC15", where + ": the successor is " + s + ", but the register says "
          + end.kind() + " into " + end.to() + " from " + end.date() + ".", FIX);
    }
  }

  private static List<String> nameForms(RegisteredMunicipality r) {
    List<String> keys = new ArrayList<>();
    for (String form : r.nameForms()) {
      keys.add(NationalRegister.nameKey(form));
      int qualifier = form.indexOf('(');
      if (qualifier > 0) {
        keys.add(NationalRegister.nameKey(form.substring(0, qualifier)));
      }
    }
    return keys;
  }

  private static Optional<RegisteredMunicipality> periodOn(NationalRegister register, String number, LocalDate day) {
    for (RegisteredMunicipality r : register.all()) {
      if (r.number().equals(number) && r.isValidOn(day)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
