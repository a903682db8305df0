package no.rusomsorg.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Subclasses carry structured data (a reason, a field path, a plugin name) so that callers can
 * branch on data rather than on message text. Messages never contain personal data such as national
 * identity numbers or health facts.
 */
public class RusomsorgException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, without personal data, or null
   */
  public RusomsorgException(@Nullable String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, without personal data, or null
   * @param cause the underlying failure, or null
   */
  public RusomsorgException(@Nullable String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
