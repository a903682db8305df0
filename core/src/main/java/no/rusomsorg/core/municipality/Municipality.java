package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.core.text.LanguageForm;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Norwegian municipality (kommune) with the history of its number and county.
 *
 * <p>Sandnes: valid from its last merger, number 1102 (Rogaland) until 2019-12-31 and 1108 (Rogaland)
 * from 2020-01-01, no end. Søgne: 1018 (Vest-Agder) until 2019-12-31, then merged into
 * Kristiansand, its {@link #successor() successor} 4204 from 2020-01-01; asking Søgne about 2021
 * answers "no number, succeeded by Kristiansand" rather than "unknown".
 *
 * <p>Rules: a stable id and a name; at least one number period; the periods are ordered by start
 * ({@link Rule#ORDER}), do not overlap ({@link Rule#OVERLAP}), follow each other without a gap, and
 * together cover exactly the municipality's validity ({@link Rule#CONSISTENCY}); a successor is only
 * given for a municipality that ended, and takes over the day after it ended ({@link Rule#CONSISTENCY}).
 *
 * <p><b>Before the data.</b> {@link #validity()} is the time the catalog has data for. A municipality
 * that a source says existed before that ({@link #existedBefore()}: Sandnes, a town from 1860, merged
 * with its neighbours in 1965, data from 1965-01-01) is {@link #existedBeforeDataOn(LocalDate) known to
 * exist, without data} on earlier dates; without such a source, a date before the validity is one on
 * which the municipality is not known to have existed.
 *
 * <p>JSON: {@code {"id": "sandnes", "name": "Sandnes", "validity": {...}, "numbers": [...],
 * "successor": {...}, "existedBefore": {...}, "appealBody": {"nb": "..."}}}; the successor, the earlier
 * existence and the appeal body are left out when there are none.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
@JsonPropertyOrder({"id", "name", "validity", "numbers", "successor", "existedBefore", "appealBody", "languageForm"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Municipality {

  Municipality() {}

  /**
   * A stable id, such as {@code sandnes}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * When the municipality exists.
   *
   * @return the validity
   */
  public abstract Validity validity();

  /**
   * Its numbers over time, oldest first.
   *
   * @return the periods; never empty
   */
  public abstract List<NumberPeriod> numbers();

  /**
   * The municipality that took over after a merger.
   *
   * @return the successor
   */
  public abstract Optional<Successor> successor();

  /**
   * The name of the municipality's own appeal body for its decisions under no special act (fvl § 28
   * second paragraph: the municipal council or a complaints board the council appoints), such as
   * "Klagenemnda i Fjordby". Empty when the sources do not name it; complaint routes then say "kommunens
   * klagenemnd" / "the municipality's complaints board" and that the body is not stated.
   *
   * @return the name, or empty when not stated
   */
  public abstract Optional<LocalizedText> appealBody();

  /**
   * The written form of Norwegian the municipality has chosen (bokmål, nynorsk or neutral). Empty when
   * the sources do not state it; applications then treat the municipality as neutral and show bokmål
   * unless the user chooses otherwise ({@link LanguageForm#defaultLanguage()}).
   *
   * @return the language form, or empty when not stated
   */
  public abstract Optional<LanguageForm> languageForm();

  /**
   * What a source says about the municipality before its data starts: that it existed, and from when.
   *
   * @return the earlier existence; empty when no source states one
   */
  public abstract Optional<EarlierExistence> existedBefore();

  /**
   * Whether the municipality is known to have existed on a day before its data starts: the day is
   * before {@link #validity()}, a source states an {@link #existedBefore() earlier existence}, and the
   * day is not before the year the source gives (if it gives one).
   *
   * @param date the day
   * @return true if it existed then but the catalog has no data for that day
   */
  public boolean existedBeforeDataOn(LocalDate date) {
    CatalogChecks.notNull("date", date);
    return date.isBefore(validity().from()) && existedBefore()
        .filter(e -> e.sinceYear().map(y -> date.getYear() >= y).orElse(true)).isPresent();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMunicipality.Builder builder() {
    return ImmutableMunicipality.builder();
  }

  /**
   * Whether the municipality exists on a day.
   *
   * @param date the day
   * @return true if its validity contains the day
   */
  public boolean isValidOn(LocalDate date) {
    return validity().contains(CatalogChecks.notNull("date", date));
  }

  /**
   * The number period in force on a day.
   *
   * @param date the day
   * @return the period; empty outside the validity
   */
  public Optional<NumberPeriod> numberPeriodOn(LocalDate date) {
    CatalogChecks.notNull("date", date);
    return numbers().stream().filter(p -> p.validity().contains(date)).findFirst();
  }

  /**
   * The number on a day ({@code 1102} for Sandnes on 2019-12-31, {@code 1108} on 2020-01-01).
   *
   * @param date the day
   * @return the number; empty outside the validity
   */
  public Optional<MunicipalityNumber> numberOn(LocalDate date) {
    return numberPeriodOn(date).map(NumberPeriod::number);
  }

  /**
   * The county on a day.
   *
   * @param date the day
   * @return the county; empty outside the validity
   */
  public Optional<County> countyOn(LocalDate date) {
    return numberPeriodOn(date).map(NumberPeriod::county);
  }

  /**
   * The most recent number (the current one if the municipality still exists).
   *
   * @return the number of the last period
   */
  public MunicipalityNumber latestNumber() {
    return numbers().get(numbers().size() - 1).number();
  }

  /**
   * Whether the municipality had a number at some time.
   *
   * @param number the number
   * @return true if one of its periods has it
   */
  public boolean hadNumber(MunicipalityNumber number) {
    CatalogChecks.notNull("number", number);
    return numbers().stream().anyMatch(p -> p.number().equals(number));
  }

  /**
   * The successor responsible on a day after the municipality ended.
   *
   * @param date the day
   * @return the successor if the municipality no longer existed on that day and the successor had taken over
   */
  public Optional<Successor> successorOn(LocalDate date) {
    CatalogChecks.notNull("date", date);
    return successor().filter(s -> !isValidOn(date) && !date.isBefore(s.from()));
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.notBlank("name", name());
    List<NumberPeriod> ps = numbers();
    if (ps.isEmpty()) {
      throw new InvalidValueException("numbers", Rule.REQUIRED, "a municipality has at least one number period");
    }
    for (int i = 1; i < ps.size(); i++) {
      Validity prev = ps.get(i - 1).validity();
      Validity cur = ps.get(i).validity();
      String field = "numbers[" + i + "].validity";
      if (!cur.from().isAfter(prev.from())) {
        throw new InvalidValueException(field, Rule.ORDER,
            "number periods must be ordered by start (" + cur.from() + " is not after " + prev.from() + ")");
      }
      if (prev.overlaps(cur)) {
        throw new InvalidValueException(field, Rule.OVERLAP,
            "number periods must not overlap (" + prev + " and " + cur + ")");
      }
      if (!prev.to().orElseThrow().plusDays(1).equals(cur.from())) {
        throw new InvalidValueException(field, Rule.CONSISTENCY,
            "a municipality always has a number: gap between " + prev.to().get() + " and " + cur.from());
      }
    }
    if (!ps.get(0).validity().from().equals(validity().from())) {
      throw new InvalidValueException("numbers[0].validity.from", Rule.CONSISTENCY,
          "the first number period must start when the municipality starts (" + validity().from() + ")");
    }
    if (!ps.get(ps.size() - 1).validity().to().equals(validity().to())) {
      throw new InvalidValueException("numbers[" + (ps.size() - 1) + "].validity.to", Rule.CONSISTENCY,
          "the last number period must end when the municipality ends (" + validity().to().map(String::valueOf).orElse("open") + ")");
    }
    if (existedBefore().flatMap(EarlierExistence::sinceYear).filter(y -> y > validity().from().getYear()).isPresent()) {
      throw new InvalidValueException("existedBefore.sinceYear", Rule.ORDER,
          "the municipality cannot have existed only from after its data starts (" + validity().from() + ")");
    }
    if (successor().isPresent()) {
      if (validity().to().isEmpty()) {
        throw new InvalidValueException("successor", Rule.CONSISTENCY, "only a municipality that ended has a successor");
      }
      if (!successor().get().from().equals(validity().to().get().plusDays(1))) {
        throw new InvalidValueException("successor.from", Rule.CONSISTENCY,
            "the successor takes over the day after the municipality ends (" + validity().to().get().plusDays(1) + ")");
      }
    }
  }

  @Override
  public String toString() {
    return name() + " (" + latestNumber() + ")";
  }
}
