package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Fills in the page in headless Chromium, with the mouse and with the keyboard alone, in each language, at phone and desktop width. */
@BrowserAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class BrowserTest {
  /** Where the screenshots are saved, to be looked at. */
  static final Path SCREENSHOTS = Path.of("target/screenshots");
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

  private WebDriverWait open() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    return Browser.open(driver, port, null);
  }

  @Test
  void anAdultInSandnesSeesServicesContactsAndNextSteps() {
    WebDriverWait wait = open();
    Browser.submit(driver, wait, Browser.Answers.adultInSandnes("SEVERE"));

    WebElement dropIn = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("article[data-service='sandnes.drop-in']")));
    assertThat(dropIn.getAttribute("data-outcome")).isEqualTo("ELIGIBLE");
    assertThat(dropIn.getText()).contains("I målgruppen – du kan ta kontakt selv").contains("Slik når du dem nå").contains("Ring");
    List<WebElement> steps = driver.findElements(By.cssSelector("#steps > li"));
    assertThat(steps).isNotEmpty();
    assertThat(driver.findElement(By.id("result")).getText()).contains("Neste steg: Alvorlige rusproblemer");
    assertThat(Browser.js(driver, "return (document.getElementById('steps').compareDocumentPosition("
        + "document.querySelector('#result article')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;"))
        .as("the next steps come before the list of services").isEqualTo(true);
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
    assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the error summary gets the focus").isEqualTo("errors");
    assertThat(driver.findElements(By.cssSelector("#result article"))).isEmpty();
  }

  @Test
  void theLanguageSwitchShowsThePageAndTheAnswerInNynorskAndEnglish() {
    WebDriverWait wait = open();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
    assertThat(driver.findElement(By.cssSelector("a[hreflang='nb']")).getAttribute("aria-current")).isEqualTo("true");

    driver.findElement(By.cssSelector("a[hreflang='nn']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nn"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#municipality option[value='sandnes']")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Finn hjelp for rusproblem i kommunen");
    assertThat(driver.findElement(By.cssSelector("a[hreflang='nn']")).getAttribute("aria-current")).isEqualTo("true");
    assertThat(driver.findElement(By.cssSelector("a[hreflang='nb']")).getAttribute("aria-current")).isNull();
    Browser.submit(driver, wait, Browser.Answers.adultInSandnes("SEVERE"));
    String nn = driver.findElement(By.id("result")).getText();
    assertThat(nn).contains("Tenester i Sandnes").contains("Neste steg: ").doesNotContain("Tjenester i");

    driver.findElement(By.cssSelector("a[hreflang='en']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#municipality option[value='sandnes']")));
    assertThat(driver.findElement(By.id("submit")).getText()).isEqualTo("Show the help that fits");
    driver.findElement(By.id("submit")).click();
    assertThat(driver.findElement(By.id("municipality-error")).getText()).isEqualTo("Choose a municipality.");
    Browser.submit(driver, wait, Browser.Answers.adultInSandnes("SEVERE"));
    assertThat(driver.findElement(By.id("result")).getText()).contains("Services in Sandnes").contains("Next steps: ");
  }

  /** What has the focus: its id, or its link target. */
  private static String focused() {
    WebElement e = driver.switchTo().activeElement();
    String id = e.getAttribute("id");
    return id == null || id.isEmpty() ? e.getTagName() + " " + e.getAttribute("href").replaceFirst("^http://[^/]+/", "/") : id;
  }

  /** Whether the focused element shows that it has the focus: a focus ring (outline or box shadow). */
  private static boolean focusVisible() {
    return focusStyle().get("ok") == Boolean.TRUE;
  }

  private static Map<String, Object> focusStyle() {
    Map<String, Object> s = Browser.map(Browser.js(driver, "const a = document.activeElement;"
        // a radio button's focus ring is drawn around the option, its .ds-field, as the design system does
        + "const e = a.matches('input[type=radio]') ? a.closest('.ds-field') : a, c = getComputedStyle(e);"
        + "return {visible: a.matches(':focus-visible'), outline: c.outlineStyle + ' ' + c.outlineWidth, shadow: c.boxShadow};"));
    boolean outline = !String.valueOf(s.get("outline")).startsWith("none") && !String.valueOf(s.get("outline")).endsWith(" 0px");
    boolean shadow = !"none".equals(s.get("shadow"));
    s = new java.util.HashMap<>(s);
    s.put("ok", Boolean.TRUE.equals(s.get("visible")) && (outline || shadow));
    return s;
  }

  private static void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  @Test
  void theTabOrderFollowsThePageAndEveryFocusIsVisible() {
    open();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      press(Keys.TAB);
      order.add(focused());
      assertThat(focusVisible()).as("the focus on %s is visible: %s", focused(), focusStyle()).isTrue();
    }
    assertThat(order).containsExactly("a /#main", "a /?lang=nb", "a /?lang=nn", "a /?lang=en", "a tel:113",
        "municipality", "age", "res-unknown", "who-self", "preg-unknown", "home-unknown", "situation", "submit");
  }

  @Test
  void theFormWorksWithTheKeyboardAlone() {
    WebDriverWait wait = open();
    press(Keys.TAB);
    press(Keys.ENTER); // the skip link
    assertThat(focused()).isEqualTo("main");
    press(Keys.TAB, Keys.TAB, Keys.TAB);
    assertThat(focused()).isEqualTo("age");
    press(Keys.ENTER); // sending the empty form from a field: the error summary takes the focus
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
    assertThat(focused()).isEqualTo("errors");
    press(Keys.TAB);
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Velg en kommune.");
    press(Keys.ENTER); // the error's link leads to its field
    assertThat(focused()).isEqualTo("municipality");

    press("Sandnes"); // a select chooses by the typed name; the list holds every municipality of the country
    assertThat(driver.findElement(By.id("municipality")).getAttribute("value")).isEqualTo("sandnes");
    press(Keys.TAB);
    press("30");
    press(Keys.TAB);
    assertThat(focused()).isEqualTo("res-unknown");
    press(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP);
    assertThat(focused()).isEqualTo("res-resident");
    press(Keys.TAB, Keys.TAB);
    assertThat(focused()).isEqualTo("preg-unknown");
    press(Keys.ARROW_UP);
    press(Keys.TAB);
    press(Keys.ARROW_UP);
    assertThat(focused()).isEqualTo("home-no");
    press(Keys.TAB, Keys.ARROW_DOWN);
    assertThat(driver.findElement(By.id("situation")).getAttribute("value")).isEqualTo("SEVERE");
    press(Keys.TAB);
    assertThat(focused()).isEqualTo("submit");
    press(Keys.ENTER);

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#steps > li")));
    assertThat(focused()).as("the answer takes the focus").isEqualTo("result");
    assertThat(driver.findElement(By.id("errors")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector("article[data-service='sandnes.drop-in']")).getAttribute("data-outcome"))
        .isEqualTo("ELIGIBLE");
    assertThat(driver.findElement(By.id("result")).getText()).contains("Neste steg: Alvorlige rusproblemer");
    assertThat(driver.findElement(By.id("preg-no")).isSelected()).isTrue();
  }

  /** Saves a screenshot of the whole page at a width, and checks that nothing needs sideways scrolling. */
  private void screenshot(int width, String name) throws IOException {
    driver.manage().window().setSize(new Dimension(width, 900));
    Map<String, Object> size = Browser.map(Browser.js(driver,
        "return {client: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth,"
            + " height: document.documentElement.scrollHeight};"));
    assertThat(((Number) size.get("scroll")).intValue()).as("%s at %d px needs no sideways scrolling", name, width)
        .isLessThanOrEqualTo(((Number) size.get("client")).intValue());
    // the whole page, beyond the window, through the DevTools protocol
    Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width",
            ((Number) size.get("client")).intValue(), "height", ((Number) size.get("height")).intValue(), "scale", 1)));
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Test
  void readableOnAPhoneAndOnADesktop() throws IOException {
    for (int width : new int[] {360, 1280}) {
      driver.manage().window().setSize(new Dimension(width, 900));
      WebDriverWait wait = Browser.open(driver, port, "nb");
      screenshot(width, "start-nb");
      driver.findElement(By.id("submit")).click();
      screenshot(width, "errors-nb");
      wait = Browser.open(driver, port, "nn");
      Browser.submit(driver, wait, Browser.Answers.adultInSandnes("SEVERE"));
      screenshot(width, "answer-nn");
      wait = Browser.open(driver, port, "en");
      Browser.submit(driver, wait, new Browser.Answers("sandnes", "", "res-unknown", "who-relative", "preg-unknown",
          "home-unknown", "MILD_OR_MODERATE"));
      screenshot(width, "answer-en");
    }
    assertThat(SCREENSHOTS.resolve("answer-nn-360.png")).exists();
  }
}
