package no.rusomsorg.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The sentence renderer against an independent model of what the words must say: random criteria
 * trees are rendered in each language, parsed back with a grammar that knows only the leaf phrases,
 * the three connectives and parentheses, and the parse must be unique and equal the tree's normal
 * form (same-kind groups flattened, one-part groups dropped). So every leaf is named, the
 * connectives match all/any/not, and the nesting can be read only one way.
 */
class CriterionSentenceTest {

  // ---------------------------------------------------------------- the model

  /** A sentence's structure: a phrase, an and-list, an or-list or a negated group. */
  interface Node {}

  record Atom(String phrase) implements Node {}

  record And(List<Node> of) implements Node {}

  record Or(List<Node> of) implements Node {}

  record Neg(Node of) implements Node {}

  /** The normal form, built from the tree with instanceof (independent of the visitor). */
  static Node normal(Criterion c, Language l) {
    if (c instanceof Criterion.All) {
      List<Criterion> of = ((Criterion.All) c).of();
      return of.size() == 1 ? normal(of.get(0), l) : new And(flat(of, l, true));
    }
    if (c instanceof Criterion.Any) {
      List<Criterion> of = ((Criterion.Any) c).of();
      return of.size() == 1 ? normal(of.get(0), l) : new Or(flat(of, l, false));
    }
    if (c instanceof Criterion.Residency) {
      List<Node> rel = ((Criterion.Residency) c).accepted().stream().sorted()
          .map(r -> (Node) new Atom(LeafPhrases.relation(r).in(l))).collect(Collectors.toList());
      return rel.size() == 1 ? rel.get(0) : new Or(rel);
    }
    if (c instanceof Criterion.Not) {
      Criterion inner = unwrap(((Criterion.Not) c).criterion());
      String neg = negative(inner, l);
      return neg != null ? new Atom(neg) : new Neg(normal(inner, l));
    }
    return new Atom(positive(c, l));
  }

  private static List<Node> flat(List<Criterion> of, Language l, boolean and) {
    List<Node> out = new ArrayList<>();
    for (Criterion x : of) {
      Node n = normal(x, l);
      if (and && n instanceof And) {
        out.addAll(((And) n).of());
      } else if (!and && n instanceof Or) {
        out.addAll(((Or) n).of());
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static Criterion unwrap(Criterion c) {
    if (c instanceof Criterion.All && ((Criterion.All) c).of().size() == 1) {
      return unwrap(((Criterion.All) c).of().get(0));
    }
    if (c instanceof Criterion.Any && ((Criterion.Any) c).of().size() == 1) {
      return unwrap(((Criterion.Any) c).of().get(0));
    }
    return c;
  }

  /** The expected phrase of a leaf, written out here per kind. */
  private static String positive(Criterion c, Language l) {
    if (c instanceof Criterion.MinimumAge) {
      int y = ((Criterion.MinimumAge) c).years();
      return pick(l, "har fylt " + y + " år", "har fylt " + y + " år", "has reached the age of " + y);
    }
    if (c instanceof Criterion.HasRole) {
      return ((Criterion.HasRole) c).role().holds().in(l);
    }
    if (c instanceof Criterion.Pregnant) {
      return pick(l, "er gravid", "er gravid", "is pregnant");
    }
    if (c instanceof Criterion.Homeless) {
      return pick(l, "er bostedsløs", "er bustadlaus", "is homeless");
    }
    if (c instanceof Criterion.CoOccurringMentalIllness) {
      return LeafPhrases.CO_OCCURRING.in(l);
    }
    if (c instanceof Criterion.InLar) {
      return LeafPhrases.IN_LAR.in(l);
    }
    if (c instanceof Criterion.ProxyWithPowerOfAttorney) {
      return LeafPhrases.PROXY.in(l);
    }
    if (c instanceof Criterion.NotStated) {
      return LeafPhrases.NOT_STATED.in(l);
    }
    if (c instanceof Criterion.Described) {
      LocalizedText t = ((Criterion.Described) c).condition();
      return pick(l, "oppfyller vilkåret «" + t.nb() + "»", "oppfyller vilkåret «" + t.in(l) + "»",
          "meets the condition “" + t.in(l) + "”");
    }
    throw new AssertionError("not a leaf: " + c);
  }

  /** The expected negative phrase of a single condition, or null if negated as a whole. */
  private static String negative(Criterion c, Language l) {
    if (c instanceof Criterion.MinimumAge) {
      int y = ((Criterion.MinimumAge) c).years();
      return pick(l, "har ikke fylt " + y + " år", "har ikkje fylt " + y + " år", "is younger than " + y);
    }
    if (c instanceof Criterion.HasRole) {
      return ((Criterion.HasRole) c).role().fails().in(l);
    }
    if (c instanceof Criterion.Pregnant) {
      return pick(l, "er ikke gravid", "er ikkje gravid", "is not pregnant");
    }
    if (c instanceof Criterion.Homeless) {
      return LeafPhrases.NOT_HOMELESS.in(l);
    }
    if (c instanceof Criterion.CoOccurringMentalIllness) {
      return LeafPhrases.NOT_CO_OCCURRING.in(l);
    }
    if (c instanceof Criterion.InLar) {
      return LeafPhrases.NOT_IN_LAR.in(l);
    }
    if (c instanceof Criterion.ProxyWithPowerOfAttorney) {
      return LeafPhrases.NOT_PROXY.in(l);
    }
    if (c instanceof Criterion.NotStated) {
      return LeafPhrases.NOT_NOT_STATED.in(l);
    }
    if (c instanceof Criterion.Described) {
      return LeafPhrases.notDescribed(((Criterion.Described) c).condition()).in(l);
    }
    return null;
  }

  private static String pick(Language l, String nb, String nn, String en) {
    return l == Language.NB ? nb : l == Language.NN ? nn : en;
  }

  private static void atoms(Node n, Set<String> into) {
    if (n instanceof Atom) {
      into.add(((Atom) n).phrase());
    } else if (n instanceof And) {
      ((And) n).of().forEach(x -> atoms(x, into));
    } else if (n instanceof Or) {
      ((Or) n).of().forEach(x -> atoms(x, into));
    } else {
      atoms(((Neg) n).of(), into);
    }
  }

  // ---------------------------------------------------------------- the parser

  /** A parse of a prefix: the structure and where it ends. */
  record Parse(Node node, int end) {}

  /** Parses sentences built from known phrases, "(", ")", the connectives and "not (". */
  static final class Parser {
    final String s;
    final Set<String> vocabulary;
    final String and;
    final String or;
    final String not;

    Parser(String s, Set<String> vocabulary, Language l) {
      this.s = s;
      this.vocabulary = vocabulary;
      List<String> words = CriterionSentence.connectives(l);
      this.and = " " + words.get(0) + " ";
      this.or = " " + words.get(1) + " ";
      this.not = words.get(2) + " (";
    }

    /** Every parse of the whole sentence. */
    List<Node> parseAll() {
      return expr(0, false).stream().filter(p -> p.end == s.length()).map(Parse::node).collect(Collectors.toList());
    }

    /** A unit, or a list of two or more units joined by one connective (required when {@code multi}). */
    List<Parse> expr(int pos, boolean multi) {
      List<Parse> out = new ArrayList<>();
      for (Parse first : unit(pos)) {
        if (!multi) {
          out.add(first);
        }
        for (String joiner : List.of(and, or)) {
          List<List<Node>> lists = new ArrayList<>();
          List<Parse> frontier = List.of(new Parse(null, first.end));
          List<List<Node>> frontierLists = List.of(List.of(first.node));
          while (!frontier.isEmpty()) {
            List<Parse> next = new ArrayList<>();
            List<List<Node>> nextLists = new ArrayList<>();
            for (int i = 0; i < frontier.size(); i++) {
              int at = frontier.get(i).end;
              if (!s.startsWith(joiner, at)) {
                continue;
              }
              for (Parse u : unit(at + joiner.length())) {
                List<Node> l = new ArrayList<>(frontierLists.get(i));
                l.add(u.node);
                next.add(new Parse(null, u.end));
                nextLists.add(l);
                out.add(new Parse(joiner.equals(and) ? new And(l) : new Or(l), u.end));
              }
            }
            frontier = next;
            frontierLists = nextLists;
            lists.addAll(nextLists);
          }
        }
      }
      return out;
    }

    List<Parse> unit(int pos) {
      List<Parse> out = new ArrayList<>();
      for (String v : vocabulary) {
        if (s.startsWith(v, pos)) {
          out.add(new Parse(new Atom(v), pos + v.length()));
        }
      }
      if (s.startsWith("(", pos)) {
        for (Parse p : expr(pos + 1, true)) {
          if (s.startsWith(")", p.end)) {
            out.add(new Parse(p.node, p.end + 1));
          }
        }
      }
      if (s.startsWith(not, pos)) {
        for (Parse p : expr(pos + not.length(), false)) {
          if (s.startsWith(")", p.end)) {
            out.add(new Parse(new Neg(p.node), p.end + 1));
          }
        }
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- properties

  @Test
  void everyRandomTreeReadsBackExactlyOneWayInEachLanguage() {
    qt().withExamples(3_000).forAll(Gens.criteria(), Generate.enumValues(Language.class))
        .checkAssert((c, l) -> {
          String sentence = CriterionSentence.phrase(c, l);
          Node expected = normal(c, l);
          Set<String> vocabulary = new LinkedHashSet<>();
          atoms(expected, vocabulary);
          List<Node> parses = new Parser(sentence, vocabulary, l).parseAll();
          assertThat(parses).as("parses of «%s»", sentence).containsExactly(expected);
          assertThat(CriterionSentence.sentence(c, l)).isEqualTo(
              (l == Language.EN ? "The person " : "Personen ") + sentence + ".");
        });
  }

  @Test
  void everyLeafIsNamedAndTheConnectivesMatch() {
    qt().withExamples(2_000).forAll(Gens.criteria()).checkAssert(c -> {
      for (Language l : Language.values()) {
        String sentence = CriterionSentence.phrase(c, l);
        Set<String> leaves = new LinkedHashSet<>();
        atoms(normal(c, l), leaves);
        leaves.forEach(leaf -> assertThat(sentence).contains(leaf));
        Node n = normal(c, l);
        if (n instanceof And) {
          assertThat(sentence).contains(" " + CriterionSentence.connectives(l).get(0) + " ");
        }
        if (n instanceof Or) {
          assertThat(sentence).contains(" " + CriterionSentence.connectives(l).get(1) + " ");
        }
        if (n instanceof Neg) {
          assertThat(sentence).startsWith(CriterionSentence.connectives(l).get(2) + " (");
        }
      }
    });
  }

  // ---------------------------------------------------------------- examples

  @Test
  void theStandardAdultCriterionInThreeLanguages() {
    Criterion c = Criterion.all(Criterion.minimumAge(18),
        Criterion.residency(MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT),
        Criterion.any(Criterion.role(Role.SUBSTANCE_PROBLEM), Criterion.role(Role.RELATIVE)));
    assertThat(CriterionSentence.phrase(c, Language.NB)).isEqualTo("har fylt 18 år og (er folkeregistrert bosatt i "
        + "kommunen eller oppholder seg i kommunen) og (har et rusproblem eller er pårørende til noen med et "
        + "rusproblem)");
    assertThat(CriterionSentence.phrase(c, Language.NN)).startsWith("har fylt 18 år og (er folkeregistrert busett i "
        + "kommunen eller oppheld seg i kommunen) og (");
    assertThat(CriterionSentence.phrase(c, Language.EN)).isEqualTo("has reached the age of 18 and (is registered as "
        + "resident in the municipality or is staying in the municipality) and (has a substance problem or is a "
        + "relative of someone with a substance problem)");
  }

  @Test
  void negationUsesTheNegativePhraseOrNegatesTheGroup() {
    assertThat(CriterionSentence.phrase(Criterion.not(Criterion.pregnant()), Language.NN)).isEqualTo("er ikkje gravid");
    assertThat(CriterionSentence.phrase(Criterion.not(Criterion.any(Criterion.pregnant(), Criterion.homeless())),
        Language.NB)).isEqualTo("ikke (er gravid eller er bostedsløs)");
    assertThat(CriterionSentence.phrase(Criterion.not(Criterion.not(Criterion.homeless())), Language.EN))
        .isEqualTo("not (is not homeless)");
  }

  @Test
  void theVerdictReasonsUseTheSamePhrases() {
    PersonFacts facts = PersonFacts.builder().pregnant(true).build();
    Verdict v = Criterion.pregnant().evaluate(facts, java.time.LocalDate.of(2026, 12, 2));
    assertThat(v.reasons().get(0).explanation().nb())
        .isEqualTo("Personen " + CriterionSentence.phrase(Criterion.pregnant(), Language.NB) + ".");
    assertThat(v.reasons().get(0).explanation().in(Language.EN))
        .isEqualTo("The person " + CriterionSentence.phrase(Criterion.pregnant(), Language.EN) + ".");
  }
}
