package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 19: {@code rules <municipality> <service-id>} prints one service's rules as the rule book writes them. */
class RulesCommandTest {

  @Test
  void printsTheCriterionAsASentenceWithItsBasisInBokmal() {
    Cli.Result r = Cli.run("rules", "Nordvik", "nordvik.emergency-housing");
    assertThat(r.code()).as(r.err()).isEqualTo(RusomsorgCli.OK);
    assertThat(r.out()).contains("# Akuttovernatting (`nordvik.emergency-housing`)")
        .contains("Hvem tjenesten er for: Personen er folkeregistrert bosatt i kommunen og er bostedsløs og har et "
            + "rusproblem og har fylt 18 år.")
        .contains("er folkeregistrert bosatt i kommunen: [hol § 3-1]")
        .contains("Kilder: ");
  }

  @Test
  void nynorskAndEnglish() {
    Cli.Result nn = Cli.run("rules", "Nordvik", "nordvik.emergency-housing", "--lang", "nn");
    assertThat(nn.code()).isEqualTo(RusomsorgCli.OK);
    assertThat(nn.out()).contains("Kven tenesta er for: Personen er folkeregistrert busett i kommunen og er bustadlaus");
    Cli.Result en = Cli.run("rules", "Nordvik", "nordvik.emergency-housing", "--lang", "en");
    assertThat(en.out()).contains("Who the service is for: The person is registered as resident in the municipality "
        + "and is homeless and has a substance problem and has reached the age of 18.");
  }

  @Test
  void anUnknownServiceIsNotFound() {
    Cli.Result r = Cli.run("rules", "Nordvik", "nordvik.nope");
    assertThat(r.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(r.err()).contains("nordvik.nope");
  }
}
