package no.rusomsorg.core.law;

/**
 * The Norwegian acts the library cites, with their Lovdata identifiers.
 *
 * <p>The short name is the customary abbreviation used in case handling ({@code fvl}, {@code pbrl}).
 * When an act is in force, and which act replaces which, is data in the law table: {@link #inForce()},
 * {@link Statutes}.
 */
public enum Act {
  /** Forvaltningsloven 1967 (the Public Administration Act). */
  FORVALTNINGSLOVEN("fvl", "forvaltningsloven", "1967-02-10"),
  /**
   * Forvaltningsloven 2025 (the new Public Administration Act, LOV-2025-06-20-81). Not yet in force: the
   * King decides the date, and none is known. It replaces {@link #FORVALTNINGSLOVEN} from that date; see
   * {@link #inForce()} and {@link Statutes}.
   */
  FORVALTNINGSLOVEN_2025("fvl 2025", "forvaltningsloven (2025)", "2025-06-20-81"),
  /** Pasient- og brukerrettighetsloven (the Patients' and Users' Rights Act). */
  PASIENT_OG_BRUKERRETTIGHETSLOVEN("pbrl", "pasient- og brukerrettighetsloven", "1999-07-02-63"),
  /** Helse- og omsorgstjenesteloven (the Municipal Health and Care Services Act). */
  HELSE_OG_OMSORGSTJENESTELOVEN("hol", "helse- og omsorgstjenesteloven", "2011-06-24-30"),
  /** Sosialtjenesteloven (the Social Services Act, administered by NAV). */
  SOSIALTJENESTELOVEN("stl", "sosialtjenesteloven", "2009-12-18-131"),
  /**
   * Boligsosialloven (the act on the municipalities' responsibility in the social housing field, LOV-2022-12-20-121,
   * in force 2023-07-01): decisions under it are appealed to the county governor.
   */
  BOLIGSOSIALLOVEN("boligsosialloven", "boligsosialloven", "2022-12-20-121"),
  /** Spesialisthelsetjenesteloven (the Specialist Health Services Act). */
  SPESIALISTHELSETJENESTELOVEN("sphlsl", "spesialisthelsetjenesteloven", "1999-07-02-61"),
  /** Domstolloven (the Courts of Justice Act), whose deadline rules administrative law follows. */
  DOMSTOLLOVEN("dl", "domstolloven", "1915-08-13-5"),
  /** Helligdagsloven (the Public Holidays Act). */
  HELLIGDAGSLOVEN("helligdagsloven", "lov om helligdager og helligdagsfred", "1995-02-24-12"),
  /** The act of 26 April 1947 making 1 and 17 May public high days equal to Sundays. */
  HOYTIDSDAGSLOVEN("lov 26. april 1947 nr. 1", "lov om 1. og 17. mai som høgtidsdagar", "1947-04-26-1"),
  /** Sivilombudsloven (the Parliamentary Ombud Act, 2021). */
  SIVILOMBUDSLOVEN("sivilombudsloven", "sivilombudsloven", "2021-06-18-121"),
  /** Helsetilsynsloven (the Health Supervision Act), for supervision cases. */
  HELSETILSYNSLOVEN("helsetilsynsloven", "helsetilsynsloven", "1984-03-30-15");

  private final String shortName;
  private final String title;
  private final String lovdataId;

  Act(String shortName, String title, String lovdataId) {
    this.shortName = shortName;
    this.title = title;
    this.lovdataId = lovdataId;
  }

  /**
   * The customary abbreviation, such as {@code fvl}.
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }

  /**
   * The act's common Norwegian title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The Lovdata identifier: the date the act was passed, and its number where it has one.
   *
   * @return the identifier, such as {@code 1999-07-02-63}
   */
  public String lovdataId() {
    return lovdataId;
  }

  /**
   * When the act is in force, by the library's law table ({@link Statutes#standard()}).
   *
   * @return the status, such as "not yet in force, date not decided" for {@link #FORVALTNINGSLOVEN_2025}
   */
  public InForce inForce() {
    return Statutes.standard().inForce(this);
  }

  /**
   * The Lovdata address of the act.
   *
   * @return the address
   */
  public String lovdataUrl() {
    return "https://lovdata.no/lov/" + lovdataId;
  }
}
