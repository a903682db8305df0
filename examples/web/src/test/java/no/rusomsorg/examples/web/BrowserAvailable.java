package no.rusomsorg.examples.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test when {@code /usr/bin/chromedriver} exists, and also when the environment
 * variable {@code CI} is set, so that a CI machine without the driver fails instead of skipping.
 * Elsewhere (a developer's machine without Chromium) the test is skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserAvailable.Condition.class)
@interface BrowserAvailable {
  Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The condition behind the annotation. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(CHROMEDRIVER)) {
        return ConditionEvaluationResult.enabled(CHROMEDRIVER + " exists");
      }
      if (System.getenv("CI") != null) {
        return ConditionEvaluationResult.enabled("CI is set: the test must run (and fails without the driver)");
      }
      return ConditionEvaluationResult.disabled(CHROMEDRIVER + " is missing; run examples/web/install-browser.sh");
    }
  }
}
