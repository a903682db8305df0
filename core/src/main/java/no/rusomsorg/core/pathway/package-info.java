/**
 * The national pathway into help for substance problems, and a triage that turns a situation into
 * ordered next steps.
 *
 * <ul>
 *   <li>{@link no.rusomsorg.core.pathway.NationalPathway}: what applies in every municipality, as data:
 *       the emergency numbers 113 and 116 117, self-help, the municipal counsellor and the GP, referral
 *       to specialist treatment (TSB) and its 10-working-day assessment, the care pathway, free choice
 *       of treatment place, help for relatives and the patient and user ombud. Each item
 *       ({@link no.rusomsorg.core.pathway.Guidance}) cites a {@link no.rusomsorg.core.source.Source}, a
 *       {@link no.rusomsorg.core.law.LegalReference}, or both.</li>
 *   <li>{@link no.rusomsorg.core.pathway.Triage}: for a {@link no.rusomsorg.core.pathway.Situation}
 *       (life in danger, acute need, severe, mild or moderate, a relative seeking help) it returns the
 *       ordered {@link no.rusomsorg.core.pathway.Step}s, each naming whom to
 *       {@link no.rusomsorg.core.pathway.Contact contact}; with the date a referral was received it
 *       attaches the statutory assessment {@link no.rusomsorg.core.deadline.Deadline}, and with a
 *       municipality's own contact it names that contact wherever the steps point to "your
 *       municipality".</li>
 * </ul>
 *
 * <p>The package knows nothing of plugins: a caller that has a municipality's catalog turns one of its
 * {@link no.rusomsorg.core.contact.ContactPoint}s into a {@link no.rusomsorg.core.pathway.Contact} with
 * {@link no.rusomsorg.core.pathway.Contact#from(no.rusomsorg.core.contact.ContactPoint)} and passes it in
 * a {@link no.rusomsorg.core.pathway.TriageRequest}.
 *
 * <p>The guidance is general information drawn from national sources; it is not medical advice and it
 * does not replace an assessment by a health professional.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.pathway;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
