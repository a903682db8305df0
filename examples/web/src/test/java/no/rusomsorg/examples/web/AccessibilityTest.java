package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * WCAG 2.1 AA, checked by axe-core in headless Chromium on every state of the page, in bokmål, nynorsk
 * and English: the start, the form's errors, an error from the server, and the answer to every kind of
 * question (each situation, a relative, facts left unknown, a person the services do not fit).
 */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class AccessibilityTest {
  static final List<String> LANGUAGES = List.of("nb", "nn", "en");
  private static WebDriver driver;

  @LocalServerPort
  int port;

  @BeforeAll
  static void startBrowser() {
    driver = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** The kinds of question: each situation for an adult, a relative, all left unknown, one the services do not fit. */
  static List<Browser.Answers> kinds() {
    List<Browser.Answers> kinds = new ArrayList<>();
    for (String situation : List.of("MILD_OR_MODERATE", "SEVERE", "ACUTE_NEED", "LIFE_IN_DANGER", "RELATIVE_SEEKING_HELP")) {
      kinds.add(Browser.Answers.adultInSandnes(situation));
    }
    kinds.add(new Browser.Answers("sandnes", "52", "res-resident", "who-relative", "preg-unknown", "home-unknown", "SEVERE"));
    kinds.add(new Browser.Answers("sandnes", "", "res-unknown", "who-self", "preg-unknown", "home-unknown", "MILD_OR_MODERATE"));
    kinds.add(new Browser.Answers("sandnes", "15", "res-neither", "who-self", "preg-yes", "home-yes", "ACUTE_NEED"));
    return kinds;
  }

  private void assertNoViolations(String state) {
    assertThat(Browser.axeViolations(driver)).as("WCAG 2.1 AA violations in the state: %s", state).isEmpty();
  }

  @Test
  void theStartIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      Browser.open(driver, port, lang);
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
      assertNoViolations("start, " + lang);
    }
  }

  @Test
  void theFormsErrorsAreAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      Browser.open(driver, port, lang);
      driver.findElement(By.id("age")).sendKeys("tretti");
      driver.findElement(By.id("submit")).click();
      assertThat(driver.findElement(By.id("errors")).isDisplayed()).isTrue();
      assertThat(driver.findElements(By.cssSelector("#error-list a"))).hasSize(2);
      assertNoViolations("the form's errors, " + lang);
    }
  }

  @Test
  void anErrorFromTheServerIsAccessible() {
    for (String lang : LANGUAGES) {
      WebDriverWait wait = Browser.open(driver, port, lang);
      // a municipality the server does not know: only a changed page could send it, but the answer must still read well
      Browser.js(driver, "const o = document.createElement('option'); o.value = 'atlantis'; o.textContent = 'Atlantis';"
          + "document.getElementById('municipality').appendChild(o);");
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("municipality"))).selectByValue("atlantis");
      driver.findElement(By.id("submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
      assertThat(driver.findElement(By.id("errors")).getText()).isNotBlank();
      assertNoViolations("an error from the server, " + lang);
    }
  }

  /** Every kind of answer, each in one of the languages in turn, and the first kind in all three. */
  @Test
  void everyKindOfAnswerIsAccessibleInEveryLanguage() {
    List<Browser.Answers> kinds = kinds();
    List<String[]> runs = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      runs.add(new String[] {Integer.toString(i), LANGUAGES.get(i % LANGUAGES.size())});
    }
    for (String lang : LANGUAGES.subList(1, LANGUAGES.size())) {
      runs.add(new String[] {"0", lang});
    }
    for (String[] run : runs) {
      Browser.Answers kind = kinds.get(Integer.parseInt(run[0]));
      WebDriverWait wait = Browser.open(driver, port, run[1]);
      Browser.submit(driver, wait, kind);
      assertThat(driver.findElements(By.cssSelector("#result article"))).isNotEmpty();
      assertNoViolations("the answer to " + kind + ", " + run[1]);
    }
  }

  /** The check itself: axe finds a violation that is put into the page (a field without a label, low contrast). */
  @Test
  void theCheckFindsAViolation() {
    Browser.open(driver, port, "nb");
    Browser.js(driver, "const i = document.createElement('input'); i.type = 'text';"
        + "document.getElementById('questions').appendChild(i);");
    assertThat(Browser.axeViolations(driver)).anySatisfy(v -> assertThat(v).startsWith("label "));
  }
}
