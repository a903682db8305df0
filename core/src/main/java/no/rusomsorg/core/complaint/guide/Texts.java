package no.rusomsorg.core.complaint.guide;

import no.rusomsorg.core.text.LocalizedText;

/** Builds texts in all three languages. */
final class Texts {
  private Texts() {}

  static LocalizedText of(String nb, String nn, String en) {
    return LocalizedText.builder().nb(nb).nn(nn).en(en).build();
  }
}
