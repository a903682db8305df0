package no.rusomsorg.conformance;

/**
 * A conformance check failed. The message starts with the check's stable id and ends with what to fix.
 */
public final class ConformanceFailure extends AssertionError {
  private static final long serialVersionUID = 1L;
  private final String checkId;

  ConformanceFailure(String checkId, String problem, String fix) {
    super("[" + checkId + "] " + problem + " Fix: " + fix);
    this.checkId = checkId;
  }

  ConformanceFailure(String checkId, String problem, String fix, Throwable cause) {
    this(checkId, problem, fix);
    initCause(cause);
  }

  /**
   * The stable id of the failed check, such as {@code RC05}.
   *
   * @return the id
   */
  public String checkId() {
    return checkId;
  }
}
