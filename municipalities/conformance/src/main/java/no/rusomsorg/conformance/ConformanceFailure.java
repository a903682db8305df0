package no.rusomsorg.conformance;

import java.util.Objects;

/**
 * A conformance check failed. It says which check ({@link #checkId()}), what was found
 * ({@link #found()}) and what to do about it ({@link #fix()}); the message is
 * {@code "[RC05] <found> Fix: <fix>"}.
 */
public final class ConformanceFailure extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final String checkId;
  private final String found;
  private final String fix;

  ConformanceFailure(String checkId, String found, String fix) {
    super("[" + checkId + "] " + found + " Fix: " + fix);
    this.checkId = requireText(checkId, "checkId");
    this.found = requireText(found, "found");
    this.fix = requireText(fix, "fix");
    if (!checkId.matches("RC[0-9]{2}")) {
      throw new IllegalArgumentException("check id must be RC and two digits");
    }
  }

  ConformanceFailure(String checkId, String found, String fix, Throwable cause) {
    this(checkId, found, fix);
    initCause(cause);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * The stable id of the failed check, such as {@code RC05}.
   *
   * @return the id
   */
  public String checkId() {
    return checkId;
  }

  /**
   * What the check found, such as the id of the service and the value that broke the rule.
   *
   * @return a sentence or more
   */
  public String found() {
    return found;
  }

  /**
   * What to do about it.
   *
   * @return an instruction
   */
  public String fix() {
    return fix;
  }
}
