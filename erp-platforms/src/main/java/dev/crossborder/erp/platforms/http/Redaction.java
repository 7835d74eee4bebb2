package dev.crossborder.erp.platforms.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Builds the redacted path of a request for the log. */
final class Redaction {
  static final String MASK = "[redacted]";

  /** Names of headers and query parameters whose values are secret or personal. */
  private static final Pattern SENSITIVE_NAME =
      Pattern.compile(
          ".*(token|secret|key|passw|pwd|cookie|auth|signature|credential|session|sig|code"
              + "|email|phone|address|buyer|name).*");

  private Redaction() {}

  static boolean sensitive(String name) {
    return SENSITIVE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * The request's path and query with sensitive query values masked and every value of a
   * sensitive header (the access token among them) masked wherever else it appears.
   */
  static String path(Request request) {
    HttpUrl url = request.url();
    StringBuilder path = new StringBuilder(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      path.append(i == 0 ? '?' : '&').append(encode(name));
      if (value != null) {
        path.append('=').append(sensitive(name) ? MASK : encode(value));
      }
    }
    String text = path.toString();
    for (String secret : secretHeaderValues(request)) {
      text = text.replace(secret, MASK).replace(encode(secret), MASK);
    }
    return text;
  }

  private static List<String> secretHeaderValues(Request request) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < request.headers().size(); i++) {
      if (sensitive(request.headers().name(i))) {
        String value = request.headers().value(i);
        addWords(values, value);
      }
    }
    return values;
  }

  /** The header value and, for "Bearer abc", its last word too; short values are left alone. */
  private static void addWords(List<String> values, String value) {
    String trimmed = value.trim();
    if (trimmed.length() >= 6) {
      values.add(trimmed);
    }
    int space = trimmed.lastIndexOf(' ');
    if (space >= 0 && trimmed.length() - space - 1 >= 6) {
      values.add(trimmed.substring(space + 1));
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
