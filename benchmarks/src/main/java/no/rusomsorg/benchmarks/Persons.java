package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import java.util.Random;
import no.rusomsorg.core.eligibility.ImmutablePersonFacts;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.PersonFacts;

/** Generated people for the eligibility benchmarks and probes: fixed seed, varied and partly unknown facts. */
final class Persons {
  private Persons() {}

  /**
   * Draws people: about half know every fact, the rest leave some unknown; birth dates span 1930–2025,
   * with people close to their 18th birthday and people born on 29 February.
   *
   * @param n how many
   * @param date the evaluation date the ages are drawn around
   * @param seed the seed
   * @return the people
   */
  static PersonFacts[] generate(int n, LocalDate date, long seed) {
    Random random = new Random(seed);
    MunicipalityRelation[] relations = MunicipalityRelation.values();
    PersonFacts[] people = new PersonFacts[n];
    LocalDate first = LocalDate.of(1930, 1, 1);
    int span = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay());
    for (int i = 0; i < n; i++) {
      boolean complete = random.nextBoolean();
      ImmutablePersonFacts.Builder b = PersonFacts.builder();
      if (complete || random.nextInt(3) > 0) {
        switch (random.nextInt(8)) {
          case 0:
            b.birthDate(date.minusYears(18).plusDays(random.nextInt(21) - 10));
            break;
          case 1:
            b.birthDate(LocalDate.of(1980 + 4 * random.nextInt(11), 2, 29));
            break;
          default:
            b.birthDate(first.plusDays(random.nextInt(span)));
        }
      }
      if (complete || random.nextInt(3) > 0) {
        b.municipalityRelation(relations[random.nextInt(relations.length)]);
      }
      if (complete || random.nextInt(3) > 0) {
        b.substanceProblem(random.nextInt(4) > 0);
      }
      if (complete || random.nextBoolean()) {
        b.relative(random.nextInt(5) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.partnerAgency(random.nextInt(10) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.pregnant(random.nextInt(20) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.homeless(random.nextInt(6) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.coOccurringMentalIllness(random.nextInt(3) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.inLar(random.nextInt(8) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.actingForAnother(random.nextInt(10) == 0);
      }
      if (complete || random.nextBoolean()) {
        b.powerOfAttorney(random.nextInt(10) == 0);
      }
      people[i] = b.build();
    }
    return people;
  }
}
