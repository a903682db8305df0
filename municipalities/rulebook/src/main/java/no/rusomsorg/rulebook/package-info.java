/**
 * The rule book generator: Markdown pages under {@code docs/rulebook} generated from the library's
 * rules and the bundled municipality plugins, deterministic and checked for staleness by a test. Not
 * part of the published library (ADR 0015).
 */
package no.rusomsorg.rulebook;
