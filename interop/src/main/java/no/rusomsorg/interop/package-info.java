/**
 * Export to Open Referral HSDS 3.0 (JSON) and CPSV-AP-NO 1.1 (Turtle, JSON-LD), and import from HSDS 3.0.
 *
 * <p>Every export takes a {@link no.rusomsorg.core.municipality.Catalog}, a {@link Provenance} (a plugin's
 * data or the national baseline) and the date the export describes; none reads the clock. Equal input
 * gives byte-identical output: identifiers are name-based UUIDs (version 5) of the library's ids.
 */
@NullMarked
package no.rusomsorg.interop;

import org.jspecify.annotations.NullMarked;
