package no.rusomsorg.conformance.scenario;

import java.time.LocalDate;
import java.time.LocalDateTime;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.service.PromiseKind;

/**
 * The JSON form of one scenario; absent fields are null. Not API: see the package description.
 *
 * @param name what the scenario shows
 * @param check which check to run
 * @param serviceId the service, for eligibility and promise checks
 * @param contactPointId the contact point, for open and callback checks
 * @param query a municipality number or name, for lookups
 * @param date the day asked about
 * @param at the local moment in Europe/Oslo
 * @param start the day a period starts
 * @param end the day a period ends, for rules that end at a date
 * @param rule a deadline rule id
 * @param kind the kind of promise
 * @param person the facts about the person
 * @param expect the expected answer
 */
record Scenario(String name, String check, String serviceId, String contactPointId, String query, LocalDate date,
    LocalDateTime at, LocalDate start, LocalDate end, String rule, PromiseKind kind, PersonFacts person,
    Expectation expect) {}
