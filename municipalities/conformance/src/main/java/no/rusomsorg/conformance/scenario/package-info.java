/**
 * Scenario tests for municipality plugins: expected answers kept as data and run by one shared
 * runner, {@link no.rusomsorg.conformance.scenario.ScenarioRunner}.
 *
 * <h2>File format</h2>
 * A scenario file is a JSON resource of the plugin's tests, such as
 * {@code src/test/resources/scenarios/example.json}:
 * <pre>{@code
 * {"description": "...",
 *  "scenarios": [
 *    {"name": "A 17-year-old is not yet eligible", "check": "eligibility",
 *     "serviceId": "example.counsellor", "date": "2026-03-02",
 *     "person": {"birthDate": "2008-06-01", "municipalityRelation": "REGISTERED_RESIDENT"},
 *     "expect": {"outcome": "NOT_ELIGIBLE"}},
 *    ...]}
 * }</pre>
 * Each scenario has a {@code name}, a {@code check} and an {@code expect} object; which inputs and
 * expectations it needs depends on the check:
 * <table>
 *   <caption>Checks</caption>
 *   <tr><th>check</th><th>inputs</th><th>expectations</th></tr>
 *   <tr><td>{@code eligibility}</td><td>{@code serviceId}, {@code date}, {@code person} (the JSON form of
 *       {@link no.rusomsorg.core.eligibility.PersonFacts})</td><td>{@code outcome}, optional
 *       {@code missingFacts}</td></tr>
 *   <tr><td>{@code lookup}</td><td>{@code query} (a number or a name), {@code date}</td><td>{@code status},
 *       optional {@code municipalityId}, {@code number}, {@code successorNumber}</td></tr>
 *   <tr><td>{@code open}</td><td>{@code contactPointId}, {@code at} (local time in Europe/Oslo, such as
 *       {@code "2026-04-03T10:00"})</td><td>optional {@code open}, {@code answered},
 *       {@code nextOpening}</td></tr>
 *   <tr><td>{@code callback}</td><td>{@code contactPointId}, {@code at}</td><td>{@code callbackBy}, the day the
 *       fallback promises a callback by</td></tr>
 *   <tr><td>{@code promise}</td><td>{@code serviceId}, {@code kind} (a
 *       {@link no.rusomsorg.core.service.PromiseKind}), {@code start}</td><td>{@code due}: for a time to
 *       respond the last day the promise is kept (extended to a working day), for a duration its plain
 *       end</td></tr>
 *   <tr><td>{@code deadline}</td><td>{@code rule} (a {@link no.rusomsorg.core.deadline.DeadlineRule} id such
 *       as {@code fvl-complaint}), {@code start}, and {@code end} for a rule that ends at a
 *       date</td><td>{@code due}</td></tr>
 * </table>
 * Unknown fields are rejected, so a misspelt expectation fails instead of being ignored; a scenario
 * without a needed input or expectation fails with a message naming it.
 */
@NullMarked
package no.rusomsorg.conformance.scenario;

import org.jspecify.annotations.NullMarked;
