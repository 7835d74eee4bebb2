package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire records shared by every SP-API model: {@code Money} and the {@code ErrorList} body. */
public final class ErrorsWire {
  private ErrorsWire() {}

  /**
   * An SP-API {@code Money} / {@code MoneyType}: {@code {"currencyCode": "USD", "amount": "11.01"}}.
   * The amount is read from its text (string or number), never through a {@code double}.
   *
   * @param currencyCode ISO 4217 code
   * @param amount the decimal amount, or {@code null} if absent or {@code ""}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AmazonMoney(@Nullable String currencyCode, @Nullable BigDecimal amount) {}

  /**
   * The error body of every SP-API operation: {@code {"errors":[{"code","message","details"}]}}.
   *
   * @param errors the errors, possibly {@code null}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ErrorList(@Nullable List<Error> errors) {}

  /**
   * One SP-API error.
   *
   * @param code the error code, such as {@code InvalidInput}
   * @param message the message
   * @param details more detail, if any
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Error(@Nullable String code, @Nullable String message, @Nullable String details) {}
}
