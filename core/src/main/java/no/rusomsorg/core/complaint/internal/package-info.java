/** Comparison of published complaint information with the statutory route. Not API. */
package no.rusomsorg.core.complaint.internal;
