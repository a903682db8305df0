package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Where the register's data come from, recorded with the data.
 *
 * @param publisher the publisher of the classifications ("Statistisk sentralbyrå (Statistics Norway)")
 * @param classifications the classifications used ("131 Standard for kommuneinndeling; 104 Standard for
 *     fylkesinndeling")
 * @param version the newest classification version compiled (its first day, such as 2026-01-01)
 * @param retrieved the day the sources were read
 * @param licence the licence ("NLOD 2.0")
 * @param attribution the attribution the licence asks for
 * @param declaredTotals the number of municipalities the classification has on given days, as stated by
 *     the sources (not computed from the data); the register's tests compare the data with them
 */
public record RegisterSource(String publisher, String classifications, LocalDate version, LocalDate retrieved,
    String licence, String attribution, Map<LocalDate, Integer> declaredTotals) {
  /**
   * Checks and copies the parts.
   *
   * @param publisher the publisher
   * @param classifications the classifications
   * @param version the version
   * @param retrieved the retrieval day
   * @param licence the licence
   * @param attribution the attribution
   * @param declaredTotals the declared totals
   */
  public RegisterSource {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(classifications, "classifications");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(retrieved, "retrieved");
    Objects.requireNonNull(licence, "licence");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(declaredTotals, "declaredTotals");
    declaredTotals = Map.copyOf(declaredTotals);
  }
}
