package no.rusomsorg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format is fixed by golden files in {@code src/test/resources/golden/}: the model writes
 * exactly that JSON and reads it back equal. A change to a golden file is a change to the format.
 */
class CatalogGoldenJsonTest {
  private static final RusomsorgJson JSON = RusomsorgJson.strict();

  static Stream<Arguments> golden() {
    return Stream.of(
        Arguments.of("service-sandnes-counsellor-follow-up.json", Service.class,
            (Supplier<Object>) SandnesFixture::counsellorFollowUp),
        Arguments.of("service-sandnes-akutten.json", Service.class, (Supplier<Object>) SandnesFixture::emergencyHousing),
        Arguments.of("unit-sandnes-mo-senter.json", Unit.class, (Supplier<Object>) SandnesFixture::moSenter),
        Arguments.of("opening-hours-always.json", OpeningHours.class, (Supplier<Object>) OpeningHours::always),
        Arguments.of("municipality-sandnes.json", Municipality.class, (Supplier<Object>) SandnesFixture::sandnes),
        Arguments.of("municipality-sogne.json", Municipality.class, (Supplier<Object>) SandnesFixture::sogne),
        Arguments.of("catalog-sandnes.json", Catalog.class, (Supplier<Object>) SandnesFixture::catalog));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void writesExactlyTheGoldenFile(String file, Class<?> type, Supplier<Object> value) {
    assertThat(normalise(JSON.write(value.get()))).isEqualTo(normalise(read(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void readsTheGoldenFileBackEqual(String file, Class<?> type, Supplier<Object> value) {
    assertThat(JSON.read(read(file), type)).isEqualTo(value.get());
  }

  static String read(String file) {
    try (InputStream in = CatalogGoldenJsonTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file %s", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalise(String json) {
    return json.replace("\r\n", "\n").strip();
  }
}
