/**
 * The conformance kit: implement {@link no.rusomsorg.conformance.MunicipalityProviderContract} in a test
 * class of your plugin, return your provider, and run {@code mvn verify}. Every check has a stable id
 * ({@code RC01}…) and a failure says what to fix.
 */
@NullMarked
package no.rusomsorg.conformance;

import org.jspecify.annotations.NullMarked;
