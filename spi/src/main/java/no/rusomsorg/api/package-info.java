/**
 * The application API: what an application calls to answer questions about municipal
 * substance-abuse services. {@link no.rusomsorg.api.MunicipalityRegistry} discovers the installed
 * municipality plugins (or takes them programmatically) and reports broken ones as
 * {@link no.rusomsorg.api.ProviderException}s; its {@link no.rusomsorg.api.MunicipalityDirectory}
 * looks municipalities up by number or name on a date, finds services, checks eligibility, gives
 * contact advice for a moment in time and builds complaint routes.
 *
 * <p>Plugins implement the contract in {@link no.rusomsorg.spi}; applications need not touch it.
 */
@NullMarked
package no.rusomsorg.api;

import org.jspecify.annotations.NullMarked;
