package dev.crossborder.erp.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.listing.AttributeMapping;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attribute values through a JSON document: exact, readable, and refused when not JSON-like. */
class AttributeValuesTest {
  private static final ObjectMapper JSON = ErpJson.newMapper();
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void everyKindOfValueReadsBackEqualAndEveryNumberOfItsOwnType() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("text", "Mug");
    values.put("int", 7);
    values.put("smallLong", 350L);
    values.put("bigLong", Long.MAX_VALUE);
    values.put("smallBigInteger", BigInteger.TEN);
    values.put("hugeBigInteger", BigInteger.TWO.pow(80));
    values.put("decimal", new BigDecimal("19.90"));
    values.put("double", 0.1);
    values.put("notANumber", Double.NaN);
    values.put("float", 1.5f);
    values.put("short", (short) 3);
    values.put("byte", (byte) -1);
    values.put("flag", false);
    values.put("nothing", null);
    values.put("list", Arrays.asList(1L, null, "a", List.of(new BigDecimal("1.0"))));
    values.put("map", Map.of("unit", "cm", "length", new BigDecimal("12.5"), "count", 2));
    values.put("taggedLookalike", Map.of("$long", "not a number"));
    values.put("mapLookalike", Map.of("$map", Map.of("x", 1L)));

    Map<String, Object> read = roundTrip(values);

    assertThat(read).isEqualTo(values);
    values.forEach(
        (name, value) -> {
          if (!(value == null || value instanceof List || value instanceof Map)) {
            assertThat(read.get(name)).as(name).hasSameClassAs(value);
          }
        });
  }

  @Test
  void plainJsonValuesStayPlainAndOthersNameTheirType() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("count", 2);
    values.put("grams", 350L);
    values.put("price", new BigDecimal("19.90"));
    values.put("name", "Mug");

    assertThat(JSON.writeValueAsString(AttributeValues.encode(values)))
        .isEqualTo(
            "{\"count\":2,\"grams\":{\"$long\":\"350\"},\"price\":{\"$decimal\":\"19.90\"},"
                + "\"name\":\"Mug\"}");
  }

  @Test
  void refusesValuesThatAreNotJsonLike() {
    assertThatThrownBy(() -> AttributeValues.encode(Map.of("at", T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.time.Instant");
    Map<Object, Object> numericKeys = new HashMap<>();
    numericKeys.put(1, "one");
    assertThatThrownBy(() -> AttributeValues.encode(Map.of("table", numericKeys)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a string");
  }

  @Test
  void aListingWithAValueThatIsNotJsonLikeIsRefusedWhenBuiltAndNamesNoValue() {
    Listing.Builder builder =
        Listing.draft(ShopId.of("shop-1"), "MUG-1", T0).toBuilder()
            .rendered("MUG", Map.of("secret", Set.of("s3cr3t")));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("attributes.secret"))
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void listingsAndTemplatesReadBackEqualFromTheirDocuments() {
    Documents documents = new Documents();
    Listing listing =
        Listing.draft(ShopId.of("shop-1"), "MUG-1", T0).toBuilder()
            .rendered("MUG", Map.of("grams", 350L, "price", new BigDecimal("1.50")))
            .overrides(Map.of("bullets", List.of(1L, 2L)))
            .build();
    ListingTemplate template =
        new ListingTemplate(
            "tpl-1",
            PlatformId.AMAZON,
            null,
            "MUG",
            Map.of(
                "weight",
                AttributeMapping.concat(
                    " ",
                    AttributeMapping.constant(350L),
                    AttributeMapping.truncate(
                        AttributeMapping.lookup(
                            AttributeMapping.constant(Map.of("$long", 1L)), Map.of("a", "b")),
                        5))),
            Set.of("weight"),
            null);

    assertThat(documents.listing(documents.listing(listing), 4)).isEqualTo(listing.withVersion(4));
    assertThat(documents.template(documents.template(template))).isEqualTo(template);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> roundTrip(Map<String, Object> values) throws Exception {
    String json = JSON.writeValueAsString(AttributeValues.encode(values));
    return (Map<String, Object>) (Map<?, ?>) AttributeValues.decode(JSON.readValue(json, Map.class));
  }
}
