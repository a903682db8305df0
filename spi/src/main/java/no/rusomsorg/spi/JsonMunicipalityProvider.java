package no.rusomsorg.spi;

import no.rusomsorg.api.ProviderException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;

/**
 * A provider whose catalog is a JSON resource in the plugin's jar.
 *
 * <p>A plugin needs only:
 * <pre>{@code
 * public final class ExampleProvider extends JsonMunicipalityProvider {
 *   public ExampleProvider() { super(ExampleProvider.class, "/META-INF/rusomsorg/example.json"); }
 * }
 * }</pre>
 * Put the resource under {@code /META-INF/rusomsorg/} so that it can be read on the module path
 * without opening a package. The document is read and validated on the first call to
 * {@link #catalog()} with {@link RusomsorgJson#strict()}; an invalid document gives a
 * {@link ProviderException} with reason {@link ProviderException.Reason#INVALID_DATA} that reports
 * every problem of the document at once: {@link ProviderException#problems()} lists each with its JSON
 * path (such as {@code $.services[2].contactPoints[0].phones[0]}) and rule, at most
 * {@value no.rusomsorg.core.CatalogProblemsException#MAX_PROBLEMS}, and {@link ProviderException#field() field}
 * is the path of the first. The format is described by the JSON Schema {@link CatalogSchema} in this module.
 */
public abstract class JsonMunicipalityProvider implements MunicipalityProvider {
  private final Class<?> anchor;
  private final String resource;
  private volatile Catalog catalog;

  /**
   * Creates the provider.
   *
   * @param anchor a class of the plugin, used to find the resource
   * @param resource the resource name, absolute ({@code /META-INF/rusomsorg/x.json}) or relative to the anchor
   */
  protected JsonMunicipalityProvider(Class<?> anchor, String resource) {
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  @Override
  public final Catalog catalog() {
    Catalog c = catalog;
    if (c == null) {
      synchronized (this) {
        c = catalog;
        if (c == null) {
          c = load();
          catalog = c;
        }
      }
    }
    return c;
  }

  private Catalog load() {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ProviderException(name(), ProviderException.Reason.INVALID_DATA, null,
            "JSON resource '" + resource + "' not found beside " + anchor.getName(), null);
      }
      return RusomsorgJson.strict().read(in, Catalog.class);
    } catch (InvalidValueException e) {
      throw new ProviderException(name(), ProviderException.Reason.INVALID_DATA, e.field(),
          "invalid catalog in '" + resource + "': " + e.detail(), e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ProviderException(name(), ProviderException.Reason.INVALID_DATA, null,
          "cannot read '" + resource + "': " + e.getClass().getSimpleName(), e);
    } catch (StackOverflowError e) {
      // The reader bounds nesting, so this is a defence in depth, not an expected path.
      throw new ProviderException(name(), ProviderException.Reason.INVALID_DATA, null,
          "the catalog in '" + resource + "' is nested too deeply to be read", e);
    }
  }
}
