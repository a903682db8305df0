/**
 * Fjordby, a fictional municipality contributed as a plugin: its own data in JSON, its services taken
 * from the standard service description. Copy this module to start a real plugin.
 */
package no.rusomsorg.examples.custom;
