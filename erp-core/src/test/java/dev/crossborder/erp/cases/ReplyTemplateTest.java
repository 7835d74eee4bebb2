package dev.crossborder.erp.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyTemplateTest {

  @Test
  void fillsPlaceholdersAndKeepsEscapedBraces() {
    ReplyTemplate t = new ReplyTemplate("thanks", "Hi {buyer.firstName}, order {order.id} {{ref}}");

    assertThat(t.placeholders()).containsExactly("buyer.firstName", "order.id");
    assertThat(t.render(Map.of("buyer.firstName", "Jane", "order.id", "113-1"))).isEqualTo("Hi Jane, order 113-1 {ref}");
  }

  @Test
  void refusesAnUnknownPlaceholderNamingIt() {
    assertThatThrownBy(() -> new ReplyTemplate("bad", "Hi {buyer.email}"))
        .isInstanceOfSatisfying(UnknownPlaceholderException.class, e -> {
          assertThat(e.field()).isEqualTo("text");
          assertThat(e.value()).isEqualTo("{buyer.email}");
        });
    assertThatThrownBy(() -> new ReplyTemplate("bad", "Hi {buyer.firstName"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesToRenderWithoutTheCasesData() {
    ReplyTemplate t = new ReplyTemplate("thanks", "Hi {buyer.firstName}");

    assertThatThrownBy(() -> t.render(Map.of()))
        .isInstanceOfSatisfying(UnknownPlaceholderException.class, e -> assertThat(e.value()).isEqualTo("{buyer.firstName}"));
  }
}
