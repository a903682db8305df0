package no.rusomsorg.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import no.rusomsorg.conformance.FixturePlugins.Variant;
import no.rusomsorg.spi.MunicipalityProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RC01 on plugins built by javac: registered both ways passes; missing either registration fails, with
 * every problem named at once, whether the plugin is a jar or a classes directory. These tests run on
 * the class path, where the old check only asked ServiceLoader and so never looked at module-info.
 */
class RegistrationCheckTest {

  private static MunicipalityProviderContract contract(MunicipalityProvider p) {
    return () -> p;
  }

  private static void rc01(Path dir, Variant variant, boolean jar) throws Exception {
    contract(FixturePlugins.load(FixturePlugins.build(dir, variant, jar))).rc01RegisteredForTheClassPathAndTheModulePath();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void registeredBothWaysPasses(boolean jar, @TempDir Path dir) {
    assertThatCode(() -> rc01(dir, Variant.BOTH, jar)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void withoutTheServicesFileFails(boolean jar, @TempDir Path dir) {
    assertThatThrownBy(() -> rc01(dir, Variant.NO_SERVICES_FILE, jar))
        .isInstanceOfSatisfying(ConformanceFailure.class, f -> {
          assertThat(f.checkId()).isEqualTo("RC01");
          assertThat(f.found()).contains("Class path: there is no META-INF/services/no.rusomsorg.spi.MunicipalityProvider")
              .contains("ServiceLoader does not find fixture.plugin.FixtureProvider")
              .doesNotContain("Module path");
          assertThat(f.fix()).contains("src/main/resources/META-INF/services/no.rusomsorg.spi.MunicipalityProvider");
        });
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void withoutProvidesInModuleInfoFails(boolean jar, @TempDir Path dir) {
    assertThatThrownBy(() -> rc01(dir, Variant.NO_PROVIDES, jar))
        .isInstanceOfSatisfying(ConformanceFailure.class, f -> {
          assertThat(f.checkId()).isEqualTo("RC01");
          assertThat(f.found()).isEqualTo("Module path: module fixture.plugin does not declare 'provides "
              + "no.rusomsorg.spi.MunicipalityProvider with fixture.plugin.FixtureProvider'.");
          assertThat(f.fix()).contains("provides no.rusomsorg.spi.MunicipalityProvider with fixture.plugin.FixtureProvider;",
              "module-info.java");
        });
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void withoutModuleInfoFails(boolean jar, @TempDir Path dir) {
    assertThatThrownBy(() -> rc01(dir, Variant.NO_MODULE_INFO, jar))
        .isInstanceOfSatisfying(ConformanceFailure.class, f ->
            assertThat(f.found()).startsWith("Module path: there is no module-info.class in "));
  }

  /** On the module path a jar without module-info still loads, as an automatic module: RC01 still fails. */
  @org.junit.jupiter.api.Test
  void anAutomaticModuleFails(@TempDir Path dir) throws Exception {
    Path jar = FixturePlugins.build(dir, Variant.NO_MODULE_INFO, true);
    java.lang.module.Configuration config = java.lang.module.Configuration.resolve(
        java.lang.module.ModuleFinder.of(jar), List.of(ModuleLayer.boot().configuration()),
        java.lang.module.ModuleFinder.of(), List.of("fixture"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, getClass().getClassLoader());
    Class<?> type = layer.findLoader("fixture").loadClass(FixturePlugins.PROVIDER);
    assertThat(type.getModule().isNamed()).isTrue();
    MunicipalityProvider p = (MunicipalityProvider) type.getConstructor().newInstance();
    assertThatThrownBy(() -> contract(p).rc01RegisteredForTheClassPathAndTheModulePath())
        .isInstanceOfSatisfying(ConformanceFailure.class, f ->
            assertThat(f.found()).contains("Module path: fixture.jar has no module-info.class; it runs as the automatic module fixture."));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void registeredNeitherWayNamesEveryProblem(boolean jar, @TempDir Path dir) {
    assertThatThrownBy(() -> rc01(dir, Variant.NEITHER, jar))
        .isInstanceOfSatisfying(ConformanceFailure.class, f ->
            assertThat(f.found()).contains("Class path: there is no", "Module path: there is no", "ServiceLoader does not find"));
  }
}
