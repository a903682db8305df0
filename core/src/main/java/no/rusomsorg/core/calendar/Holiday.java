package no.rusomsorg.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The Norwegian public holidays (helligdager) and statutory high days (høytidsdager) that are not
 * working days.
 *
 * <p>Sundays are also non-working days but are not listed here; see
 * {@link NorwegianCalendar#isWorkingDay(LocalDate)}. 1 May and 17 May are high days that the act of
 * 26 April 1947 (§ 1) puts on a par with Sundays, so they count as holidays for deadlines. 24 and 31
 * December are <em>not</em> holidays in Norway: they are ordinary working days.
 *
 * <p>The church holidays are listed in helligdagsloven § 2 (1995); the same days were holidays under
 * the earlier legislation for every supported year since 1947, so the calendar applies the list to
 * all of them and cites the current act.
 */
public enum Holiday {
  /** 1 January. */
  NEW_YEARS_DAY("første nyttårsdag", "første nyttårsdag", "New Year's Day", MonthDay.of(1, 1), 0, Act.HELLIGDAGSLOVEN),
  /** Thursday before Easter Sunday. */
  MAUNDY_THURSDAY("skjærtorsdag", "skjærtorsdag", "Maundy Thursday", null, -3, Act.HELLIGDAGSLOVEN),
  /** Friday before Easter Sunday. */
  GOOD_FRIDAY("langfredag", "langfredag", "Good Friday", null, -2, Act.HELLIGDAGSLOVEN),
  /** Easter Sunday. */
  EASTER_SUNDAY("første påskedag", "første påskedag", "Easter Sunday", null, 0, Act.HELLIGDAGSLOVEN),
  /** Monday after Easter Sunday. */
  EASTER_MONDAY("andre påskedag", "andre påskedag", "Easter Monday", null, 1, Act.HELLIGDAGSLOVEN),
  /** 1 May, a statutory high day equal to a Sunday. */
  LABOUR_DAY("offentlig høytidsdag 1. mai", "offentleg høgtidsdag 1. mai", "May Day", MonthDay.of(5, 1), 0, Act.HOYTIDSDAGSLOVEN),
  /** 17 May, Constitution Day, a statutory high day equal to a Sunday. */
  CONSTITUTION_DAY("grunnlovsdag 17. mai", "grunnlovsdag 17. mai", "Constitution Day", MonthDay.of(5, 17), 0, Act.HOYTIDSDAGSLOVEN),
  /** Ascension Day, 39 days after Easter Sunday. */
  ASCENSION_DAY("Kristi himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day", null, 39, Act.HELLIGDAGSLOVEN),
  /** Whit Sunday, 49 days after Easter Sunday. */
  WHIT_SUNDAY("første pinsedag", "første pinsedag", "Whit Sunday", null, 49, Act.HELLIGDAGSLOVEN),
  /** Whit Monday, 50 days after Easter Sunday. */
  WHIT_MONDAY("andre pinsedag", "andre pinsedag", "Whit Monday", null, 50, Act.HELLIGDAGSLOVEN),
  /** 25 December. */
  CHRISTMAS_DAY("første juledag", "første juledag", "Christmas Day", MonthDay.of(12, 25), 0, Act.HELLIGDAGSLOVEN),
  /** 26 December. */
  BOXING_DAY("andre juledag", "andre juledag", "Boxing Day", MonthDay.of(12, 26), 0, Act.HELLIGDAGSLOVEN);

  private final LocalizedText name;
  private final MonthDay fixed;
  private final int easterOffset;
  private final LegalReference law;

  Holiday(String nb, String nn, String en, MonthDay fixed, int easterOffset, Act act) {
    this.name = LocalizedText.of(nb, nn, en);
    this.fixed = fixed;
    this.easterOffset = easterOffset;
    this.law = LegalReference.of(act, act == Act.HOYTIDSDAGSLOVEN ? "1" : "2");
  }

  /**
   * The holiday's name in bokmål, nynorsk and English, in the form used in running text: Norwegian writes
   * holiday names in lower case ("skjærtorsdag"), except for proper nouns ("Kristi himmelfartsdag").
   *
   * @return the name
   */
  public LocalizedText displayName() {
    return name;
  }

  /**
   * The statute that makes this day a holiday.
   *
   * @return the legal reference
   */
  public LegalReference legalReference() {
    return law;
  }

  /**
   * Whether the holiday moves with Easter.
   *
   * @return true for the Easter-based holidays
   */
  public boolean isMovable() {
    return fixed == null;
  }

  /**
   * The date of this holiday in a year.
   *
   * @param year the year
   * @return the date
   */
  public LocalDate in(int year) {
    return fixed != null ? fixed.atYear(year) : NorwegianCalendar.easterSunday(year).plusDays(easterOffset);
  }
}
