package dev.crossborder.erp.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;

/**
 * The Jackson module that maps the SDK's values; register it on a host's own {@code ObjectMapper}
 * (or use {@link ErpJson#newMapper()}).
 *
 * <ul>
 *   <li>{@link Money} and {@link UnitAmount}: {@code {"amount":"12.30","currency":"USD"}}. The
 *       amount is written and read only as a JSON string; a JSON number is refused, so no amount
 *       ever passes through a {@code double}.
 *   <li>{@link ExchangeRate}: {@code
 *       {"base":"USD","quote":"CNY","rate":"7.1234","date":"2026-01-01","source":"ecb"}}, the rate
 *       a JSON string and the date an ISO date.
 *   <li>Every {@link TypedId} record with one {@code String} component (such as {@code TenantId}):
 *       a plain JSON string, both as a value and as a map key.
 * </ul>
 *
 * <p>Each value is built by its own constructor or factory, so reading validates as strictly as
 * code does: a refused value fails the read with a {@code JsonMappingException} whose cause is the
 * {@link dev.crossborder.erp.kernel.InvalidInputException}. Unknown properties inside these objects
 * follow the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * <p>Thread-safe once registered; registering it twice on one mapper has no further effect.
 */
public final class ErpJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ErpJacksonModule() {
    super(ErpJacksonModule.class.getName(), Version.unknownVersion());
    addSerializer(Money.class, new AmountJson.MoneySerializer());
    addDeserializer(Money.class, new AmountJson.MoneyDeserializer());
    addSerializer(UnitAmount.class, new AmountJson.UnitAmountSerializer());
    addDeserializer(UnitAmount.class, new AmountJson.UnitAmountDeserializer());
    addSerializer(ExchangeRate.class, new ExchangeRateJson.Serializer());
    addDeserializer(ExchangeRate.class, new ExchangeRateJson.Deserializer());
    addSerializer(TypedId.class, new TypedIdJson.Serializer());
    addKeySerializer(TypedId.class, new TypedIdJson.KeySerializer());
  }

  /** Adds the typed-id deserializers, which are found by type rather than registered per class. */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new TypedIdJson.Finder());
    context.addKeyDeserializers(new TypedIdJson.KeyFinder());
  }
}
