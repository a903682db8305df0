package no.example.rusomsorg;

/** The Example municipality's catalog, read from a JSON resource. */
public final class ExampleProvider extends no.rusomsorg.spi.JsonMunicipalityProvider {
  /** Creates the provider; the catalog is read on first use. */
  public ExampleProvider() { super(ExampleProvider.class, "/META-INF/rusomsorg/example.json"); }
}
