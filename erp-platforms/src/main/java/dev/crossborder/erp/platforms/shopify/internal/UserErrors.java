package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.UserError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps a mutation's {@code userErrors} to {@link PlatformIssue}s of severity {@code ERROR}: the
 * code is the typed error's {@code code} ({@code INVALID} for plain {@code UserError}s, which carry
 * none), the message Shopify's, and the attribute the input field's path without the argument name
 * ({@code ["input", "title"]} → {@code title}, {@code ["input", "variants", "0", "price"]} → {@code
 * variants.0.price}).
 */
final class UserErrors {
  private UserErrors() {}

  /** The issues of {@code errors}; none for {@code null} or an empty list. */
  static List<PlatformIssue> issues(@Nullable List<UserError> errors) {
    if (errors == null) {
      return List.of();
    }
    List<PlatformIssue> issues = new ArrayList<>();
    for (UserError error : errors) {
      if (error == null) {
        continue;
      }
      String code = error.code() == null || error.code().isBlank() ? "INVALID" : error.code().strip();
      String message = error.message() == null || error.message().isBlank() ? code : error.message().strip();
      issues.add(new PlatformIssue(code, shorten(message), PlatformIssue.Severity.ERROR, attribute(error.field())));
    }
    return issues;
  }

  /** Whether any of {@code errors} has code {@code code}. */
  static boolean has(@Nullable List<UserError> errors, String code) {
    return errors != null && errors.stream().anyMatch(e -> e != null && code.equals(e.code()));
  }

  private static List<String> attribute(@Nullable List<String> field) {
    if (field == null || field.isEmpty()) {
      return List.of();
    }
    List<String> path = field.size() > 1 ? field.subList(1, field.size()) : field;
    return List.of(String.join(".", path));
  }

  private static String shorten(String message) {
    return message.length() <= 2000 ? message : message.substring(0, 2000);
  }
}
