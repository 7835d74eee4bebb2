package dev.crossborder.erp.platforms.ebay.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the error bodies eBay answers with, in every shape its APIs use, as {@link PlatformIssue}s:
 *
 * <ul>
 *   <li>the RESTful {@code {"errors":[{"errorId":…,"message":…,"parameters":[{"name","value"}]}]}}
 *       (also with the singular {@code parameter}, as some APIs send it);
 *   <li>the Post-Order style {@code {"error":[…]}} and {@code {"errorMessage":{"error":{…}}}};
 *   <li>OAuth's {@code {"error":"invalid_grant","error_description":…}};
 *   <li>a Trading API answer converted to JSON, {@code {"Ack":"Failure","Errors":{"ErrorCode",…}}}.
 * </ul>
 *
 * <p>An issue's code is eBay's {@code errorId} (or OAuth's {@code error}); its message eBay's
 * {@code message} (never {@code longMessage}, which may echo input); its attributes the names of
 * the parameters eBay names, or their values where eBay numbers the names ({@code "0"}, {@code
 * "1"}, as the Inventory API does for the aspect it misses). Never throws: a body it cannot read
 * gives no issue. Stateless.
 */
public final class EbayErrors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 64 * 1024;

  private EbayErrors() {}

  /**
   * eBay's {@code Error} as it appears in a response body (errors, warnings).
   *
   * @param errorId the numeric code
   * @param category {@code REQUEST}, {@code APPLICATION}, {@code BUSINESS}
   * @param message the message
   * @param parameters the parameters it names
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Wire(
      @Nullable String errorId, @Nullable String category, @Nullable String message, @Nullable List<Parameter> parameters) {}

  /**
   * eBay's {@code ErrorParameter}.
   *
   * @param name the name
   * @param value the value
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Parameter(@Nullable String name, @Nullable String value) {}

  /** The issues in {@code body}, errors of severity {@code ERROR}; empty when none is readable. */
  public static List<PlatformIssue> read(byte @Nullable [] body) {
    if (body == null || body.length == 0 || body.length > MAX_BODY) {
      return List.of();
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    List<PlatformIssue> issues = new ArrayList<>();
    if (root.has("errors")) {
      each(root.get("errors"), node -> rest(node, PlatformIssue.Severity.ERROR, issues));
    } else if (root.path("error").isTextual()) {
      String code = root.get("error").asText();
      String message = root.path("error_description").asText(code);
      add(issues, code, message, PlatformIssue.Severity.ERROR, List.of());
    } else if (root.has("error")) {
      each(root.get("error"), node -> rest(node, PlatformIssue.Severity.ERROR, issues));
    } else if (root.has("errorMessage")) {
      each(root.path("errorMessage").path("error"), node -> rest(node, PlatformIssue.Severity.ERROR, issues));
    } else if (root.has("Errors")) {
      each(root.get("Errors"), node -> add(issues, text(node, "ErrorCode"), text(node, "ShortMessage"),
          "Warning".equalsIgnoreCase(text(node, "SeverityCode")) ? PlatformIssue.Severity.WARNING : PlatformIssue.Severity.ERROR,
          List.of()));
    }
    return List.copyOf(issues);
  }

  /** {@code warnings} (or errors) of a success body as issues of {@code severity}. */
  public static List<PlatformIssue> issues(@Nullable List<Wire> wires, PlatformIssue.Severity severity) {
    if (wires == null) {
      return List.of();
    }
    List<PlatformIssue> issues = new ArrayList<>();
    for (Wire w : wires) {
      List<String> attributes = new ArrayList<>();
      if (w.parameters() != null) {
        w.parameters().forEach(p -> attribute(p.name(), p.value(), attributes));
      }
      add(issues, w.errorId() == null ? "" : w.errorId(), w.message() == null ? "" : w.message(), severity, attributes);
    }
    return List.copyOf(issues);
  }

  /** The parser for the shared HTTP layer: the first issue's code and message. */
  public static PlatformErrorParser parser() {
    return (status, body) -> read(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).stream()
        .findFirst()
        .map(issue -> new PlatformErrorParser.PlatformError(issue.code(), issue.message()));
  }

  private static void rest(JsonNode node, PlatformIssue.Severity severity, List<PlatformIssue> issues) {
    List<String> attributes = new ArrayList<>();
    JsonNode parameters = node.has("parameters") ? node.get("parameters") : node.path("parameter");
    each(parameters, p -> attribute(p.path("name").asText(null), p.path("value").asText(null), attributes));
    PlatformIssue.Severity actual = "WARNING".equalsIgnoreCase(node.path("severity").asText()) ? PlatformIssue.Severity.WARNING : severity;
    add(issues, text(node, "errorId"), text(node, "message"), actual, attributes);
  }

  private static void attribute(@Nullable String name, @Nullable String value, List<String> attributes) {
    String chosen = name != null && !name.isBlank() && !name.chars().allMatch(Character::isDigit) ? name : value;
    if (chosen != null && !chosen.isBlank() && chosen.length() <= 200) {
      attributes.add(chosen.strip());
    }
  }

  private static void add(
      List<PlatformIssue> issues, String code, String message, PlatformIssue.Severity severity, List<String> attributes) {
    String c = code.isBlank() ? "UNKNOWN" : code.strip();
    String m = message.isBlank() ? "no message" : message.strip();
    issues.add(new PlatformIssue(c.length() > 200 ? c.substring(0, 200) : c, m.length() > 2000 ? m.substring(0, 2000) : m, severity,
        attributes));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText("") : "";
  }

  private static void each(@Nullable JsonNode node, java.util.function.Consumer<JsonNode> action) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> {
        if (n.isObject()) {
          action.accept(n);
        }
      });
    } else if (node.isObject()) {
      action.accept(node);
    }
  }
}
