/**
 * Help to complain: for a service of a catalog, the date of a decision (or the day the person learnt of
 * it) and the complaint regime, whom to write to (with the contact details the catalog has), by when
 * (the deadline and its trace, computed by the complaint route), where the complaint goes next, who can
 * help, what the complaint must contain, and what to do when the deadline has passed; and a plain-text
 * letter skeleton in bokmål, nynorsk or English.
 *
 * <p>Start with {@link no.rusomsorg.core.complaint.guide.ComplaintGuides#standard()}. Nothing here
 * computes a deadline or names a body itself: both come from
 * {@link no.rusomsorg.core.complaint.ComplaintRoutes}, so the guide always agrees with the route for the
 * same inputs (docs/adr/0026).
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.complaint.guide;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
