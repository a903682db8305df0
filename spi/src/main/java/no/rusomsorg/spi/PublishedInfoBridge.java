package no.rusomsorg.spi;

import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.TimeSpan;

/** Converts the catalog's published complaint information into the complaint package's input. */
final class PublishedInfoBridge {
  private PublishedInfoBridge() {}

  static no.rusomsorg.core.complaint.PublishedComplaintInfo toComplaint(PublishedComplaintInfo info) {
    var b = no.rusomsorg.core.complaint.PublishedComplaintInfo.builder()
        .appealBody(info.body());
    info.deadline().map(PublishedInfoBridge::period).ifPresent(b::deadline);
    info.nextBody().ifPresent(b::nextBody);
    return b.build();
  }

  private static PeriodSpec period(TimeSpan span) {
    return PeriodSpec.of(span.amount(), PeriodUnit.valueOf(span.unit().name()));
  }
}
