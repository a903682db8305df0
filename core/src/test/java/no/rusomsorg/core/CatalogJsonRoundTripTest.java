package no.rusomsorg.core;

import static org.quicktheories.QuickTheory.qt;

import no.rusomsorg.core.contact.Address;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.EmailAddress;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.contact.OpeningHours;
import no.rusomsorg.core.contact.OpeningPeriod;
import no.rusomsorg.core.contact.PhoneNumber;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.service.Validity;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property: every catalog model type reads back equal from the JSON it writes (1000 generated examples each). */
class CatalogJsonRoundTripTest {
  private static final int EXAMPLES = 1000;
  private static final RusomsorgJson JSON = RusomsorgJson.strict();

  private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().withExamples(EXAMPLES).forAll(gen).check(value -> {
      String written = JSON.write(value);
      T read = JSON.read(written, type);
      return read.equals(value) && JSON.write(read).equals(written);
    });
  }

  @Test
  void validity() {
    roundTrips(CatalogGenerators.validities(), Validity.class);
  }

  @Test
  void timeSpan() {
    roundTrips(CatalogGenerators.periodSpecs(), PeriodSpec.class);
  }

  @Test
  void cost() {
    roundTrips(CatalogGenerators.costs(), Cost.class);
  }

  @Test
  void responsePromise() {
    roundTrips(CatalogGenerators.responsePromises(), ResponsePromise.class);
  }

  @Test
  void publishedComplaintInfo() {
    roundTrips(CatalogGenerators.complaintInfos(), PublishedComplaintInfo.class);
  }

  @Test
  void service() {
    roundTrips(CatalogGenerators.services(), Service.class);
  }

  @Test
  void phoneNumber() {
    roundTrips(CatalogGenerators.phoneNumbers(), PhoneNumber.class);
  }

  @Test
  void emailAddress() {
    roundTrips(CatalogGenerators.emailAddresses(), EmailAddress.class);
  }

  @Test
  void address() {
    roundTrips(CatalogGenerators.addresses(), Address.class);
  }

  @Test
  void openingPeriod() {
    roundTrips(CatalogGenerators.openingPeriods(), OpeningPeriod.class);
  }

  @Test
  void fallback() {
    roundTrips(CatalogGenerators.fallbacks(), Fallback.class);
  }

  @Test
  void openingHours() {
    roundTrips(CatalogGenerators.openingHours(), OpeningHours.class);
  }

  @Test
  void contactPoint() {
    roundTrips(CatalogGenerators.contactPoints(), ContactPoint.class);
  }

  @Test
  void unit() {
    roundTrips(CatalogGenerators.units(), Unit.class);
  }

  @Test
  void county() {
    roundTrips(CatalogGenerators.counties(), County.class);
  }

  @Test
  void municipalityNumber() {
    roundTrips(CatalogGenerators.municipalityNumbers(), MunicipalityNumber.class);
  }

  @Test
  void municipality() {
    roundTrips(CatalogGenerators.municipalities(), Municipality.class);
  }

  @Test
  void catalog() {
    roundTrips(CatalogGenerators.catalogs(), Catalog.class);
  }
}
