package dev.crossborder.erp.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.ExchangeRate;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * JSON of {@link ExchangeRate}: {@code
 * {"base":"USD","quote":"CNY","rate":"7.1234","date":"2026-01-01","source":"ecb"}}, the rate a JSON
 * string and the date an ISO date whatever the mapper's date settings.
 */
final class ExchangeRateJson {
  private static final List<String> FIELDS = List.of("base", "quote", "rate", "date", "source");

  private ExchangeRateJson() {}

  static final class Serializer extends StdSerializer<ExchangeRate> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ExchangeRate.class);
    }

    @Override
    public void serialize(ExchangeRate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      gen.writeStringField("base", value.base().getCurrencyCode());
      gen.writeStringField("quote", value.quote().getCurrencyCode());
      gen.writeStringField("rate", value.rate().toPlainString());
      gen.writeStringField("date", value.date().toString());
      gen.writeStringField("source", value.source());
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<ExchangeRate> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ExchangeRate.class);
    }

    @Override
    public ExchangeRate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<String, String> fields = StringFields.read(p, ctxt, this, ExchangeRate.class, FIELDS);
      try {
        return ExchangeRate.of(
            fields.get("base"),
            fields.get("quote"),
            fields.get("rate"),
            date(fields.get("date")),
            fields.get("source"));
      } catch (InvalidInputException e) {
        throw StringFields.refused(ctxt, ExchangeRate.class, e);
      }
    }

    private static LocalDate date(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("date", "\"" + text + "\"", "is not an ISO date");
      }
    }
  }
}
