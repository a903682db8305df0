package no.rusomsorg.examples.web;

import java.time.Clock;
import java.time.ZoneId;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.api.MunicipalityRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot app that embeds rusomsorg: a JSON API under {@code /api} and a small Norwegian page
 * at {@code /}. Municipalities come from the plugins on the class path (Sandnes and Søgne here).
 */
@SpringBootApplication
public class WebApplication {

  /** Norway's time zone: opening hours and "today" are reckoned in it. */
  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /**
   * Starts the app.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(WebApplication.class, args);
  }

  /**
   * "Now" for every request. Tests replace it with a fixed clock.
   *
   * @return the system clock in Europe/Oslo
   */
  @Bean
  Clock clock() {
    return Clock.system(OSLO);
  }

  /**
   * The library's strict JSON mapper, so that model values are written exactly as the library
   * defines them (ISO dates, enum names, absent optionals left out).
   *
   * @return the mapper
   */
  @Bean
  JsonMapper jsonMapper() {
    return RusomsorgJson.strict().mapper();
  }

  /**
   * The municipality plugins found on the class path, loaded once.
   *
   * @return the registry
   */
  @Bean
  MunicipalityRegistry municipalityRegistry() {
    return MunicipalityRegistry.discover();
  }
}
