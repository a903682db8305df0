package no.rusomsorg.interop;

import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Where the exported data comes from: a municipality's own plugin, or the national baseline (the
 * services every municipality offers, when no plugin describes the municipality). Every export states
 * it, so that a reader of a baseline export is not led to take it for the municipality's own words.
 *
 * @param kind plugin or national baseline
 * @param source the plugin's name, or the baseline's source (such as the standard service description)
 */
public record Provenance(Kind kind, String source) {

  /** The two origins of data. */
  public enum Kind {
    /** The municipality's own data, from a plugin. */
    PLUGIN,
    /** The national baseline, because no plugin describes the municipality. */
    NATIONAL_BASELINE
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException naming the part that is null
   * @throws InvalidValueException if the source is blank ({@code source}, {@code NOT_BLANK})
   */
  public Provenance {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new InvalidValueException("source", InvalidValueException.Rule.NOT_BLANK, "name the plugin or the baseline's source");
    }
  }

  /**
   * Data from a plugin.
   *
   * @param pluginName the plugin's name ({@code MunicipalityProvider.name()})
   * @return the provenance
   */
  public static Provenance plugin(String pluginName) {
    return new Provenance(Kind.PLUGIN, pluginName);
  }

  /**
   * The national baseline.
   *
   * @param source what the baseline was taken from
   * @return the provenance
   */
  public static Provenance nationalBaseline(String source) {
    return new Provenance(Kind.NATIONAL_BASELINE, source);
  }

  /**
   * The national baseline of a catalog built from it, its source named by the catalog's sources (title
   * and publisher of each).
   *
   * @param baselineCatalog a national-baseline catalog, such as {@code MunicipalityLookup.NationalBaseline.catalog()}
   * @return the provenance
   * @throws NullPointerException if the catalog is null
   */
  public static Provenance nationalBaselineOf(no.rusomsorg.core.municipality.Catalog baselineCatalog) {
    Objects.requireNonNull(baselineCatalog, "baselineCatalog");
    StringBuilder sb = new StringBuilder();
    for (no.rusomsorg.core.source.Source s : baselineCatalog.sources()) {
      sb.append(sb.length() == 0 ? "" : "; ").append(s.title()).append(" (").append(s.publisher()).append(')');
    }
    return nationalBaseline(sb.length() == 0 ? baselineCatalog.municipality().name() : sb.toString());
  }

  /**
   * Whether this is the national baseline.
   *
   * @return true for the baseline
   */
  public boolean isNationalBaseline() {
    return kind == Kind.NATIONAL_BASELINE;
  }

  /**
   * The statement every export carries, in bokmål, nynorsk and English.
   *
   * @return the statement
   */
  public LocalizedText statement() {
    if (kind == Kind.PLUGIN) {
      return LocalizedText.builder()
          .nb("Kommunens egne data (kilde: " + source + ").")
          .nn("Kommunen sine eigne data (kjelde: " + source + ").")
          .en("The municipality's own data (source: " + source + ").")
          .build();
    }
    return LocalizedText.builder()
        .nb("Nasjonalt grunnlag, ikke kommunens egne data: ingen plugin beskriver kommunen, og tjenestene er"
            + " hentet fra " + source + ".")
        .nn("Nasjonalt grunnlag, ikkje kommunen sine eigne data: ingen plugin skildrar kommunen, og tenestene er"
            + " henta frå " + source + ".")
        .en("National baseline, not the municipality's own data: no plugin describes the municipality, and the"
            + " services are taken from " + source + ".")
        .build();
  }

  @Override
  public String toString() {
    return (kind == Kind.PLUGIN ? "plugin " : "national baseline ") + source;
  }
}
