package dev.crossborder.erp.platforms.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GraphQL documents are well formed: named as sent, braces balanced, every fragment defined. */
class OperationTest {
  private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.(\\w+)");

  @Test
  void everyDocumentDefinesTheOperationItIsSentAsAndTheFragmentsItSpreads() {
    for (Operation operation : Operation.values()) {
      String document = operation.document();
      assertThat(document.strip()).as(operation.name())
          .matches("(?s)(query|mutation) " + operation.operationName() + "\\(.*");
      assertThat(document.chars().filter(c -> c == '{').count()).as(operation.name())
          .isEqualTo(document.chars().filter(c -> c == '}').count());
      Matcher spread = SPREAD.matcher(document);
      while (spread.find()) {
        assertThat(document).as(operation.name()).contains("fragment " + spread.group(1) + " on ");
      }
    }
  }

  @Test
  void sendsReadsAndCompareAndSetAsIdempotentAndCreatesAsNot() {
    assertThat(Operation.ORDERS.idempotent()).isTrue();
    assertThat(Operation.INVENTORY_SET.idempotent()).isTrue();
    assertThat(Operation.FULFILLMENT_CREATE.idempotent()).isFalse();
    assertThat(Operation.PRODUCT_SET.idempotent()).isFalse();
    assertThat(Operation.API_VERSION).isEqualTo("2025-07");
  }
}
