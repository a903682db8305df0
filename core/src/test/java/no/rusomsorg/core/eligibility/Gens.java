package no.rusomsorg.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.identity.NationalIdNumber;
import no.rusomsorg.core.identity.NationalIds;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Generators for criterion trees and (partial, complete) facts. Test code only. */
final class Gens {
  private Gens() {}

  static int pick(RandomnessSource in, int from, int to) {
    return (int) in.next(Constraint.between(from, to));
  }

  // ------------------------------------------------------------------ criteria

  static Gen<Criterion> criteria() {
    return in -> criterion(in, 4);
  }

  private static final Basis[] BASES = {
      null,
      Basis.source("test-source"),
      Basis.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2")),
      Basis.of(LegalReference.builder().act(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN).section("2-1 a").paragraph(2).unverified(true).build(),
          "sandnes-rustjenester")
  };

  private static final no.rusomsorg.core.text.LocalizedText[] CONDITIONS = {
      no.rusomsorg.core.text.LocalizedText.of("har nylig født", "has recently given birth"),
      no.rusomsorg.core.text.LocalizedText.of("har spilleproblemer")
  };

  /** Whether a criterion holds a leaf that no fact decides ({@code notStated}, {@code described}). */
  static boolean hasUndecidable(Criterion c) {
    if (c instanceof Criterion.NotStated || c instanceof Criterion.Described) {
      return true;
    }
    if (c instanceof Criterion.Not) {
      return hasUndecidable(((Criterion.Not) c).criterion());
    }
    if (c instanceof Criterion.All) {
      return ((Criterion.All) c).of().stream().anyMatch(Gens::hasUndecidable);
    }
    if (c instanceof Criterion.Any) {
      return ((Criterion.Any) c).of().stream().anyMatch(Gens::hasUndecidable);
    }
    return false;
  }

  static Criterion criterion(RandomnessSource in, int depth) {
    int kind = pick(in, 0, depth > 0 ? 13 : 9);
    Basis basis = BASES[pick(in, 0, BASES.length - 1)];
    Basis required = basis == null ? BASES[1] : basis;
    switch (kind) {
      case 0: {
        int[] usual = {18, 18, 16, 20, 23, 67};
        int years = pick(in, 0, 1) == 0 ? usual[pick(in, 0, usual.length - 1)] : pick(in, 1, 130);
        return new Criterion.MinimumAge(years, basis);
      }
      case 1: {
        EnumSet<MunicipalityRelation> set = EnumSet.noneOf(MunicipalityRelation.class);
        while (set.isEmpty()) {
          for (MunicipalityRelation r : MunicipalityRelation.values()) {
            if (pick(in, 0, 1) == 1) {
              set.add(r);
            }
          }
        }
        return new Criterion.Residency(set, basis);
      }
      case 2:
        return new Criterion.HasRole(Role.values()[pick(in, 0, Role.values().length - 1)], basis);
      case 3:
        return new Criterion.Pregnant(basis);
      case 4:
        return new Criterion.Homeless(basis);
      case 5:
        return new Criterion.CoOccurringMentalIllness(basis);
      case 6:
        return new Criterion.InLar(basis);
      case 7:
        return new Criterion.ProxyWithPowerOfAttorney(basis);
      case 8:
        return new Criterion.NotStated(required);
      case 9:
        return new Criterion.Described(CONDITIONS[pick(in, 0, CONDITIONS.length - 1)], required);
      case 10:
      case 11: {
        int n = pick(in, 1, 4);
        List<Criterion> of = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          of.add(criterion(in, depth - 1));
        }
        return kind == 10 ? new Criterion.All(of) : new Criterion.Any(of);
      }
      default:
        return new Criterion.Not(criterion(in, depth - 1));
    }
  }

  // ------------------------------------------------------------------ facts

  /**
   * A complete description of a person and a date, from which facts with any subset known can be
   * built. The birth date is never after the evaluation date.
   */
  static final class Person {
    final LocalDate date;
    final LocalDate birth;
    /** 0 none, 1 pre-2032 fødselsnummer, 2 2032-rule fødselsnummer, 3 D-number. */
    final int idKind;
    final NationalIdNumber id;
    /** When the id is a pre-2032 fødselsnummer: give only the id (the birth date is derived). */
    final boolean idOnly;
    final MunicipalityRelation relation;
    /** Values of the nine yes/no facts, in {@link #FLAGS} order. */
    final boolean[] flags;

    Person(LocalDate date, LocalDate birth, int idKind, NationalIdNumber id, boolean idOnly,
        MunicipalityRelation relation, boolean[] flags) {
      this.date = date;
      this.birth = birth;
      this.idKind = idKind;
      this.id = id;
      this.idOnly = idOnly;
      this.relation = relation;
      this.flags = flags;
    }

    /** The facts with exactly the facts in {@code known} known. */
    PersonFacts facts(EnumSet<Fact> known) {
      ImmutablePersonFacts.Builder b = PersonFacts.builder();
      if (known.contains(Fact.BIRTH_DATE)) {
        if (id != null) {
          b.nationalId(id);
        }
        if (!(idKind == 1 && idOnly)) {
          b.birthDate(birth);
        }
      } else if (id != null && idKind != 1) {
        b.nationalId(id); // a number that does not tell the birth date may be known without it
      }
      if (known.contains(Fact.MUNICIPALITY_RELATION)) {
        b.municipalityRelation(relation);
      }
      PersonFacts f = b.build();
      ImmutablePersonFacts out = ImmutablePersonFacts.copyOf(f);
      for (int i = 0; i < FLAGS.length; i++) {
        if (known.contains(FLAGS[i])) {
          out = with(out, FLAGS[i], flags[i]);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "Person[date=" + date + ", birth=" + birth + ", idKind=" + idKind + ", idOnly=" + idOnly
          + ", relation=" + relation + ", flags=" + java.util.Arrays.toString(flags) + "]";
    }
  }

  static final Fact[] FLAGS = {Fact.SUBSTANCE_PROBLEM, Fact.RELATIVE, Fact.PARTNER_AGENCY, Fact.PREGNANT, Fact.HOMELESS,
      Fact.CO_OCCURRING_MENTAL_ILLNESS, Fact.IN_LAR, Fact.ACTING_FOR_ANOTHER, Fact.POWER_OF_ATTORNEY};

  static ImmutablePersonFacts with(ImmutablePersonFacts f, Fact fact, boolean v) {
    switch (fact) {
      case SUBSTANCE_PROBLEM:
        return f.withSubstanceProblem(v);
      case RELATIVE:
        return f.withRelative(v);
      case PARTNER_AGENCY:
        return f.withPartnerAgency(v);
      case PREGNANT:
        return f.withPregnant(v);
      case HOMELESS:
        return f.withHomeless(v);
      case CO_OCCURRING_MENTAL_ILLNESS:
        return f.withCoOccurringMentalIllness(v);
      case IN_LAR:
        return f.withInLar(v);
      case ACTING_FOR_ANOTHER:
        return f.withActingForAnother(v);
      case POWER_OF_ATTORNEY:
        return f.withPowerOfAttorney(v);
      default:
        throw new IllegalArgumentException(fact.name());
    }
  }

  static Gen<Person> persons() {
    return in -> {
      LocalDate date = NationalIds.date(in, 1990, 2110);
      LocalDate birth;
      int mode = pick(in, 0, 3);
      if (mode == 0) {
        // near an age boundary: the 16th, 18th, 20th, 23rd or 67th birthday, give or take a day
        int[] ages = {16, 18, 20, 23, 67};
        int age = ages[pick(in, 0, ages.length - 1)];
        birth = date.minusYears(age).plusDays(pick(in, -2, 2));
        if (birth.isAfter(date)) {
          birth = date;
        }
      } else {
        birth = date.minusDays(pick(in, 0, 110 * 366));
      }
      if (birth.getYear() < 1800) {
        birth = LocalDate.of(1800, 1, 1);
      }
      int idKind = pick(in, 0, 3);
      NationalIdNumber id = null;
      int seed = pick(in, 0, 999);
      if (idKind == 1) {
        String digits = NationalIds.fodselsnummer(birth, seed);
        id = digits == null ? null : NationalIdNumber.parse(digits);
        idKind = id == null ? 0 : 1;
      } else if (idKind == 2) {
        id = NationalIdNumber.parse(NationalIds.from2032(birth, seed));
      } else if (idKind == 3) {
        // a D-number whose encoded date differs from the real birth date: allowed, never compared
        LocalDate other = birth.plusDays(pick(in, 1, 400));
        String digits = null;
        for (int i = 0; digits == null && i < 200; i++) {
          digits = NationalIds.make(other.getDayOfMonth(), other.getMonthValue(), other.getYear() % 100,
              NationalIdNumber.Kind.D_NUMBER, Math.floorMod(seed + i, 1000), 0);
        }
        id = NationalIdNumber.parse(digits);
      }
      boolean idOnly = pick(in, 0, 1) == 1;
      MunicipalityRelation relation = MunicipalityRelation.values()[pick(in, 0, 2)];
      boolean[] flags = new boolean[FLAGS.length];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = pick(in, 0, 1) == 1;
      }
      return new Person(date, birth, idKind, id, idOnly, relation, flags);
    };
  }

  /** A random subset of the facts, biased towards both ends (nothing known, everything known). */
  static Gen<EnumSet<Fact>> knownSets() {
    return in -> {
      int bias = pick(in, 0, 9);
      EnumSet<Fact> set = EnumSet.noneOf(Fact.class);
      if (bias == 0) {
        return set;
      }
      if (bias == 1) {
        return EnumSet.allOf(Fact.class);
      }
      for (Fact f : Fact.values()) {
        if (pick(in, 0, 2) > 0) {
          set.add(f);
        }
      }
      return set;
    };
  }

  static Optional<Boolean> flag(PersonFacts f, Fact fact) {
    switch (fact) {
      case SUBSTANCE_PROBLEM:
        return f.substanceProblem();
      case RELATIVE:
        return f.relative();
      case PARTNER_AGENCY:
        return f.partnerAgency();
      case PREGNANT:
        return f.pregnant();
      case HOMELESS:
        return f.homeless();
      case CO_OCCURRING_MENTAL_ILLNESS:
        return f.coOccurringMentalIllness();
      case IN_LAR:
        return f.inLar();
      case ACTING_FOR_ANOTHER:
        return f.actingForAnother();
      case POWER_OF_ATTORNEY:
        return f.powerOfAttorney();
      default:
        throw new IllegalArgumentException(fact.name());
    }
  }
}
