package no.rusomsorg.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.RusomsorgException;
import org.jspecify.annotations.Nullable;

/**
 * A municipality plugin could not be loaded or used: it threw, returned invalid data, or claims a
 * municipality that another plugin already claims for the same dates.
 *
 * <p>{@link #providerName()} names the plugin at fault, {@link #reason()} says what went wrong and
 * {@link #field()} gives the path of the offending field when the data was invalid, so an application
 * can report the problem to the plugin's authors without parsing the message.
 */
public class ProviderException extends RusomsorgException {
  private static final long serialVersionUID = 1L;

  /** What went wrong with a provider. */
  public enum Reason {
    /** {@link java.util.ServiceLoader} could not instantiate the provider. */
    DISCOVERY_FAILED,
    /** The provider threw when asked for its catalog. */
    PROVIDER_THREW,
    /** The provider returned a catalog that breaks a rule of the model. */
    INVALID_DATA,
    /** Two providers claim the same municipality for overlapping dates. */
    DUPLICATE_MUNICIPALITY,
    /** The same provider was registered twice. */
    DUPLICATE_PROVIDER
  }

  private final String providerName;
  private final Reason reason;
  private final @Nullable String field;

  /**
   * Creates the exception.
   *
   * @param providerName the provider at fault
   * @param reason what went wrong
   * @param field the path of the offending field, or null when no field is at fault
   * @param message the explanation, without personal data
   * @param cause the underlying failure, or null
   * @throws NullPointerException if the provider name, the reason or the message is null
   */
  public ProviderException(String providerName, Reason reason, @Nullable String field, String message,
      @Nullable Throwable cause) {
    super("municipality provider '" + Objects.requireNonNull(providerName, "providerName") + "': "
        + Objects.requireNonNull(message, "message")
        + (field == null ? "" : " (field " + (field.length() > 200 ? field.substring(0, 200) + "\u2026" : field) + ")")
        + " [" + Objects.requireNonNull(reason, "reason") + "]", cause);
    this.providerName = Objects.requireNonNull(providerName, "providerName");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = field;
  }

  /**
   * The name of the provider at fault.
   *
   * @return the provider's name
   */
  public String providerName() {
    return providerName;
  }

  /**
   * What went wrong.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The path of the offending field, when the provider's data was invalid.
   *
   * @return the field path
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Every problem found in the provider's data, each with its JSON path and rule: all the problems of
   * a JSON catalog at once (see {@link no.rusomsorg.core.CatalogProblemsException}), the one problem of
   * any other invalid value, and none when the failure was not about invalid data.
   *
   * @return the problems, unmodifiable; the first one is the one {@link #field()} names
   */
  public List<InvalidValueException> problems() {
    Throwable cause = getCause();
    return reason == Reason.INVALID_DATA && cause instanceof InvalidValueException
        ? ((InvalidValueException) cause).problems() : List.of();
  }
}
