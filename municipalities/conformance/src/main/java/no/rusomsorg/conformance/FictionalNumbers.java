package no.rusomsorg.conformance;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import no.rusomsorg.core.municipality.MunicipalityNumber;

/**
 * The municipality numbers reserved for fictional municipalities in examples, guides and tests:
 * {@code 1190} to {@code 1199}, in Rogaland (county 11).
 *
 * <p>No municipality has had one of these numbers: not since 2018 (the national register,
 * {@code no.rusomsorg.register}) and not among the earlier numbers the register knows; a test of the kit
 * checks it against the register. Rogaland has had the county number 11 and the name "Rogaland"
 * throughout, so a fictional municipality there passes the county check (RC12) for any period. Real
 * Rogaland numbers end far below (1160 was the highest in 2026). Should Statistics Norway ever assign one
 * of them, the register update fails that test and the range moves.
 *
 * <p>Taken in this repository: 1190 the plugin authors' guide and its standalone example plugin, 1191
 * Fjordby ({@code examples/custom-municipality}), 1197–1199 test fixtures. Use any of them in your own
 * tests; never use a real municipality's number for invented data.
 */
public final class FictionalNumbers {
  /** The first fictional number. */
  public static final String FIRST = "1190";
  /** The last fictional number. */
  public static final String LAST = "1199";

  private FictionalNumbers() {}

  /**
   * Whether a number is one of the fictional ones.
   *
   * @param number the number
   * @return true for 1190 to 1199
   * @throws NullPointerException if {@code number} is null
   */
  public static boolean contains(MunicipalityNumber number) {
    Objects.requireNonNull(number, "number");
    String v = number.value();
    return v.compareTo(FIRST) >= 0 && v.compareTo(LAST) <= 0;
  }

  /**
   * All of them, in order.
   *
   * @return the ten numbers
   */
  public static List<MunicipalityNumber> all() {
    return IntStream.rangeClosed(Integer.parseInt(FIRST), Integer.parseInt(LAST))
        .mapToObj(n -> MunicipalityNumber.of(String.valueOf(n))).toList();
  }
}
