package dev.crossborder.erp.cases;

import dev.crossborder.erp.platform.cases.CaseMessage;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply text with placeholders filled from the case's own order when the reply is sent:
 * {@code {order.id}} (the platform order id), {@code {order.purchaseDate}} (in the shop's zone),
 * {@code {order.total}}, {@code {order.status}}, {@code {buyer.firstName}}, {@code {buyer.name}},
 * {@code {shop.name}}, {@code {case.id}} (the platform case id). Buyer placeholders read the buyer
 * data of the case's linked order only, so a reply never carries another buyer's data. An unknown
 * placeholder is refused when the template is made ({@link UnknownPlaceholderException}); {@code
 * {{} and {@code }}} write literal braces. Hosts keep their templates (per language, per shop) and
 * pass one to {@code Cases.reply}. Immutable.
 *
 * @param name the template's name, a token of 1 to 64 characters
 * @param text the text with placeholders, 1 to {@value CaseMessage#MAX_TEXT} characters
 */
public record ReplyTemplate(String name, String text) {
  /** Every placeholder a template may use. */
  public static final Set<String> PLACEHOLDERS =
      Set.of("order.id", "order.purchaseDate", "order.total", "order.status", "buyer.firstName", "buyer.name",
          "shop.name", "case.id");

  private static final Pattern TOKEN = Pattern.compile("\\{\\{|\\}\\}|\\{([^{}]*)\\}");

  /** Validates the name and text, and refuses an unknown placeholder. */
  public ReplyTemplate {
    name = Checks.token("name", name, 64);
    text = Checks.text("text", text, CaseMessage.MAX_TEXT);
    placeholders(text);
  }

  /** The placeholders the text uses, in order of first use. */
  public Set<String> placeholders() {
    return placeholders(text);
  }

  /**
   * The text with each placeholder replaced by its value in {@code values}.
   *
   * @throws UnknownPlaceholderException if a used placeholder has no value (the case lacks the data)
   */
  public String render(Map<String, String> values) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group();
      String replacement;
      if (token.equals("{{")) {
        replacement = "{";
      } else if (token.equals("}}")) {
        replacement = "}";
      } else {
        replacement = values.get(m.group(1));
        if (replacement == null) {
          throw new UnknownPlaceholderException(
              "template." + name, token, "has no value for this case (no linked order or buyer data)");
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<String> placeholders(String text) {
    Set<String> used = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text);
    List<String> unknown = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      if (name == null) {
        continue;
      }
      if (!PLACEHOLDERS.contains(name)) {
        unknown.add("{" + name + "}");
      }
      used.add(name);
    }
    if (!unknown.isEmpty()) {
      throw new UnknownPlaceholderException("text", unknown.get(0), "is not a placeholder; known: " + new java.util.TreeSet<>(PLACEHOLDERS));
    }
    String stripped = TOKEN.matcher(text).replaceAll("");
    if (stripped.indexOf('{') >= 0 || stripped.indexOf('}') >= 0) {
      throw new InvalidInputException("text", "unbalanced brace", "must write literal braces as {{ and }}");
    }
    return used;
  }
}
