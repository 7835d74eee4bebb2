package dev.crossborder.erp.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * JSON of {@link Money} and {@link UnitAmount}: {@code {"amount":"12.30","currency":"USD"}}, the
 * amount always a JSON string at the value's own scale.
 */
final class AmountJson {
  private static final List<String> FIELDS = List.of("amount", "currency");

  private AmountJson() {}

  private static void write(BigDecimal amount, Currency currency, JsonGenerator gen, Object value)
      throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("amount", amount.toPlainString());
    gen.writeStringField("currency", currency.getCurrencyCode());
    gen.writeEndObject();
  }

  static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value.amount(), value.currency(), gen, value);
    }
  }

  static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<String, String> fields = StringFields.read(p, ctxt, this, Money.class, FIELDS);
      try {
        return Money.of(fields.get("amount"), fields.get("currency"));
      } catch (InvalidInputException e) {
        throw StringFields.refused(ctxt, Money.class, e);
      }
    }
  }

  static final class UnitAmountSerializer extends StdSerializer<UnitAmount> {
    private static final long serialVersionUID = 1L;

    UnitAmountSerializer() {
      super(UnitAmount.class);
    }

    @Override
    public void serialize(UnitAmount value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value.amount(), value.currency(), gen, value);
    }
  }

  static final class UnitAmountDeserializer extends StdDeserializer<UnitAmount> {
    private static final long serialVersionUID = 1L;

    UnitAmountDeserializer() {
      super(UnitAmount.class);
    }

    @Override
    public UnitAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<String, String> fields = StringFields.read(p, ctxt, this, UnitAmount.class, FIELDS);
      try {
        return UnitAmount.of(fields.get("amount"), fields.get("currency"));
      } catch (InvalidInputException e) {
        throw StringFields.refused(ctxt, UnitAmount.class, e);
      }
    }
  }
}
