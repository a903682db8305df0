package no.rusomsorg.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The committed catalog schema is exactly what {@link CatalogSchemaGenerator} writes from today's
 * model. Run with {@code -Dschema.write=true} to rewrite it after a change of the model (ADR 0019).
 */
class CatalogSchemaUpToDateTest {
  static final String COMMAND = "mvn -B -o -q test -pl spi -am -Dschema.write=true -Dtest=CatalogSchemaUpToDateTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false";

  @Test
  void theCommittedSchemaIsWhatTheGeneratorWrites() throws Exception {
    String generated = CatalogSchemaGenerator.generate();
    if (Boolean.getBoolean("schema.write")) {
      Files.writeString(CatalogSchemaGenerator.SOURCE, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.readString(CatalogSchemaGenerator.SOURCE, StandardCharsets.UTF_8);
    assertThat(committed).as("the committed schema is stale; regenerate it with: " + COMMAND).isEqualTo(generated);
  }
}
