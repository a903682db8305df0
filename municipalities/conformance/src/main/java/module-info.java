/**
 * The conformance kit for municipality plugins: contract tests that every plugin runs in its own build.
 */
module no.rusomsorg.conformance {
  requires static org.jspecify;
  requires transitive no.rusomsorg.spi;
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;
  requires quicktheories;

  exports no.rusomsorg.conformance;
  exports no.rusomsorg.conformance.scenario;

  opens no.rusomsorg.conformance.scenario to tools.jackson.databind;
}
