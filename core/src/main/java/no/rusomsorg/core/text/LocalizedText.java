package no.rusomsorg.core.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A text in Norwegian bokmål (required) with optional nynorsk and English versions.
 *
 * <p>{@link #in(Language)} falls back to bokmål when the asked-for language is missing, so a text can
 * always be shown. The fallback is for catalog data a municipality has not translated: every text the
 * library writes itself is made with {@link #of(String, String, String)} and has all three forms
 * ({@link #complete()}; ADR 0025). JSON: {@code {"nb": "...", "nn": "...", "en": "..."}}; absent
 * languages are left out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalizedText.class)
@JsonDeserialize(as = ImmutableLocalizedText.class)
@JsonPropertyOrder({"nb", "nn", "en"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class LocalizedText {

  LocalizedText() {}

  /**
   * The bokmål text.
   *
   * @return the text; never blank
   */
  public abstract String nb();

  /**
   * The nynorsk text, if written.
   *
   * @return the text
   */
  public abstract Optional<String> nn();

  /**
   * The English text, if written.
   *
   * @return the text
   */
  public abstract Optional<String> en();

  /**
   * The text in a language, falling back to bokmål.
   *
   * @param language the wanted language
   * @return the text in that language, or the bokmål text
   */
  public String in(Language language) {
    Objects.requireNonNull(language, "language");
    return switch (language) {
      case NB -> nb();
      case NN -> nn().orElse(nb());
      case EN -> en().orElse(nb());
    };
  }

  /**
   * A bokmål-only text.
   *
   * @param nb the bokmål text
   * @return the text
   */
  public static LocalizedText of(String nb) {
    return ImmutableLocalizedText.builder().nb(nb).build();
  }

  /**
   * A text in bokmål and English.
   *
   * @param nb the bokmål text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String nb, String en) {
    return ImmutableLocalizedText.builder().nb(nb).en(en).build();
  }

  /**
   * A text in bokmål, nynorsk and English: the form of every text the library writes itself.
   *
   * @param nb the bokmål text
   * @param nn the nynorsk text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String nb, String nn, String en) {
    return ImmutableLocalizedText.builder().nb(nb).nn(nn).en(en).build();
  }

  /**
   * Whether the text has all three forms: bokmål, nynorsk and English.
   *
   * @return true if nynorsk and English are written
   */
  public boolean complete() {
    return nn().isPresent() && en().isPresent();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableLocalizedText.Builder builder() {
    return ImmutableLocalizedText.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("nb", nb());
    Checks.notBlank("nn", nn());
    Checks.notBlank("en", en());
  }

  @Override
  public String toString() {
    return nb();
  }

}
