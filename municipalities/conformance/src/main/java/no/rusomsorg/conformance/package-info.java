/**
 * The conformance kit: implement {@link no.rusomsorg.conformance.MunicipalityProviderContract} in a test
 * class of your plugin, return your provider, and run {@code mvn verify}. Every check has a stable id
 * ({@code RC01}…) and a failure ({@link no.rusomsorg.conformance.ConformanceFailure}) says which check, what
 * it found and what to do. Invented municipalities use the numbers of
 * {@link no.rusomsorg.conformance.FictionalNumbers}.
 */
@NullMarked
package no.rusomsorg.conformance;

import org.jspecify.annotations.NullMarked;
