package no.example.app;

import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.core.municipality.Catalog;

/** Lists the municipalities whose plugins are on the class path or the module path. */
public final class Main {
  private Main() {}

  /** @param args none */
  public static void main(String[] args) {
    String path = Main.class.getModule().isNamed() ? "module path" : "class path";
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    for (Catalog catalog : registry.directory().catalogs()) {
      System.out.println(path + ": " + catalog.municipality().name() + " ("
          + catalog.municipality().numbers().get(0).number().value() + "), "
          + catalog.services().size() + " service(s)");
    }
  }
}
