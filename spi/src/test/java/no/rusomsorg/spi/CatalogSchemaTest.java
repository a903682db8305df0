package no.rusomsorg.spi;

import static org.assertj.core.api.Assertions.assertThat;

import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;

class CatalogSchemaTest {
  @Test
  void theSchemaIsReadableThroughTheAccessor() throws Exception {
    var tree = RusomsorgJson.strict().mapper().readTree(CatalogSchema.json());
    assertThat(tree.get("$schema").asString()).contains("2020-12");
    assertThat(tree.get("$defs").has("Catalog")).isTrue();
  }
}
