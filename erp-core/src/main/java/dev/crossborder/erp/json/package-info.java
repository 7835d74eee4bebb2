/**
 * JSON mapping of the SDK's values with Jackson 2: {@link
 * dev.crossborder.erp.json.ErpJacksonModule} for hosts that bring their own {@code ObjectMapper},
 * and {@link dev.crossborder.erp.json.ErpJson} for a mapper configured the way the SDK's documents
 * are written.
 *
 * <p>Money, unit amounts and exchange rates are objects whose numbers are JSON strings, never JSON
 * numbers, so no amount passes through a {@code double}; typed identifiers are plain JSON strings.
 * Values are validated by their own constructors while reading: a bad value fails the read with a
 * Jackson {@code JsonMappingException} whose cause is the SDK's {@code InvalidInputException}. All
 * types here are thread-safe.
 */
@NullMarked
package dev.crossborder.erp.json;

import org.jspecify.annotations.NullMarked;
