package no.rusomsorg.register;

/** How a municipality's number stopped being valid. */
public enum ChangeKind {
  /**
   * The same municipality got a new number (usually because its county changed): Halden 0101 became
   * 3001 on 2020-01-01. The successor is exactly one number and has no other predecessor.
   */
  RENUMBERED,
  /**
   * The municipality was merged with one or more others into one municipality, which may keep one of
   * the old numbers or get a new one: Søgne 1018 into Kristiansand 4204 on 2020-01-01.
   */
  MERGED,
  /**
   * The municipality was divided between two or more municipalities: Snillfjord 5012 between Heim,
   * Hitra and Orkland (2020), Ålesund 1507 into Ålesund 1508 and Haram 1580 (2024).
   */
  SPLIT
}
