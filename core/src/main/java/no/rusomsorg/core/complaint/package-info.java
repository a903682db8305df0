/**
 * Complaint routes: the regimes (forvaltningsloven, pasient- og brukerrettighetsloven, service
 * complaints, coercion under hol chapter 10), the ordered steps of a complaint with the bodies named as
 * on a date and the deadlines computed by {@link no.rusomsorg.core.deadline.DeadlineCalculator}, and the
 * comparison of what a municipality publishes with the statute.
 *
 * <p>Start with {@link no.rusomsorg.core.complaint.ComplaintRoutes#standard()}. The regime of a service
 * follows from its legal basis ({@link no.rusomsorg.core.complaint.ComplaintRegime#forLegalBasis}).
 * A municipality's published text ("three weeks … Fylkesmannen") is kept as
 * {@link no.rusomsorg.core.service.PublishedComplaintInfo} (catalog data) and compared, never silently replaced.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.complaint;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
