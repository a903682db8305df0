package no.rusomsorg.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium for the browser tests: start, open the page, fill in the form, run axe-core. */
final class Browser {
  /** axe-core, installed by install-web-tools.sh. */
  static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
  /** The WCAG 2.1 A and AA rules: what Norwegian public-sector web pages must meet. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Browser() {}

  static WebDriver start() {
    assertThat(Files.isExecutable(BrowserAvailable.CHROMEDRIVER))
        .as("CI is set but %s is missing: run examples/web/install-browser.sh", BrowserAvailable.CHROMEDRIVER)
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserAvailable.CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,900", "--lang=nb-NO", "--hide-scrollbars", "--force-device-scale-factor=1");
    // a Norwegian browser: Accept-Language nb, so that the page without ?lang= is in bokmål
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb,no,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile())
        .build();
    return new ChromeDriver(service, options);
  }

  /** Opens the page in a language (null: no choice, the browser's preference decides) and waits for the list. */
  static WebDriverWait open(WebDriver driver, int port, String lang) {
    driver.get("http://127.0.0.1:" + port + "/" + (lang == null ? "" : "?lang=" + lang));
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#municipality option[value='sandnes']")));
    return wait;
  }

  /** A person's answers to the form, as the form's field values. */
  record Answers(String municipality, String age, String residency, String who, String pregnant, String homeless,
      String situation) {
    static Answers adultInSandnes(String situation) {
      return new Answers("sandnes", "30", "res-resident", "who-self", "preg-no", "home-no", situation);
    }
  }

  /** Fills in the form with the mouse and sends it; waits for the answer. */
  static void submit(WebDriver driver, WebDriverWait wait, Answers a) {
    new Select(driver.findElement(By.id("municipality"))).selectByValue(a.municipality());
    driver.findElement(By.id("age")).clear();
    if (!a.age().isEmpty()) {
      driver.findElement(By.id("age")).sendKeys(a.age());
    }
    for (String radio : List.of(a.residency(), a.who(), a.pregnant(), a.homeless())) {
      driver.findElement(By.cssSelector("label[for='" + radio + "']")).click();
    }
    new Select(driver.findElement(By.id("situation"))).selectByValue(a.situation());
    driver.findElement(By.id("submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#steps > li")));
  }

  /** The WCAG 2.1 A/AA violations axe-core finds on the page as it is now, one line each. */
  @SuppressWarnings("unchecked")
  static List<String> axeViolations(WebDriver driver) {
    if (!Files.isRegularFile(AXE)) {
      assertThat(System.getenv("CI")).as("CI is set but %s is missing: run examples/web/install-web-tools.sh", AXE)
          .isNull();
      Assumptions.abort(AXE + " is missing; run examples/web/install-web-tools.sh");
    }
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      try {
        js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object out = js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + "  + v.nodes.map(n => n.target.join(' ') + ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']').join('; '))))"
            + ".catch(e => done(['axe failed: ' + e]));",
        WCAG_21_AA);
    return (List<String>) out;
  }

  static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static Map<String, Object> map(Object o) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) o;
    return m;
  }
}
