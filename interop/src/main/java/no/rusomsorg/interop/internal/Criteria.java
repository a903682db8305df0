package no.rusomsorg.interop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.text.Language;

/**
 * Eligibility criteria as text for the directory standards, which hold a free-text description (and,
 * in HSDS, a minimum age) but no criterion tree.
 *
 * <p>The minimum age at the top (the criterion itself, or a direct part of an {@code all}) is given
 * apart by {@link #minimumAge(Criterion)} and left out of {@link #rest(Criterion)}, so that an import that
 * rebuilds {@code all(minimumAge, described(text))} exports to the same two fields again.
 */
public final class Criteria {
  private Criteria() {}

  /** The age of a minimum-age criterion, or null for any other kind. */
  private static final Criterion.Visitor<Integer, Void> AGE = new Leaves<Integer>(null) {
    @Override
    public Integer minimumAge(Criterion.MinimumAge c, Void p) {
      return c.years();
    }
  };

  /** Whether a criterion is a composite (all, any), which is set in brackets inside another. */
  private static final Criterion.Visitor<Boolean, Void> COMPOSITE = new Leaves<Boolean>(false) {
    @Override
    public Boolean all(Criterion.All c, Void p) {
      return true;
    }

    @Override
    public Boolean any(Criterion.Any c, Void p) {
      return true;
    }
  };

  /** A visitor whose every case answers one value, for the cases a subclass does not override. */
  private static class Leaves<R> implements Criterion.Visitor<R, Void> {
    private final R value;

    Leaves(R value) {
      this.value = value;
    }

    @Override public R minimumAge(Criterion.MinimumAge c, Void p) { return value; }
    @Override public R residency(Criterion.Residency c, Void p) { return value; }
    @Override public R role(Criterion.HasRole c, Void p) { return value; }
    @Override public R pregnant(Criterion.Pregnant c, Void p) { return value; }
    @Override public R homeless(Criterion.Homeless c, Void p) { return value; }
    @Override public R coOccurringMentalIllness(Criterion.CoOccurringMentalIllness c, Void p) { return value; }
    @Override public R inLar(Criterion.InLar c, Void p) { return value; }
    @Override public R proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney c, Void p) { return value; }
    @Override public R notStated(Criterion.NotStated c, Void p) { return value; }
    @Override public R described(Criterion.Described c, Void p) { return value; }
    @Override public R all(Criterion.All c, Void p) { return value; }
    @Override public R any(Criterion.Any c, Void p) { return value; }
    @Override public R not(Criterion.Not c, Void p) { return value; }
  }

  private static Integer age(Criterion c) {
    return c.accept(AGE, null);
  }

  /**
   * The minimum age at the top of a criterion (the criterion itself, or a direct part of an
   * {@code all}), the largest if several.
   *
   * @param c the criterion
   * @return the age in years
   */
  public static OptionalInt minimumAge(Criterion c) {
    Integer own = age(c);
    if (own != null) {
      return OptionalInt.of(own);
    }
    List<Criterion> parts = allParts(c);
    return parts.stream().map(Criteria::age).filter(a -> a != null).mapToInt(Integer::intValue).max();
  }

  /** The parts of an {@code all}; empty for any other kind. */
  private static List<Criterion> allParts(Criterion c) {
    return c.accept(new Leaves<List<Criterion>>(List.of()) {
      @Override
      public List<Criterion> all(Criterion.All a, Void p) {
        return a.of();
      }
    }, null);
  }

  /**
   * The criterion without its top-level minimum age, as text.
   *
   * @param c the criterion
   * @param language the language
   * @return the text, empty if nothing is left
   */
  public static Optional<String> rest(Criterion c, Language language) {
    if (age(c) != null) {
      return Optional.empty();
    }
    List<Criterion> all = allParts(c);
    if (all.isEmpty()) {
      return Optional.of(text(c, language));
    }
    List<Criterion> parts = new ArrayList<>();
    for (Criterion p : all) {
      if (age(p) == null) {
        parts.add(p);
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (parts.size() == 1) {
      return Optional.of(text(parts.get(0), language));
    }
    return Optional.of(join(parts, language, and(language)));
  }

  /**
   * The whole criterion as text, minimum age included.
   *
   * @param c the criterion
   * @param language the language
   * @return the text
   */
  public static String text(Criterion c, Language language) {
    return c.accept(new Text(), language);
  }

  private static String and(Language l) {
    return l == Language.EN ? " and " : " og ";
  }

  private static String or(Language l) {
    return l == Language.EN ? " or " : " eller ";
  }

  private static String join(List<Criterion> parts, Language l, String glue) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append(glue);
      }
      String t = text(parts.get(i), l);
      sb.append(parts.get(i).accept(COMPOSITE, null) ? "(" + t + ")" : t);
    }
    return sb.toString();
  }

  private static String pick(Language l, String nb, String nn, String en) {
    return switch (l) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }

  /** Each kind of criterion in words. */
  private static final class Text implements Criterion.Visitor<String, Language> {
    @Override
    public String minimumAge(Criterion.MinimumAge c, Language l) {
      int y = c.years();
      return pick(l, "er minst " + y + " år", "er minst " + y + " år", "is at least " + y + " years old");
    }

    @Override
    public String residency(Criterion.Residency c, Language l) {
      List<String> ways = new ArrayList<>();
      for (MunicipalityRelation r : c.accepted()) {
        ways.add(relation(r, l));
      }
      return String.join(or(l), ways);
    }

    @Override
    public String role(Criterion.HasRole c, Language l) {
      return switch (c.role()) {
        case SUBSTANCE_PROBLEM -> pick(l, "har et rusproblem", "har eit rusproblem", "has a substance problem");
        case RELATIVE -> pick(l, "er pårørende til noen med et rusproblem", "er pårørande til nokon med eit rusproblem",
            "is a relative of someone with a substance problem");
        case PARTNER_AGENCY -> pick(l, "tar kontakt som samarbeidspartner eller fagperson",
            "tek kontakt som samarbeidspartnar eller fagperson", "makes contact as a partner agency or professional");
      };
    }

    @Override
    public String pregnant(Criterion.Pregnant c, Language l) {
      return pick(l, "er gravid", "er gravid", "is pregnant");
    }

    @Override
    public String homeless(Criterion.Homeless c, Language l) {
      return pick(l, "er bostedsløs", "er bustadlaus", "is homeless");
    }

    @Override
    public String coOccurringMentalIllness(Criterion.CoOccurringMentalIllness c, Language l) {
      return pick(l, "har både rusproblem og psykisk lidelse", "har både rusproblem og psykisk liding",
          "has both a substance problem and a mental illness");
    }

    @Override
    public String inLar(Criterion.InLar c, Language l) {
      return pick(l, "er i legemiddelassistert rehabilitering (LAR)", "er i legemiddelassistert rehabilitering (LAR)",
          "is in opioid substitution treatment (LAR)");
    }

    @Override
    public String proxyWithPowerOfAttorney(Criterion.ProxyWithPowerOfAttorney c, Language l) {
      return pick(l, "har fullmakt fra den det gjelder", "har fullmakt frå den det gjeld",
          "holds a power of attorney from the person concerned");
    }

    @Override
    public String notStated(Criterion.NotStated c, Language l) {
      return pick(l, "kilden oppgir ikke hvem tjenesten er for", "kjelda oppgir ikkje kven tenesta er for",
          "the source does not say who the service is for");
    }

    @Override
    public String described(Criterion.Described c, Language l) {
      return c.condition().in(l);
    }

    @Override
    public String all(Criterion.All c, Language l) {
      return join(c.of(), l, and(l));
    }

    @Override
    public String any(Criterion.Any c, Language l) {
      return join(c.of(), l, or(l));
    }

    @Override
    public String not(Criterion.Not c, Language l) {
      String inner = text(c.criterion(), l);
      return pick(l, "ikke: ", "ikkje: ", "not: ") + (c.criterion().accept(COMPOSITE, null) ? "(" + inner + ")" : inner);
    }
  }

  private static String relation(MunicipalityRelation r, Language l) {
    Function<MunicipalityRelation, String> f = x -> switch (x) {
      case REGISTERED_RESIDENT -> pick(l, "er folkeregistrert bosatt i kommunen", "er folkeregistrert busett i kommunen",
          "is registered as resident in the municipality");
      case PRESENT -> pick(l, "oppholder seg i kommunen", "oppheld seg i kommunen", "is staying in the municipality");
      case NEITHER -> pick(l, "verken bor eller oppholder seg i kommunen", "verken bur eller oppheld seg i kommunen",
          "neither lives nor stays in the municipality");
    };
    return f.apply(r);
  }
}
