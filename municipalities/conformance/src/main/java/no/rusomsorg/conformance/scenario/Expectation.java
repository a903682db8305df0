package no.rusomsorg.conformance.scenario;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import no.rusomsorg.core.eligibility.Fact;
import no.rusomsorg.core.eligibility.Outcome;

/**
 * The JSON form of a scenario's expected answer; absent fields are not checked. Not API.
 *
 * @param outcome the eligibility outcome
 * @param missingFacts the facts an unknown verdict misses
 * @param reasonContains a text that one of the verdict's reasons contains (bokmål or English): the
 *     reason a person is outside the group, or why it stays unknown
 * @param status the lookup status, one of {@code MunicipalityLookup.statuses()}: FOUND, NATIONAL_BASELINE, MERGED,
 *     ENDED, EXISTED_NO_DATA, NOT_YET_ESTABLISHED, AMBIGUOUS or UNKNOWN
 * @param municipalityId the id of the municipality found
 * @param number its number on the date
 * @param successorNumber the successor's number
 * @param open whether the contact point is open
 * @param answered whether it is answered (open, or a fallback covers all hours)
 * @param nextOpening when it next opens, local time in Europe/Oslo
 * @param callbackBy the last day of the promised callback
 * @param due the due date
 */
record Expectation(Outcome outcome, Set<Fact> missingFacts, String reasonContains, String status, String municipalityId,
    String number, String successorNumber, Boolean open, Boolean answered, LocalDateTime nextOpening,
    LocalDate callbackBy, LocalDate due) {}
