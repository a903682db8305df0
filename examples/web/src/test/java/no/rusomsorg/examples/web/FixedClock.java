package no.rusomsorg.examples.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Thursday 12 March 2026, 10:00 in Oslo: an ordinary working morning. */
@TestConfiguration
class FixedClock {
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, WebApplication.OSLO);

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(NOW.toInstant(), WebApplication.OSLO);
  }
}
