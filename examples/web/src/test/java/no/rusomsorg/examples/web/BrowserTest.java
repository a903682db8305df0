package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Fills in the page in headless Chromium and reads the answer. */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class BrowserTest {
  private static WebDriver driver;

  @LocalServerPort
  int port;

  @BeforeAll
  static void startBrowser() {
    assertThat(Files.isExecutable(BrowserAvailable.CHROMEDRIVER))
        .as("CI is set but %s is missing: run examples/web/install-browser.sh", BrowserAvailable.CHROMEDRIVER)
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserAvailable.CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile())
        .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private WebDriverWait open() {
    driver.get("http://127.0.0.1:" + port + "/");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#municipality option[value='sandnes']")));
    return wait;
  }

  @Test
  void anAdultInSandnesSeesServicesContactsAndNextSteps() {
    WebDriverWait wait = open();
    new Select(driver.findElement(By.id("municipality"))).selectByValue("sandnes");
    driver.findElement(By.id("age")).sendKeys("30");
    driver.findElement(By.id("res-resident")).click();
    driver.findElement(By.id("preg-no")).click();
    driver.findElement(By.id("home-no")).click();
    new Select(driver.findElement(By.id("situation"))).selectByValue("SEVERE");
    driver.findElement(By.id("submit")).click();

    WebElement dropIn = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("article[data-service='sandnes.drop-in']")));
    assertThat(dropIn.getAttribute("data-outcome")).isEqualTo("ELIGIBLE");
    assertThat(dropIn.getText()).contains("i målgruppen – du kan ta kontakt selv").contains("Slik når du dem nå").contains("Ring");
    List<WebElement> steps = driver.findElements(By.cssSelector("#steps > li"));
    assertThat(steps).isNotEmpty();
    assertThat(driver.findElement(By.id("result")).getText()).contains("Neste steg: Alvorlige rusproblemer");
  }

  @Test
  void missingMunicipalityAndABadAgeGiveMessagesAtTheFields() {
    open();
    driver.findElement(By.id("age")).sendKeys("-5");
    driver.findElement(By.id("submit")).click();
    assertThat(driver.findElement(By.id("municipality-error")).getText()).isEqualTo("Velg en kommune.");
    assertThat(driver.findElement(By.id("age-error")).getText()).contains("helt tall");
    assertThat(driver.findElement(By.id("age")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id("errors")).getText()).contains("Noe mangler");
    assertThat(driver.findElements(By.cssSelector("#result article"))).isEmpty();
  }
}
