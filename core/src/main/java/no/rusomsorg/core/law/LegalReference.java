package no.rusomsorg.core.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.internal.StatuteData;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reference to a section of a Norwegian act, such as {@code fvl § 29} or {@code pbrl § 7-5}.
 *
 * <p>Every rule in the library (deadline, eligibility criterion, complaint step) carries one, so an
 * answer can always say which law it rests on. {@link #lovdataUrl()} links to the section on Lovdata.
 * A reference marked {@link #unverified()} rests on secondary sources and must not be presented as
 * settled law.
 *
 * <p><b>Verified sections.</b> Whether a reference is unverified derives from the project's table of
 * verified sections ({@link Statutes#isVerified(Act, String)}): a reference to a section in that table
 * is built with {@code unverified} false even when the builder or a catalog sets it to true, so that
 * verifying a section is one change to the table. Other references keep the flag they are given
 * (false by default: a reference the library cites without the flag has been checked).
 *
 * <p><b>Law that changes.</b> Which section applies on a date, after an act is replaced or a section
 * renumbered, is asked with {@link #citedOn(LocalDate)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalReference.class)
@JsonDeserialize(as = ImmutableLegalReference.class)
@JsonPropertyOrder({"act", "section", "paragraph", "unverified"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class LegalReference {
  private static final Pattern SECTION = Pattern.compile("\\d+(?:-\\d+)?(?:\\s?[a-z])?");

  LegalReference() {}

  /**
   * The act.
   *
   * @return the act
   */
  public abstract Act act();

  /**
   * The section number, such as {@code 29}, {@code 7-5} or {@code 11 a}.
   *
   * @return the section
   */
  public abstract String section();

  /**
   * The paragraph (ledd) within the section, counted from 1, if the reference is that precise.
   *
   * @return the paragraph number
   */
  public abstract Optional<Integer> paragraph();

  /**
   * Whether the rule this reference supports has not been verified against the statute text.
   *
   * @return true for rules taken from secondary sources
   */
  @Value.Default
  public boolean unverified() {
    return false;
  }

  /**
   * The reference to a section.
   *
   * @param act the act
   * @param section the section, such as {@code "7-5"}
   * @return the reference
   */
  public static LegalReference of(Act act, String section) {
    return ImmutableLegalReference.builder().act(act).section(section).build();
  }

  /**
   * The reference to a paragraph of a section.
   *
   * @param act the act
   * @param section the section
   * @param paragraph the paragraph, from 1
   * @return the reference
   */
  public static LegalReference of(Act act, String section, int paragraph) {
    return ImmutableLegalReference.builder().act(act).section(section).paragraph(paragraph).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableLegalReference.Builder builder() {
    return ImmutableLegalReference.builder();
  }

  /**
   * The Lovdata address of the section.
   *
   * @return the address, such as {@code https://lovdata.no/lov/1967-02-10/§29}
   */
  @JsonIgnore
  public String lovdataUrl() {
    return act().lovdataUrl() + "/§" + section().replace(" ", "");
  }

  /**
   * The reference as it is usually written: {@code fvl § 29 (2)}, with "(unverified)" when so marked.
   *
   * @return the citation
   */
  @JsonIgnore
  public String citation() {
    return act().shortName() + " § " + section()
        + paragraph().map(p -> " (" + p + ")").orElse("");
  }

  /**
   * The reference to cite on a date, after any change of the law recorded in
   * {@link Statutes#standard()}: see {@link Statutes#referenceOn(LegalReference, LocalDate)}.
   *
   * @param date the date asked about
   * @return the reference to cite, with its status
   */
  public CitedReference citedOn(LocalDate date) {
    return Statutes.standard().referenceOn(this, date);
  }

  /**
   * Where the project recorded its verification of the section, if it did.
   *
   * @return the source of the verification
   */
  @JsonIgnore
  public Optional<String> verification() {
    return Statutes.standard().verificationSource(this);
  }

  @Value.Check
  LegalReference normalize() {
    check();
    if (unverified() && StatuteData.standard().isVerified(act(), section())) {
      return ImmutableLegalReference.copyOf(this).withUnverified(false);
    }
    return this;
  }

  private void check() {
    Checks.notBlank("section", section());
    if (!SECTION.matcher(section()).matches()) {
      throw new InvalidValueException("section", Rule.FORMAT,
          "a section is a number, optionally with a chapter ('7-5') and a letter ('11 a')");
    }
    if (paragraph().isPresent() && (paragraph().get() < 1 || paragraph().get() > 50)) {
      throw new InvalidValueException("paragraph", Rule.RANGE, "a paragraph is numbered from 1 to 50");
    }
  }

  @Override
  public String toString() {
    return citation() + (unverified() ? " (unverified)" : "");
  }
}
