package no.rusomsorg.core.complaint.guide;

import no.rusomsorg.core.text.LocalizedText;

/**
 * A part a complaint should contain. For a complaint against a decision the parts follow
 * forvaltningsloven § 32 (signed, names the decision, the change wanted, the reasons; cited as
 * <b>unverified</b>: the project's domain brief does not give the section's wording). A complaint about
 * the quality of a service has no form the sources state; its parts are what the service-complaint route
 * asks the person to say.
 */
public enum ContentPart {
  /** The complaint names the decision complained about. */
  DECISION(Texts.of("Si hvilket vedtak du klager på, gjerne med dato og saksnummer fra vedtaksbrevet.",
      "Sei kva vedtak du klagar på, gjerne med dato og saksnummer frå vedtaksbrevet.",
      "Name the decision you are complaining about, preferably with the date and case number from the letter.")),
  /** The complaint names the service complained about. */
  SERVICE(Texts.of("Si hvilken tjeneste du klager på, og når det du er misfornøyd med skjedde.",
      "Sei kva teneste du klagar på, og når det du er misnøgd med hende.",
      "Name the service you are complaining about, and when what you are unhappy with happened.")),
  /** What the person is unhappy with (a service complaint). */
  WHAT_IS_WRONG(Texts.of("Fortell hva du er misfornøyd med.", "Fortel kva du er misnøgd med.",
      "Say what you are unhappy with.")),
  /** The change the person wants. */
  CHANGE_WANTED(Texts.of("Si hva du ønsker endret.", "Sei kva du ønskjer endra.", "Say what you want changed.")),
  /** Why the decision should be changed. */
  REASONS(Texts.of("Forklar hvorfor du mener vedtaket bør endres. Ta gjerne med opplysninger du mener er viktige.",
      "Forklar kvifor du meiner vedtaket bør endrast. Ta gjerne med opplysningar du meiner er viktige.",
      "Explain why you think the decision should be changed. Include any facts you think matter.")),
  /** Signed by the person or by whoever complains for them. */
  SIGNATURE(Texts.of("Skriv under klagen selv, eller la den som klager for deg, skrive under.",
      "Skriv under klaga sjølv, eller la den som klagar for deg, skrive under.",
      "Sign the complaint yourself, or have the person complaining for you sign it."));

  private final LocalizedText text;

  ContentPart(LocalizedText text) {
    this.text = text;
  }

  /**
   * What to write, for the person.
   *
   * @return the text in bokmål, nynorsk and English
   */
  public LocalizedText text() {
    return text;
  }
}
