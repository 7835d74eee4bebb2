/**
 * Money and currency conversion: {@link dev.crossborder.erp.money.Money} at the currency's
 * minor-unit scale, {@link dev.crossborder.erp.money.UnitAmount} for unit costs and converted
 * prices at six decimals, {@link dev.crossborder.erp.money.ExchangeRate} and the {@link
 * dev.crossborder.erp.money.ExchangeRateProvider} SPI that hosts implement, with {@link
 * dev.crossborder.erp.money.FixedExchangeRates} as the built-in implementation.
 *
 * <p>Amounts are never rounded silently: a value with more decimals than allowed is refused, and
 * every operation that has to round takes the {@link java.math.RoundingMode} from the caller.
 * Amounts of different currencies are never combined; doing so raises {@link
 * dev.crossborder.erp.money.CurrencyMismatchException}. All types here are immutable and
 * thread-safe except {@link dev.crossborder.erp.money.FixedExchangeRates.Builder}.
 */
@NullMarked
package dev.crossborder.erp.money;

import org.jspecify.annotations.NullMarked;
