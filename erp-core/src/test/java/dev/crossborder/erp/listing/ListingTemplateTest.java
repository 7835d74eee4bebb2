package dev.crossborder.erp.listing;

import static dev.crossborder.erp.listing.AttributeMapping.byLanguage;
import static dev.crossborder.erp.listing.AttributeMapping.concat;
import static dev.crossborder.erp.listing.AttributeMapping.constant;
import static dev.crossborder.erp.listing.AttributeMapping.field;
import static dev.crossborder.erp.listing.AttributeMapping.lookup;
import static dev.crossborder.erp.listing.AttributeMapping.truncate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.listing.internal.TemplateRenderer;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingTemplateTest {
  private static final Product TEE = Product.builder().id("TEE").title("Organic cotton T-shirt").brand("Acme")
      .category("apparel")
      .addSku(Sku.builder().code("TEE-L").productId(dev.crossborder.erp.catalog.ProductId.of("TEE")).name("Tee L")
          .attribute("size", "Large").attribute("colour", "Navy").barcode("4006381333931").build())
      .addSku(Sku.builder().code("TEE-XXL").productId(dev.crossborder.erp.catalog.ProductId.of("TEE")).name("Tee XXL")
          .attribute("size", "XXL").build())
      .build();
  private static final Shop US = shop("us", "ATVPDKIKX0DER");
  private static final Shop DE = shop("de", "A1PA6795UKMFR9");

  private static Shop shop(String id, String marketplace) {
    return Shop.of(ShopId.of(id), PlatformId.AMAZON, marketplace, id, Currency.getInstance("USD"), ZoneOffset.UTC);
  }

  private static ListingTemplate template() {
    Map<String, AttributeMapping> attributes = new LinkedHashMap<>();
    attributes.put("item_name", truncate(concat(" ", field("product.brand"), field("product.title"),
        field("sku.attributes.colour")), 30));
    attributes.put("size", lookup(field("sku.attributes.size"), Map.of("Large", "L", "Medium", "M")));
    attributes.put("color", field("sku.attributes.colour"));
    attributes.put("externally_assigned_product_identifier", field("sku.barcode"));
    attributes.put("condition_type", constant("new_new"));
    attributes.put("bullet_point", byLanguage(Map.of("de", constant("Bio-Baumwolle")), constant("Organic cotton")));
    return new ListingTemplate("amazon-apparel", PlatformId.AMAZON, "apparel", "SHIRT", attributes,
        Set.of("item_name", "size", "condition_type"), "item_name");
  }

  @Test
  void rendersEveryMappingKind() {
    Sku large = TEE.skus().get(0);
    TemplateRenderer.Rendered us = TemplateRenderer.render(template(), TEE, large, US, Map.of());
    TemplateRenderer.Rendered de = TemplateRenderer.render(template(), TEE, large, DE, Map.of());

    assertThat(us.isValid()).isTrue();
    assertThat(us.attributes())
        .containsEntry("item_name", "Acme Organic cotton T-shirt Na") // cut at 30 code points
        .containsEntry("size", "L")
        .containsEntry("color", "Navy")
        .containsEntry("externally_assigned_product_identifier", "4006381333931")
        .containsEntry("condition_type", "new_new")
        .containsEntry("bullet_point", "Organic cotton");
    assertThat(de.attributes()).containsEntry("bullet_point", "Bio-Baumwolle");
  }

  @Test
  void aRequiredAttributeWithoutValueIsReportedNamingTheAttribute() {
    Sku xxl = TEE.skus().get(1); // XXL is not in the lookup table, and has no colour or barcode
    TemplateRenderer.Rendered rendered = TemplateRenderer.render(template(), TEE, xxl, US, Map.of());

    assertThat(rendered.isValid()).isFalse();
    assertThat(rendered.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(TemplateRenderer.MISSING_REQUIRED);
      assertThat(p.attributes()).containsExactly("size");
      assertThat(p.severity()).isEqualTo(PlatformIssue.Severity.ERROR);
      assertThat(p.message()).contains("size").contains("TEE-XXL").contains("sku.attributes.size");
    });
    assertThat(rendered.attributes()).doesNotContainKeys("size", "color", "externally_assigned_product_identifier");
  }

  @Test
  void overridesFromBulkEditsWinOverTheTemplate() {
    TemplateRenderer.Rendered rendered =
        TemplateRenderer.render(template(), TEE, TEE.skus().get(1), US, Map.of("size", "XXL", "item_name", "Tee"));
    assertThat(rendered.isValid()).isTrue();
    assertThat(rendered.attributes()).containsEntry("size", "XXL").containsEntry("item_name", "Tee");
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    Product emoji = TEE.toBuilder().title("🙂🙂🙂🙂").brand(null).skus(List.of(TEE.skus().get(0))).build();
    Map<String, AttributeMapping> attributes = Map.of("item_name", truncate(field("product.title"), 3));
    ListingTemplate t = new ListingTemplate("t", PlatformId.AMAZON, null, "SHIRT", attributes, Set.of(), null);
    assertThat(TemplateRenderer.render(t, emoji, emoji.skus().get(0), US, Map.of()).attributes())
        .containsEntry("item_name", "🙂🙂🙂");
  }

  @Test
  void aTemplateNamingAFieldThatDoesNotExistIsRefusedNamingTheAttributeAndField() {
    Map<String, AttributeMapping> attributes = Map.of("item_name", concat(" ", field("product.title"), field("product.colour")));
    assertThatThrownBy(() -> new ListingTemplate("t", PlatformId.AMAZON, null, "SHIRT", attributes, Set.of(), null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("attributes.item_name");
          assertThat(e.getMessage()).contains("product.colour");
        });
    assertThatThrownBy(() -> new ListingTemplate("t", PlatformId.AMAZON, null, "SHIRT",
            Map.of("size", field("sku.attributes.size")), Set.of("colour"), null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("required"));
    assertThatThrownBy(() -> new ListingTemplate("t", PlatformId.AMAZON, null, "SHIRT", Map.of(), Set.of(), null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("attributes"));
  }

  @Test
  void templatesRoundTripThroughJsonSoHostsCanLetUsersEditThem() throws Exception {
    var mapper = ErpJson.newMapper();
    String json = mapper.writeValueAsString(template());
    assertThat(json).contains("\"kind\":\"truncate\"").contains("\"kind\":\"byLanguage\"");
    assertThat(mapper.readValue(json, ListingTemplate.class)).isEqualTo(template());
    String edited = json.replace("sku.attributes.colour", "sku.colour");
    assertThatThrownBy(() -> mapper.readValue(edited, ListingTemplate.class))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .rootCause().hasMessageContaining("sku.colour");
  }
}
