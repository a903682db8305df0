package no.rusomsorg.core.eligibility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.rusomsorg.core.eligibility.Criterion.All;
import no.rusomsorg.core.eligibility.Criterion.Any;
import no.rusomsorg.core.eligibility.Criterion.CoOccurringMentalIllness;
import no.rusomsorg.core.eligibility.Criterion.Described;
import no.rusomsorg.core.eligibility.Criterion.HasRole;
import no.rusomsorg.core.eligibility.Criterion.Homeless;
import no.rusomsorg.core.eligibility.Criterion.InLar;
import no.rusomsorg.core.eligibility.Criterion.MinimumAge;
import no.rusomsorg.core.eligibility.Criterion.Not;
import no.rusomsorg.core.eligibility.Criterion.NotStated;
import no.rusomsorg.core.eligibility.Criterion.Pregnant;
import no.rusomsorg.core.eligibility.Criterion.ProxyWithPowerOfAttorney;
import no.rusomsorg.core.eligibility.Criterion.Residency;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/**
 * A criterion written out as words about the person, in bokmål, nynorsk or English: for example
 * {@code har fylt 18 år og (er folkeregistrert bosatt i kommunen eller oppholder seg i kommunen) og
 * har et rusproblem}. Used by the rule book and the CLI; the phrase of each kind of condition is the
 * one the evaluator's reasons use.
 *
 * <h2>How the words show the structure</h2>
 * <ul>
 *   <li>{@code all} joins its parts with "og" / "og" / "and", {@code any} with "eller" / "eller" /
 *       "or"; an {@code all} directly inside an {@code all} (or {@code any} inside {@code any}) adds its
 *       parts to the outer list, and an {@code all} or {@code any} of one part is that part.</li>
 *   <li>A group of two or more parts inside another group stands in parentheses, so one level never
 *       mixes "og" and "eller": {@code a og (b eller c)}. The outermost group has none.</li>
 *   <li>A residency criterion that accepts several connections is a choice between them and is
 *       written like an {@code any} of their phrases.</li>
 *   <li>{@code not} of a single condition is that condition's negative phrase ({@code er ikke gravid});
 *       {@code not} of anything else is "ikke" / "ikkje" / "not" before the parenthesised rest.</li>
 * </ul>
 * Every leaf is named by its own phrase; a phrase may contain the words "og" or "eller" (as in "har
 * samtidig rusproblem og psykisk lidelse"), but never parentheses around a group.
 *
 * <p>Stateless and thread-safe.
 */
public final class CriterionSentence {
  private static final Map<Language, Phrase> PHRASES = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      PHRASES.put(l, new Phrase(l));
    }
  }

  private CriterionSentence() {}

  /**
   * The criterion as a predicate about the person, without subject and full stop, such as
   * {@code har fylt 18 år og har et rusproblem}.
   *
   * @param criterion the criterion
   * @param language the language
   * @return the phrase
   */
  public static String phrase(Criterion criterion, Language language) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(language, "language");
    return criterion.accept(PHRASES.get(language), Boolean.FALSE);
  }

  /**
   * The criterion as a predicate about the person in all three languages.
   *
   * @param criterion the criterion
   * @return the phrase in bokmål, nynorsk and English
   */
  public static LocalizedText phrase(Criterion criterion) {
    return LeafPhrases.text(phrase(criterion, Language.NB), phrase(criterion, Language.NN),
        phrase(criterion, Language.EN));
  }

  /**
   * The criterion as a full sentence about the person: {@code Personen har fylt 18 år og har et
   * rusproblem.} / {@code The person has reached the age of 18 and has a substance problem.}
   *
   * @param criterion the criterion
   * @param language the language
   * @return the sentence, with subject and full stop
   */
  public static String sentence(Criterion criterion, Language language) {
    return LeafPhrases.PERSON.in(language) + " " + phrase(criterion, language) + ".";
  }

  /**
   * The connective words the sentences use for {@code all}, {@code any} and {@code not}, as
   * {@code [and, or, not]} in the language.
   *
   * @param language the language
   * @return the three words
   */
  public static List<String> connectives(Language language) {
    Objects.requireNonNull(language, "language");
    return List.of(LeafPhrases.AND.in(language), LeafPhrases.OR.in(language), LeafPhrases.NOT.in(language));
  }

  /** The phrase of each kind; the argument says whether the criterion stands inside a group. */
  private static final class Phrase implements Criterion.Visitor<String, Boolean> {
    private final Language lang;
    private final Negative negative;

    Phrase(Language lang) {
      this.lang = lang;
      this.negative = new Negative(lang);
    }

    private String group(List<String> parts, LocalizedText joiner, boolean nested) {
      String s = String.join(" " + joiner.in(lang) + " ", parts);
      return nested && parts.size() > 1 ? "(" + s + ")" : s;
    }

    @Override
    public String minimumAge(MinimumAge c, Boolean nested) {
      return LeafPhrases.age(c.years()).in(lang);
    }

    @Override
    public String residency(Residency c, Boolean nested) {
      return group(relations(c), LeafPhrases.OR, nested);
    }

    private List<String> relations(Residency c) {
      List<String> out = new ArrayList<>();
      c.accepted().stream().sorted().forEach(r -> out.add(LeafPhrases.relation(r).in(lang)));
      return out;
    }

    @Override
    public String role(HasRole c, Boolean nested) {
      return c.role().holds().in(lang);
    }

    @Override
    public String pregnant(Pregnant c, Boolean nested) {
      return LeafPhrases.PREGNANT.in(lang);
    }

    @Override
    public String homeless(Homeless c, Boolean nested) {
      return LeafPhrases.HOMELESS.in(lang);
    }

    @Override
    public String coOccurringMentalIllness(CoOccurringMentalIllness c, Boolean nested) {
      return LeafPhrases.CO_OCCURRING.in(lang);
    }

    @Override
    public String inLar(InLar c, Boolean nested) {
      return LeafPhrases.IN_LAR.in(lang);
    }

    @Override
    public String proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, Boolean nested) {
      return LeafPhrases.PROXY.in(lang);
    }

    @Override
    public String notStated(NotStated c, Boolean nested) {
      return LeafPhrases.NOT_STATED.in(lang);
    }

    @Override
    public String described(Described c, Boolean nested) {
      return LeafPhrases.described(c.condition()).in(lang);
    }

    @Override
    public String all(All c, Boolean nested) {
      if (c.of().size() == 1) {
        return c.of().get(0).accept(this, nested);
      }
      List<String> parts = new ArrayList<>();
      c.of().forEach(x -> x.accept(new Operands(this, true), parts));
      return group(parts, LeafPhrases.AND, nested);
    }

    @Override
    public String any(Any c, Boolean nested) {
      if (c.of().size() == 1) {
        return c.of().get(0).accept(this, nested);
      }
      List<String> parts = new ArrayList<>();
      c.of().forEach(x -> x.accept(new Operands(this, false), parts));
      return group(parts, LeafPhrases.OR, nested);
    }

    @Override
    public String not(Not c, Boolean nested) {
      String single = c.criterion().accept(negative, null);
      if (single != null) {
        return single;
      }
      return LeafPhrases.NOT.in(lang) + " (" + c.criterion().accept(this, Boolean.FALSE) + ")";
    }
  }

  /**
   * The parts a criterion adds to an enclosing {@code all} ({@code conjunction}) or {@code any}: a
   * group of the same kind adds its own parts, a group of one part adds that part, a residency with
   * several connections adds each connection to an {@code any}; anything else is one part.
   */
  private static final class Operands implements Criterion.Visitor<Void, List<String>> {
    private final Phrase phrase;
    private final boolean conjunction;

    Operands(Phrase phrase, boolean conjunction) {
      this.phrase = phrase;
      this.conjunction = conjunction;
    }

    private Void one(Criterion c, List<String> parts) {
      parts.add(c.accept(phrase, Boolean.TRUE));
      return null;
    }

    @Override
    public Void minimumAge(MinimumAge c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void residency(Residency c, List<String> parts) {
      if (conjunction) {
        return one(c, parts);
      }
      parts.addAll(phrase.relations(c));
      return null;
    }

    @Override
    public Void role(HasRole c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void pregnant(Pregnant c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void homeless(Homeless c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void coOccurringMentalIllness(CoOccurringMentalIllness c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void inLar(InLar c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void notStated(NotStated c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void described(Described c, List<String> parts) {
      return one(c, parts);
    }

    @Override
    public Void all(All c, List<String> parts) {
      if (conjunction || c.of().size() == 1) {
        c.of().forEach(x -> x.accept(this, parts));
        return null;
      }
      return one(c, parts);
    }

    @Override
    public Void any(Any c, List<String> parts) {
      if (!conjunction || c.of().size() == 1) {
        c.of().forEach(x -> x.accept(this, parts));
        return null;
      }
      return one(c, parts);
    }

    @Override
    public Void not(Not c, List<String> parts) {
      return one(c, parts);
    }
  }

  /**
   * The negative phrase of a single condition (looking through groups of one part), or null when the
   * negated criterion is a group or a residency criterion, which are negated as a whole.
   */
  private static final class Negative implements Criterion.Visitor<String, Void> {
    private final Language lang;

    Negative(Language lang) {
      this.lang = lang;
    }

    @Override
    public String minimumAge(MinimumAge c, Void p) {
      return LeafPhrases.notAge(c.years()).in(lang);
    }

    @Override
    public String residency(Residency c, Void p) {
      return null;
    }

    @Override
    public String role(HasRole c, Void p) {
      return c.role().fails().in(lang);
    }

    @Override
    public String pregnant(Pregnant c, Void p) {
      return LeafPhrases.NOT_PREGNANT.in(lang);
    }

    @Override
    public String homeless(Homeless c, Void p) {
      return LeafPhrases.NOT_HOMELESS.in(lang);
    }

    @Override
    public String coOccurringMentalIllness(CoOccurringMentalIllness c, Void p) {
      return LeafPhrases.NOT_CO_OCCURRING.in(lang);
    }

    @Override
    public String inLar(InLar c, Void p) {
      return LeafPhrases.NOT_IN_LAR.in(lang);
    }

    @Override
    public String proxyWithPowerOfAttorney(ProxyWithPowerOfAttorney c, Void p) {
      return LeafPhrases.NOT_PROXY.in(lang);
    }

    @Override
    public String notStated(NotStated c, Void p) {
      return LeafPhrases.NOT_NOT_STATED.in(lang);
    }

    @Override
    public String described(Described c, Void p) {
      return LeafPhrases.notDescribed(c.condition()).in(lang);
    }

    @Override
    public String all(All c, Void p) {
      return c.of().size() == 1 ? c.of().get(0).accept(this, p) : null;
    }

    @Override
    public String any(Any c, Void p) {
      return c.of().size() == 1 ? c.of().get(0).accept(this, p) : null;
    }

    @Override
    public String not(Not c, Void p) {
      return null;
    }
  }
}
