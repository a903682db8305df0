/** The data tables behind {@link no.rusomsorg.core.authority.Authorities}. Not API. */
package no.rusomsorg.core.authority.internal;
