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

  /**
   * The minimum age at the top of a criterion, the largest if several.
   *
   * @param c the criterion
   * @return the age in years
   */
  public static OptionalInt minimumAge(Criterion c) {
    if (c instanceof Criterion.MinimumAge) {
      return OptionalInt.of(((Criterion.MinimumAge) c).years());
    }
    if (c instanceof Criterion.All) {
      return ((Criterion.All) c).of().stream().filter(p -> p instanceof Criterion.MinimumAge)
          .mapToInt(p -> ((Criterion.MinimumAge) p).years()).max();
    }
    return OptionalInt.empty();
  }

  /**
   * The criterion without its top-level minimum age, as text.
   *
   * @param c the criterion
   * @param language the language
   * @return the text, empty if nothing is left
   */
  public static Optional<String> rest(Criterion c, Language language) {
    if (c instanceof Criterion.MinimumAge) {
      return Optional.empty();
    }
    if (c instanceof Criterion.All) {
      List<Criterion> parts = new ArrayList<>();
      for (Criterion p : ((Criterion.All) c).of()) {
        if (!(p instanceof Criterion.MinimumAge)) {
          parts.add(p);
        }
      }
      if (parts.isEmpty()) {
        return Optional.empty();
      }
      if (parts.size() == 1) {
        return Optional.of(text(parts.get(0), language, false));
      }
      return Optional.of(join(parts, language, and(language), false));
    }
    return Optional.of(text(c, language, false));
  }

  /**
   * The whole criterion as text, minimum age included.
   *
   * @param c the criterion
   * @param language the language
   * @return the text
   */
  public static String text(Criterion c, Language language) {
    return text(c, language, false);
  }

  private static String and(Language l) {
    return l == Language.EN ? " and " : " og ";
  }

  private static String or(Language l) {
    return l == Language.EN ? " or " : " eller ";
  }

  private static String join(List<Criterion> parts, Language l, String glue, boolean nested) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append(glue);
      }
      sb.append(text(parts.get(i), l, true));
    }
    return nested ? "(" + sb + ")" : sb.toString();
  }

  private static String pick(Language l, String nb, String nn, String en) {
    return switch (l) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }

  private static String text(Criterion c, Language l, boolean nested) {
    if (c instanceof Criterion.All) {
      return join(((Criterion.All) c).of(), l, and(l), nested);
    }
    if (c instanceof Criterion.Any) {
      return join(((Criterion.Any) c).of(), l, or(l), nested);
    }
    if (c instanceof Criterion.Not) {
      return pick(l, "ikke: ", "ikkje: ", "not: ") + text(((Criterion.Not) c).criterion(), l, true);
    }
    return leaf(c, l);
  }

  private static String leaf(Criterion c, Language l) {
    if (c instanceof Criterion.MinimumAge) {
      int y = ((Criterion.MinimumAge) c).years();
      return pick(l, "er minst " + y + " år", "er minst " + y + " år", "is at least " + y + " years old");
    }
    if (c instanceof Criterion.Residency) {
      List<String> ways = new ArrayList<>();
      for (MunicipalityRelation r : ((Criterion.Residency) c).accepted()) {
        ways.add(relation(r, l));
      }
      return String.join(or(l), ways);
    }
    if (c instanceof Criterion.HasRole) {
      return switch (((Criterion.HasRole) c).role()) {
        case SUBSTANCE_PROBLEM -> pick(l, "har et rusproblem", "har eit rusproblem", "has a substance problem");
        case RELATIVE -> pick(l, "er pårørende til noen med et rusproblem", "er pårørande til nokon med eit rusproblem",
            "is a relative of someone with a substance problem");
        case PARTNER_AGENCY -> pick(l, "tar kontakt som samarbeidspartner eller fagperson",
            "tek kontakt som samarbeidspartnar eller fagperson", "makes contact as a partner agency or professional");
      };
    }
    if (c instanceof Criterion.Pregnant) {
      return pick(l, "er gravid", "er gravid", "is pregnant");
    }
    if (c instanceof Criterion.Homeless) {
      return pick(l, "er bostedsløs", "er bustadlaus", "is homeless");
    }
    if (c instanceof Criterion.CoOccurringMentalIllness) {
      return pick(l, "har både rusproblem og psykisk lidelse", "har både rusproblem og psykisk liding",
          "has both a substance problem and a mental illness");
    }
    if (c instanceof Criterion.InLar) {
      return pick(l, "er i legemiddelassistert rehabilitering (LAR)", "er i legemiddelassistert rehabilitering (LAR)",
          "is in opioid substitution treatment (LAR)");
    }
    if (c instanceof Criterion.ProxyWithPowerOfAttorney) {
      return pick(l, "har fullmakt fra den det gjelder", "har fullmakt frå den det gjeld",
          "holds a power of attorney from the person concerned");
    }
    if (c instanceof Criterion.NotStated) {
      return pick(l, "kilden oppgir ikke hvem tjenesten er for", "kjelda oppgir ikkje kven tenesta er for",
          "the source does not say who the service is for");
    }
    if (c instanceof Criterion.Described) {
      return ((Criterion.Described) c).condition().in(l);
    }
    throw new IllegalStateException("a criterion type this module does not know: " + c.getClass().getName());
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
