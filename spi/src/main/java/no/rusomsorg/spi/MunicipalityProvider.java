package no.rusomsorg.spi;

import no.rusomsorg.api.MunicipalityRegistry;

import no.rusomsorg.core.municipality.Catalog;

/**
 * A plugin that supplies one municipality's substance-abuse services: the municipality with its number
 * history, its units and services, its sources, a data version and a verified-on date.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} by
 * {@link MunicipalityRegistry#discover()}, or registered programmatically with
 * {@link MunicipalityRegistry.Builder#add(MunicipalityProvider)}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li>Register the implementation both ways: {@code provides no.rusomsorg.spi.MunicipalityProvider
 *       with ...} in {@code module-info.java}, and a line in
 *       {@code META-INF/services/no.rusomsorg.spi.MunicipalityProvider}, so that it is found on the
 *       module path and on the class path.</li>
 *   <li>The class must be public with a public no-argument constructor, and the constructor must be
 *       cheap: load data in {@link #catalog()}, not in the constructor.</li>
 *   <li>{@link #catalog()} must return the same immutable catalog every time; it may be called from
 *       several threads at once. Implementations must be thread-safe.</li>
 *   <li>Ids of services, units and sources are stable once published: applications store them.
 *       Retire a service by ending its validity, not by deleting or renaming it.</li>
 *   <li>{@link #name()} is a stable, unique name for error reports; the default is the class name.</li>
 *   <li>Run the conformance kit ({@code rusomsorg-conformance}) in the plugin's tests.</li>
 * </ul>
 * The simplest provider is a JSON resource and a three-line subclass of
 * {@link JsonMunicipalityProvider}.
 */
public interface MunicipalityProvider {

  /**
   * The municipality's catalog.
   *
   * @return the catalog; the same value on every call
   */
  Catalog catalog();

  /**
   * A stable name for error reports and ordering.
   *
   * @return the provider's name, by default its class name
   */
  default String name() {
    return getClass().getName();
  }
}
