package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.source.Source;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One municipality's service directory: the municipality, the sources the data was taken from, the
 * units with their contact points, and the services.
 *
 * <p>Besides the checks of each value, the catalog checks what only the whole can: ids are unique
 * (sources, units, services, and contact points across all units; {@link Rule#UNIQUE}); every
 * service's unit ids and source ids, every published complaint route's source id and every fallback's
 * {@code answeredBy} refer to something in the catalog ({@link Rule#REFERENCE}). Field names in errors
 * are paths such as {@code "services[3].unitIds[0]"}; read from JSON they start with {@code "$."}.
 *
 * <p>JSON: {@code {"dataVersion": "2026.1", "verifiedOn": "2026-11-22", "municipality": {...},
 * "sources": [...], "units": [...], "services": [...]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalog.class)
@JsonDeserialize(as = ImmutableCatalog.class)
@JsonPropertyOrder({"dataVersion", "verifiedOn", "municipality", "sources", "units", "services"})
public abstract class Catalog {

  Catalog() {}

  /**
   * The version of this catalog's data, chosen by its publisher (such as {@code 2026.1}); bump it
   * whenever the data changes.
   *
   * @return the version
   */
  public abstract String dataVersion();

  /**
   * When the catalog as a whole was last checked against its sources; conformance checks compare it
   * with a maximum age.
   *
   * @return the date
   */
  public abstract LocalDate verifiedOn();

  /**
   * The municipality.
   *
   * @return the municipality
   */
  public abstract Municipality municipality();

  /**
   * The documents the data was taken from.
   *
   * @return the sources
   */
  public abstract List<Source> sources();

  /**
   * The units.
   *
   * @return the units
   */
  public abstract List<Unit> units();

  /**
   * The services.
   *
   * @return the services
   */
  public abstract List<Service> services();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCatalog.Builder builder() {
    return ImmutableCatalog.builder();
  }

  /**
   * The service with an id.
   *
   * @param id the id
   * @return the service
   */
  public Optional<Service> service(String id) {
    Objects.requireNonNull(id, "id");
    return services().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The unit with an id.
   *
   * @param id the id
   * @return the unit
   */
  public Optional<Unit> unit(String id) {
    Objects.requireNonNull(id, "id");
    return units().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /**
   * The contact point with an id, in whichever unit.
   *
   * @param id the id
   * @return the contact point
   */
  public Optional<ContactPoint> contactPoint(String id) {
    Objects.requireNonNull(id, "id");
    return units().stream().flatMap(u -> u.contactPoints().stream()).filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The source with an id.
   *
   * @param id the id
   * @return the source
   */
  public Optional<Source> source(String id) {
    Objects.requireNonNull(id, "id");
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The units that give a service, in the service's order.
   *
   * @param service a service of this catalog
   * @return the units
   */
  public List<Unit> unitsOf(Service service) {
    CatalogChecks.notNull("service", service);
    return service.unitIds().stream().map(this::unit).flatMap(Optional::stream).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The services offered on a day.
   *
   * @param date the day
   * @return the services whose validity contains the day (or that have none)
   */
  public List<Service> servicesOn(LocalDate date) {
    CatalogChecks.notNull("date", date);
    List<Service> on = new ArrayList<>();
    for (Service s : services()) {
      if (s.offeredOn(date)) {
        on.add(s);
      }
    }
    return Collections.unmodifiableList(on);
  }

  private static Optional<String> answeredBy(ContactPoint cp) {
    if (cp.openingHours().isEmpty() || cp.openingHours().get().fallback().isEmpty()) {
      return Optional.empty();
    }
    return cp.openingHours().get().fallback().get().answeredBy();
  }

  @Value.Check
  void check() {
    Checks.notBlank("dataVersion", dataVersion());
    // the checks across the catalog: every repeated id and every dangling reference, reported together
    List<InvalidValueException> problems = new ArrayList<>();
    CatalogChecks.uniqueIn("sources", "id", sources(), Source::id, problems);
    CatalogChecks.uniqueIn("units", "id", units(), Unit::id, problems);
    CatalogChecks.uniqueIn("services", "id", services(), Service::id, problems);

    Set<String> sourceIds = new HashSet<>();
    for (Source s : sources()) {
      sourceIds.add(s.id());
    }
    municipality().existedBefore().ifPresent(e -> {
      if (!sourceIds.contains(e.sourceId())) {
        problems.add(new InvalidValueException("municipality.existedBefore.sourceId", Rule.REFERENCE,
            "no source has the id '" + e.sourceId() + "'"));
      }
    });
    Set<String> unitIds = new HashSet<>();
    for (Unit u : units()) {
      unitIds.add(u.id());
    }
    Set<String> contactIds = new HashSet<>();
    for (int u = 0; u < units().size(); u++) {
      List<ContactPoint> cps = units().get(u).contactPoints();
      for (int c = 0; c < cps.size(); c++) {
        if (!contactIds.add(cps.get(c).id())) {
          problems.add(new InvalidValueException("units[" + u + "].contactPoints[" + c + "].id", Rule.UNIQUE,
              "contact point id '" + cps.get(c).id() + "' is already used in this catalog"));
        }
      }
    }
    for (int u = 0; u < units().size(); u++) {
      List<ContactPoint> cps = units().get(u).contactPoints();
      for (int c = 0; c < cps.size(); c++) {
        String path = "units[" + u + "].contactPoints[" + c + "].openingHours.fallback.answeredBy";
        Optional<String> ref = answeredBy(cps.get(c));
        if (ref.isPresent() && !contactIds.contains(ref.get()) && !unitIds.contains(ref.get())) {
          problems.add(new InvalidValueException(path, Rule.REFERENCE,
              "no unit or contact point has the id '" + ref.get() + "'"));
        }
      }
    }
    for (int s = 0; s < services().size(); s++) {
      Service service = services().get(s);
      for (int i = 0; i < service.unitIds().size(); i++) {
        if (!unitIds.contains(service.unitIds().get(i))) {
          problems.add(new InvalidValueException("services[" + s + "].unitIds[" + i + "]", Rule.REFERENCE,
              "no unit has the id '" + service.unitIds().get(i) + "'"));
        }
      }
      for (int i = 0; i < service.sourceIds().size(); i++) {
        if (!sourceIds.contains(service.sourceIds().get(i))) {
          problems.add(new InvalidValueException("services[" + s + "].sourceIds[" + i + "]", Rule.REFERENCE,
              "no source has the id '" + service.sourceIds().get(i) + "'"));
        }
      }
      List<PublishedComplaintInfo> infos = service.complaintInfo();
      for (int i = 0; i < infos.size(); i++) {
        if (!sourceIds.contains(infos.get(i).sourceId())) {
          problems.add(new InvalidValueException("services[" + s + "].complaintInfo[" + i + "].sourceId",
              Rule.REFERENCE, "no source has the id '" + infos.get(i).sourceId() + "'"));
        }
      }
    }
    CatalogChecks.throwAll(problems);
  }

  @Override
  public String toString() {
    return "Catalog{" + municipality() + ", " + units().size() + " units, " + services().size() + " services}";
  }
}
