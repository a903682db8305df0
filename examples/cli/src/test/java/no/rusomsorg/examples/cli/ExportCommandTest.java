package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.rusomsorg.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @Test
  void hsdsIsWrittenToTheDirectoryAndSaysWhereTheDataComesFrom(@TempDir Path dir) throws Exception {
    Result r = Cli.run("export", "--format", "hsds", "--out", dir.toString(), "Nordvik", "--date", "2026-04-02");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("14 filer (hsds)").contains("service.json").contains("Kommunens egne data");
    assertThat(Files.readString(dir.resolve("service.json"))).contains("\"status\" : \"active\"");
    String first = Files.readString(dir.resolve("attribute.json"));
    assertThat(Cli.run("export", "--format", "hsds", "--out", dir.toString(), "Nordvik", "--date", "2026-04-02").code()).isZero();
    assertThat(Files.readString(dir.resolve("attribute.json"))).as("byte-identical again").isEqualTo(first);
  }

  @Test
  void cpsvApNoIsTurtleAndJsonLd(@TempDir Path dir) throws Exception {
    Result r = Cli.run("export", "--format", "cpsv-ap-no", "--out", dir.toString(), "Nordvik", "--lang", "en", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("files").toString()).contains("services.ttl").contains("services.jsonld");
    assertThat(r.json().get("provenance").asString()).isEqualTo("PLUGIN");
    assertThat(r.json().get("statement").asString()).startsWith("The municipality's own data");
    assertThat(Files.readString(dir.resolve("services.ttl"))).contains("cpsv:PublicService");
  }

  @Test
  void aMunicipalityWithoutDataOnTheDayIsNotFoundAndABadFormatIsAUsageError(@TempDir Path dir) {
    Result unknown = Cli.run("export", "--format", "hsds", "--out", dir.toString(), "Atlantis");
    assertThat(unknown.code()).isEqualTo(RusomsorgCli.NOT_FOUND);
    assertThat(unknown.err()).contains("ukjent kommune");
    Result bad = Cli.run("export", "--format", "csv", "--out", dir.toString(), "Nordvik");
    assertThat(bad.code()).isEqualTo(RusomsorgCli.USAGE);
    assertThat(bad.err()).contains("hsds eller cpsv-ap-no");
  }
}
