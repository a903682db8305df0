package no.rusomsorg.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.text.LocalizedText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final OpeningHours WORKING_DAYS_9_15 = OpeningHours.of(OpeningPeriod.workingDays(LocalTime.of(9, 0), LocalTime.of(15, 0)));

  private static ZonedDateTime oslo(String local) {
    return LocalDateTime.parse(local).atZone(OSLO);
  }

  private static LocalTime t(int h, int m) {
    return LocalTime.of(h, m);
  }

  private static void rejects(ThrowingCallable build, String field, Rule rule) {
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  // ------------------------------------------------------------- holidays

  @Test
  void workingDayHoursAreClosedOnEveryKindOfHoliday() {
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-04-17T10:00"))).as("Maundy Thursday").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-04-18T10:00"))).as("Good Friday").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-04-21T10:00"))).as("Easter Monday").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-05-01T10:00"))).as("1 May").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-05-29T10:00"))).as("Ascension Day").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-06-09T10:00"))).as("Whit Monday").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2027-05-17T10:00"))).as("17 May and Whit Monday 2027").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-12-25T10:00"))).as("Christmas Day").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2026-01-01T10:00"))).as("New Year's Day").isFalse();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-12-24T10:00"))).as("24 December is a working day").isTrue();
    assertThat(WORKING_DAYS_9_15.isOpenAt(oslo("2025-12-31T10:00"))).as("31 December is a working day").isTrue();
  }

  @Test
  void plainWeekdayHoursIgnoreHolidays() {
    OpeningHours weekdays = OpeningHours.of(OpeningPeriod.on(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), t(9, 0), t(15, 0)));
    assertThat(weekdays.isOpenAt(oslo("2025-04-18T10:00"))).isTrue();
  }

  @Test
  void nextOpeningSkipsEasterAndWeekends() {
    assertThat(WORKING_DAYS_9_15.nextOpening(oslo("2025-04-16T15:00"))).hasValue(oslo("2025-04-22T09:00"));
    assertThat(WORKING_DAYS_9_15.nextOpening(oslo("2025-03-14T16:00"))).hasValue(oslo("2025-03-17T09:00"));
    assertThat(WORKING_DAYS_9_15.nextOpening(oslo("2025-03-17T07:00"))).hasValue(oslo("2025-03-17T09:00"));
  }

  @Test
  void nextOpeningIsTheMomentItselfWhenOpenAndIsGivenInOsloTime() {
    ZonedDateTime utc = ZonedDateTime.of(2025, 3, 12, 10, 0, 0, 0, ZoneOffset.UTC); // 11:00 in Oslo
    assertThat(WORKING_DAYS_9_15.nextOpening(utc)).hasValue(utc.withZoneSameInstant(OSLO));
    assertThat(OpeningHours.always().nextOpening(utc)).hasValue(utc.withZoneSameInstant(OSLO));
  }

  @Test
  void twoSundaysOfHolidayMondaysInARowAreSkipped() {
    // 2010: 17 May and Whit Monday (24 May) are both Mondays
    OpeningHours mondays = OpeningHours.of(OpeningPeriod.builder().addDays(DayOfWeek.MONDAY).workingDaysOnly(true)
        .opens(t(10, 0)).closes(t(12, 0)).build());
    assertThat(mondays.nextOpening(oslo("2010-05-11T00:00"))).hasValue(oslo("2010-05-31T10:00"));
  }

  @Test
  void unspecifiedHoursAreNeverOpen() {
    OpeningHours officeHours = OpeningHours.builder().note(LocalizedText.of("Telefonen er betjent i vanlig kontortid.")).build();
    assertThat(officeHours.specified()).isFalse();
    assertThat(officeHours.isOpenAt(Instant.parse("2025-03-12T10:00:00Z"))).isFalse();
    assertThat(officeHours.nextOpening(oslo("2025-03-12T10:00"))).isEmpty();
  }

  // ------------------------------------------------------------- 24/7

  @Test
  void alwaysOpenIsOpenEvenOnHolidayNightsAndAcrossDaylightSavingChanges() {
    OpeningHours always = OpeningHours.always();
    assertThat(always.isOpenAt(oslo("2025-12-25T03:00"))).isTrue();
    assertThat(always.isOpenAt(Instant.parse("2025-03-30T01:00:00Z"))).isTrue();
    assertThat(always.isOpenAt(Instant.parse("2025-10-26T00:30:00Z"))).isTrue();
    assertThat(always.specified()).isTrue();
  }

  // ------------------------------------------------------------- daylight saving

  @Test
  void springForwardNightIsShorter() {
    // Sunday 30 March 2025: at 02:00 the clock jumps to 03:00
    OpeningHours night = OpeningHours.of(OpeningPeriod.on(EnumSet.of(DayOfWeek.SUNDAY), t(1, 0), t(4, 0)));
    Instant start = oslo("2025-03-30T01:00").toInstant();
    Instant end = oslo("2025-03-30T04:00").toInstant();
    assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(2));
    long openMinutes = 0;
    for (Instant i = start.minusSeconds(3600); i.isBefore(end.plusSeconds(3600)); i = i.plusSeconds(60)) {
      if (night.isOpenAt(i)) {
        openMinutes++;
      }
    }
    assertThat(openMinutes).isEqualTo(120);
  }

  @Test
  void aPeriodThatOpensInTheSpringGapOpensWhenTheClockReachesThree() {
    OpeningHours hours = OpeningHours.of(OpeningPeriod.on(EnumSet.of(DayOfWeek.SUNDAY), t(2, 30), t(3, 15)));
    assertThat(hours.nextOpening(oslo("2025-03-30T00:00"))).hasValue(oslo("2025-03-30T03:00"));
    assertThat(hours.isOpenAt(oslo("2025-03-30T03:00"))).isTrue();
    // a period entirely inside the gap does not exist that day; next week it does
    OpeningHours inGap = OpeningHours.of(OpeningPeriod.on(EnumSet.of(DayOfWeek.SUNDAY), t(2, 0), t(3, 0)));
    assertThat(inGap.nextOpening(oslo("2025-03-30T00:00"))).hasValue(oslo("2025-04-06T02:00"));
  }

  @Test
  void fallBackNightRepeatsAnHourAndItIsOpenBothTimes() {
    // Sunday 26 October 2025: 02:00-03:00 happens first at +02:00, then at +01:00
    OpeningHours hours = OpeningHours.of(OpeningPeriod.on(EnumSet.of(DayOfWeek.SUNDAY), t(2, 0), t(2, 30)));
    assertThat(hours.isOpenAt(Instant.parse("2025-10-26T00:15:00Z"))).isTrue();  // 02:15 +02:00
    assertThat(hours.isOpenAt(Instant.parse("2025-10-26T00:45:00Z"))).isFalse(); // 02:45 +02:00
    assertThat(hours.isOpenAt(Instant.parse("2025-10-26T01:15:00Z"))).isTrue();  // 02:15 +01:00
    ZonedDateTime firstPass = ZonedDateTime.ofInstant(Instant.parse("2025-10-26T00:45:00Z"), OSLO);
    assertThat(hours.nextOpening(firstPass).map(ZonedDateTime::toInstant)).hasValue(Instant.parse("2025-10-26T01:00:00Z"));
  }

  // ------------------------------------------------------------- rules

  @Test
  void periodsThatCloseBeforeTheyOpenAreRejected() {
    rejects(() -> OpeningPeriod.on(Set.of(DayOfWeek.MONDAY), t(15, 0), t(9, 0)), "closes", Rule.ORDER);
    rejects(() -> OpeningPeriod.on(Set.of(DayOfWeek.MONDAY), t(9, 0), t(9, 0)), "closes", Rule.ORDER);
    rejects(() -> OpeningPeriod.on(Set.of(), t(9, 0), t(10, 0)), "days", Rule.REQUIRED);
    rejects(() -> OpeningPeriod.builder().addDays(DayOfWeek.SATURDAY).workingDaysOnly(true).opens(t(9, 0)).closes(t(10, 0)).build(),
        "days", Rule.CONSISTENCY);
    rejects(() -> OpeningPeriod.on(Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0, 30), t(10, 0)), "opens", Rule.FORMAT);
  }

  @Test
  void midnightAsClosingTimeIsTheEndOfTheDay() {
    OpeningHours evening = OpeningHours.of(OpeningPeriod.on(Set.of(DayOfWeek.FRIDAY), t(20, 0), LocalTime.MIDNIGHT));
    assertThat(evening.isOpenAt(oslo("2025-03-14T23:59"))).isTrue();
    assertThat(evening.isOpenAt(oslo("2025-03-15T00:00"))).isFalse();
    assertThat(evening.periods().get(0)).hasToString("[FRIDAY] 20:00-24:00");
  }

  @Test
  void overlappingPeriodsOnTheSameDayAreRejected() {
    OpeningPeriod a = OpeningPeriod.workingDays(t(9, 0), t(15, 0));
    OpeningPeriod b = OpeningPeriod.on(Set.of(DayOfWeek.WEDNESDAY), t(14, 0), t(18, 0));
    rejects(() -> OpeningHours.of(a, b), "periods[1]", Rule.OVERLAP);
    // touching is not overlapping; other days are not overlapping
    OpeningHours.of(a, OpeningPeriod.on(Set.of(DayOfWeek.WEDNESDAY), t(15, 0), t(18, 0)));
    OpeningHours.of(a, OpeningPeriod.on(Set.of(DayOfWeek.SATURDAY), t(9, 0), t(15, 0)));
  }

  @Test
  void alwaysOpenHasNoPeriodsAndNoFallback() {
    rejects(() -> OpeningHours.builder().alwaysOpen(true).addPeriods(OpeningPeriod.workingDays(t(9, 0), t(15, 0))).build(),
        "periods", Rule.CONSISTENCY);
    rejects(() -> OpeningHours.builder().alwaysOpen(true).fallback(Fallback.builder().text(LocalizedText.of("x")).build()).build(),
        "fallback", Rule.CONSISTENCY);
  }

  @Test
  void jsonErrorsCarryThePathOfThePeriod() {
    String doc = "{\"periods\":[{\"days\":[\"MONDAY\"],\"opens\":\"09:00\",\"closes\":\"12:00\"},"
        + "{\"days\":[\"MONDAY\",\"TUESDAY\"],\"opens\":\"11:00\",\"closes\":\"13:00\"}]}";
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc, OpeningHours.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.OVERLAP);
          assertThat(e.field()).isEqualTo("$.periods[1]");
        });
    String reversed = "{\"periods\":[{\"days\":[\"MONDAY\"],\"opens\":\"12:00\",\"closes\":\"09:00\"}]}";
    assertThatThrownBy(() -> RusomsorgJson.strict().read(reversed, OpeningHours.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.ORDER);
          assertThat(e.field()).isEqualTo("$.periods[0].closes");
        });
  }

  @Test
  void fallbackCallbackCountsWorkingDaysOrCalendarUnits() {
    no.rusomsorg.core.calendar.NorwegianCalendar cal = no.rusomsorg.core.calendar.NorwegianCalendar.standard();
    Fallback oneWorkingDay = Fallback.builder().text(LocalizedText.of("x")).callbackWithin(PeriodSpec.of(1, PeriodUnit.WORKING_DAYS)).build();
    assertThat(oneWorkingDay.callbackBy(java.time.LocalDate.of(2025, 5, 16), cal)).hasValue(java.time.LocalDate.of(2025, 5, 19));
    assertThat(oneWorkingDay.callbackBy(java.time.LocalDate.of(2025, 12, 23), cal)).hasValue(java.time.LocalDate.of(2025, 12, 24));
    Fallback twoDays = Fallback.builder().text(LocalizedText.of("x")).callbackWithin(PeriodSpec.of(2, PeriodUnit.DAYS)).build();
    assertThat(twoDays.callbackBy(java.time.LocalDate.of(2025, 12, 24), cal)).hasValue(java.time.LocalDate.of(2025, 12, 26));
    Fallback oneMonth = Fallback.builder().text(LocalizedText.of("x")).callbackWithin(PeriodSpec.of(1, PeriodUnit.MONTHS)).build();
    assertThat(oneMonth.callbackBy(java.time.LocalDate.of(2024, 1, 31), cal)).hasValue(java.time.LocalDate.of(2024, 2, 29));
    Fallback none = Fallback.builder().text(LocalizedText.of("x")).build();
    assertThat(none.callbackBy(java.time.LocalDate.of(2024, 1, 31), cal)).isEmpty();
    rejects(() -> Fallback.builder().text(LocalizedText.of("x")).answeredBy("Sandnesveien 299").build(), "answeredBy", Rule.FORMAT);
  }
}
