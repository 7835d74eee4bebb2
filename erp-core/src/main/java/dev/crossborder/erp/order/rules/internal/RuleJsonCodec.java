package dev.crossborder.erp.order.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.rules.Action;
import dev.crossborder.erp.order.rules.Comparison;
import dev.crossborder.erp.order.rules.Condition;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleInputException;
import dev.crossborder.erp.order.rules.RuleJsonException;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.order.rules.ShippingRow;
import dev.crossborder.erp.order.rules.ShippingTable;
import dev.crossborder.erp.order.rules.Stage;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and writes rule sets as JSON through Jackson's tree model. Every refusal names the JSON
 * path ({@code $.audit[0].when.of[1].kind}). Thread-safe.
 */
public final class RuleJsonCodec {
  private static final ObjectMapper MAPPER = ErpJson.newMapper();
  private static final Map<String, Comparison> OPS =
      Map.of("above", Comparison.ABOVE, "atLeast", Comparison.AT_LEAST, "below", Comparison.BELOW, "atMost", Comparison.AT_MOST);

  private RuleJsonCodec() {}

  // ---------------------------------------------------------------- reading

  /** Reads a rule set; a {@link RuleJsonException} names the path of anything refused. */
  public static RuleSet read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new RuleJsonException("$", "line " + e.getLocation().getLineNr(), "is not well-formed JSON");
    }
    if (root == null || !root.isObject()) {
      throw new RuleJsonException("$", root == null ? "empty" : root.getNodeType(), "must be an object");
    }
    RuleSet.Builder b = RuleSet.builder(text(root, "$", "id"), intValue(root, "$", "version"));
    for (Stage stage : Stage.values()) {
      JsonNode rules = root.get(stage.jsonName());
      String path = "$." + stage.jsonName();
      if (rules == null) {
        continue;
      }
      if (!rules.isArray()) {
        throw new RuleJsonException(path, rules.getNodeType(), "must be an array");
      }
      for (int i = 0; i < rules.size(); i++) {
        String rulePath = path + "[" + i + "]";
        Rule rule = rule(rules.get(i), rulePath);
        if (rule.stage() != stage) {
          throw new RuleJsonException(rulePath + ".then.kind", rule.action().describe(),
              "belongs to stage " + rule.stage().jsonName() + ", not " + stage.jsonName());
        }
        b.rule(rule);
      }
    }
    return guarded("$", () -> b.build());
  }

  private static Rule rule(JsonNode node, String path) {
    object(node, path);
    String id = text(node, path, "id");
    int version = node.has("version") ? intValue(node, path, "version") : 1;
    Condition when = condition(field(node, path, "when"), path + ".when");
    Action then = action(field(node, path, "then"), path + ".then");
    boolean continues = node.path("continue").asBoolean(false);
    return guarded(path, () -> new Rule(id, version, when, then, continues));
  }

  private static Condition condition(JsonNode node, String path) {
    object(node, path);
    String kind = text(node, path, "kind");
    switch (kind) {
      case "always":
        return new Cond.Always();
      case "and":
        return new Cond.All(conditions(node, path));
      case "or":
        return new Cond.Any(conditions(node, path));
      case "not":
        return new Cond.Not(condition(field(node, path, "of"), path + ".of"));
      case "shop":
        return guarded(path, () -> new Cond.ShopIn(set(node, path, ShopId::of)));
      case "platform":
        return guarded(path, () -> new Cond.PlatformIn(set(node, path, PlatformId::of)));
      case "country":
        return guarded(path, () -> new Cond.CountryIn(set(node, path, s -> s.toUpperCase(Locale.ROOT))));
      case "postcodePrefix":
        return guarded(path, () -> new Cond.PostcodePrefix(List.copyOf(set(node, path, Function.identity()))));
      case "postcodeRange":
        return guarded(path, () -> new Cond.PostcodeRange(text(node, path, "from"), text(node, path, "to")));
      case "anySku":
        return guarded(path, () -> new Cond.AnySku(set(node, path, SkuCode::of)));
      case "allSkus":
        return guarded(path, () -> new Cond.AllSkus(set(node, path, SkuCode::of)));
      case "buyer":
        return guarded(path, () -> new Cond.BuyerIn(set(node, path, Function.identity())));
      case "shippingLevel":
        return guarded(path, () -> new Cond.ShippingLevelIn(set(node, path, Function.identity())));
      case "units":
        return new Cond.Units(op(node, path), longValue(node, path, "value"));
      case "orderValue":
        return new Cond.Value(op(node, path), money(node, path));
      case "margin":
        return new Cond.MarginIs(op(node, path), money(node, path));
      case "weight":
        return new Cond.WeightIs(op(node, path), grams(node, path, "grams"));
      default:
        throw new RuleJsonException(path + ".kind", kind, "is not a known condition kind");
    }
  }

  private static List<Condition> conditions(JsonNode node, String path) {
    JsonNode of = field(node, path, "of");
    if (!of.isArray() || of.isEmpty()) {
      throw new RuleJsonException(path + ".of", of.getNodeType(), "must be a non-empty array");
    }
    List<Condition> parts = new ArrayList<>(of.size());
    for (int i = 0; i < of.size(); i++) {
      parts.add(condition(of.get(i), path + ".of[" + i + "]"));
    }
    return parts;
  }

  private static Action action(JsonNode node, String path) {
    object(node, path);
    String kind = text(node, path, "kind");
    switch (kind) {
      case "hold":
        return guarded(path, () -> new Act.Hold(text(node, path, "reason")));
      case "blacklist":
        return guarded(path, () -> new Act.Blacklist(text(node, path, "reason")));
      case "approve":
        return new Act.Approve();
      case "priority":
        return guarded(path, () -> new Act.PickWarehouse(Act.Strategy.PRIORITY,
            List.copyOf(set(node, path, "warehouses", WarehouseId::of))));
      case "stock":
        return new Act.PickWarehouse(Act.Strategy.STOCK, List.of());
      case "nearest":
        return new Act.PickWarehouse(Act.Strategy.NEAREST, List.of());
      case "cheapest":
        return new Act.PickWarehouse(Act.Strategy.CHEAPEST, List.of());
      case "split":
        return new Act.Split();
      case "backorder":
        return new Act.Backorder();
      case "merge":
        return guarded(path + ".window", () -> new Act.Merge(duration(node, path)));
      case "shipWith":
        return guarded(path, () -> new Act.ShipWith(text(node, path, "method")));
      case "shippingTable":
        return new Act.ShipByTable(table(node, path));
      default:
        throw new RuleJsonException(path + ".kind", kind, "is not a known action kind");
    }
  }

  private static ShippingTable table(JsonNode node, String path) {
    JsonNode rows = field(node, path, "rows");
    if (!rows.isArray() || rows.isEmpty()) {
      throw new RuleJsonException(path + ".rows", rows.getNodeType(), "must be a non-empty array");
    }
    List<ShippingRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      String rowPath = path + ".rows[" + i + "]";
      object(row, rowPath);
      Weight max = row.has("maxGrams") ? grams(row, rowPath, "maxGrams") : null;
      Money maxValue = row.has("maxValue") ? money(field(row, rowPath, "maxValue"), rowPath + ".maxValue") : null;
      out.add(guarded(rowPath, () -> new ShippingRow(text(row, rowPath, "country"), max, maxValue, text(row, rowPath, "method"))));
    }
    return new ShippingTable(out);
  }

  private static Duration duration(JsonNode node, String path) {
    String text = text(node, path, "window");
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new RuleJsonException(path + ".window", text, "is not an ISO-8601 duration such as PT4H");
    }
  }

  private static Comparison op(JsonNode node, String path) {
    String op = text(node, path, "op");
    Comparison c = OPS.get(op);
    if (c == null) {
      throw new RuleJsonException(path + ".op", op, "is not one of " + new TreeSet<>(OPS.keySet()));
    }
    return c;
  }

  private static Money money(JsonNode node, String path) {
    String amount = text(node, path, "amount");
    String currency = text(node, path, "currency");
    return guarded(path, () -> Money.of(amount, currency));
  }

  private static Weight grams(JsonNode node, String path, String name) {
    String grams = text(node, path, name);
    try {
      return new Weight(new BigDecimal(grams));
    } catch (NumberFormatException | InvalidInputException e) {
      throw new RuleJsonException(path + "." + name, grams, "must be a positive number of grams");
    }
  }

  private static <T> Set<T> set(JsonNode node, String path, Function<String, T> parse) {
    return set(node, path, "in", parse);
  }

  private static <T> Set<T> set(JsonNode node, String path, String name, Function<String, T> parse) {
    JsonNode array = field(node, path, name);
    if (!array.isArray() || array.isEmpty()) {
      throw new RuleJsonException(path + "." + name, array.getNodeType(), "must be a non-empty array of strings");
    }
    Set<T> out = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String itemPath = path + "." + name + "[" + i + "]";
      if (!item.isTextual()) {
        throw new RuleJsonException(itemPath, item.getNodeType(), "must be a string");
      }
      out.add(guarded(itemPath, () -> parse.apply(item.asText())));
    }
    return out;
  }

  /** Runs {@code make}, turning a refused value into a {@link RuleJsonException} at {@code path}. */
  private static <T> T guarded(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (RuleJsonException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new RuleJsonException(path + "." + e.field(), e.value(), "is refused: " + e.getMessage());
    }
  }

  private static void object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new RuleJsonException(path, node.getNodeType(), "must be an object");
    }
  }

  private static JsonNode field(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new RuleJsonException(path + "." + name, "null", "is required");
    }
    return value;
  }

  private static String text(JsonNode node, String path, String name) {
    JsonNode value = field(node, path, name);
    if (!value.isTextual()) {
      throw new RuleJsonException(path + "." + name, value.getNodeType(), "must be a string");
    }
    return value.asText();
  }

  private static long longValue(JsonNode node, String path, String name) {
    JsonNode value = field(node, path, name);
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new RuleJsonException(path + "." + name, value.toString(), "must be an integer");
    }
    return value.asLong();
  }

  private static int intValue(JsonNode node, String path, String name) {
    long v = longValue(node, path, name);
    if (v < 1 || v > Integer.MAX_VALUE) {
      throw new RuleJsonException(path + "." + name, v, "must be a positive integer");
    }
    return (int) v;
  }

  // ---------------------------------------------------------------- writing

  /** Writes {@code ruleSet} as pretty-printed JSON that {@link #read} reads back equal. */
  public static String write(RuleSet ruleSet) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", ruleSet.id());
    root.put("version", ruleSet.version());
    for (Stage stage : Stage.values()) {
      ArrayNode rules = root.putArray(stage.jsonName());
      for (Rule rule : ruleSet.rules(stage)) {
        ObjectNode r = rules.addObject();
        r.put("id", rule.id());
        r.put("version", rule.version());
        r.set("when", write(rule.condition()));
        r.set("then", write(rule.action()));
        if (rule.continues()) {
          r.put("continue", true);
        }
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  private static ObjectNode write(Condition c) {
    ObjectNode n = MAPPER.createObjectNode();
    if (c instanceof Cond.Always) {
      n.put("kind", "always");
    } else if (c instanceof Cond.All all) {
      parts(n.put("kind", "and"), all.parts());
    } else if (c instanceof Cond.Any any) {
      parts(n.put("kind", "or"), any.parts());
    } else if (c instanceof Cond.Not not) {
      n.put("kind", "not").set("of", write(not.part()));
    } else if (c instanceof Cond.ShopIn s) {
      strings(n.put("kind", "shop"), "in", s.shops());
    } else if (c instanceof Cond.PlatformIn s) {
      strings(n.put("kind", "platform"), "in", s.platforms());
    } else if (c instanceof Cond.CountryIn s) {
      strings(n.put("kind", "country"), "in", s.countries());
    } else if (c instanceof Cond.PostcodePrefix s) {
      strings(n.put("kind", "postcodePrefix"), "in", s.prefixes());
    } else if (c instanceof Cond.PostcodeRange s) {
      n.put("kind", "postcodeRange").put("from", s.from()).put("to", s.to());
    } else if (c instanceof Cond.AnySku s) {
      strings(n.put("kind", "anySku"), "in", s.skus());
    } else if (c instanceof Cond.AllSkus s) {
      strings(n.put("kind", "allSkus"), "in", s.skus());
    } else if (c instanceof Cond.BuyerIn s) {
      strings(n.put("kind", "buyer"), "in", s.buyerKeys());
    } else if (c instanceof Cond.ShippingLevelIn s) {
      strings(n.put("kind", "shippingLevel"), "in", s.levels());
    } else if (c instanceof Cond.Units s) {
      n.put("kind", "units").put("op", opName(s.op())).put("value", s.units());
    } else if (c instanceof Cond.Value s) {
      money(n.put("kind", "orderValue").put("op", opName(s.op())), s.amount());
    } else if (c instanceof Cond.MarginIs s) {
      money(n.put("kind", "margin").put("op", opName(s.op())), s.amount());
    } else if (c instanceof Cond.WeightIs s) {
      n.put("kind", "weight").put("op", opName(s.op())).put("grams", s.weight().grams().toPlainString());
    } else {
      throw new RuleInputException("condition", c.getClass().getName(), "is not a built-in kind and cannot be written as JSON");
    }
    return n;
  }

  private static ObjectNode write(Action a) {
    ObjectNode n = MAPPER.createObjectNode();
    if (a instanceof Act.Hold h) {
      n.put("kind", "hold").put("reason", h.reason());
    } else if (a instanceof Act.Blacklist h) {
      n.put("kind", "blacklist").put("reason", h.reason());
    } else if (a instanceof Act.Approve) {
      n.put("kind", "approve");
    } else if (a instanceof Act.PickWarehouse p) {
      n.put("kind", p.strategy().json());
      if (p.strategy() == Act.Strategy.PRIORITY) {
        strings(n, "warehouses", p.priority());
      }
    } else if (a instanceof Act.Split) {
      n.put("kind", "split");
    } else if (a instanceof Act.Backorder) {
      n.put("kind", "backorder");
    } else if (a instanceof Act.Merge m) {
      n.put("kind", "merge").put("window", m.window().toString());
    } else if (a instanceof Act.ShipWith s) {
      n.put("kind", "shipWith").put("method", s.method());
    } else if (a instanceof Act.ShipByTable t) {
      ArrayNode rows = n.put("kind", "shippingTable").putArray("rows");
      for (ShippingRow row : t.table().rows()) {
        ObjectNode r = rows.addObject().put("country", row.country());
        if (row.maxWeight() != null) {
          r.put("maxGrams", row.maxWeight().grams().toPlainString());
        }
        if (row.maxValue() != null) {
          money(r.putObject("maxValue"), row.maxValue());
        }
        r.put("method", row.method());
      }
    } else {
      throw new RuleInputException("action", a.getClass().getName(), "is not a built-in kind and cannot be written as JSON");
    }
    return n;
  }

  private static void parts(ObjectNode n, List<Condition> parts) {
    ArrayNode of = n.putArray("of");
    parts.forEach(p -> of.add(write(p)));
  }

  private static void strings(ObjectNode n, String name, Collection<?> values) {
    ArrayNode array = n.putArray(name);
    values.forEach(v -> array.add(v.toString()));
  }

  private static void money(ObjectNode n, Money m) {
    n.put("amount", m.amount().toPlainString()).put("currency", m.currency().getCurrencyCode());
  }

  private static String opName(Comparison op) {
    for (Map.Entry<String, Comparison> e : OPS.entrySet()) {
      if (e.getValue() == op) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no name for " + op);
  }
}
