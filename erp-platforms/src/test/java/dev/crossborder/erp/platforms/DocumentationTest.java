package dev.crossborder.erp.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public and protected type and member of erp-core, erp-testkit and erp-platforms has
 * Javadoc, and every package a {@code package-info.java} with {@code @NullMarked}. Checked with
 * javac's own doclint, so the rule holds for code written after this test. It runs here because
 * this module's test classpath holds everything the three modules compile against.
 */
class DocumentationTest {
  private static final List<Path> ROOTS =
      List.of(
          Path.of("..", "erp-core", "src", "main", "java"),
          Path.of("..", "erp-testkit", "src", "main", "java"),
          Path.of("src", "main", "java"));

  @Test
  void everyPublicTypeAndMemberHasJavadoc(@TempDir Path out) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      javac
          .getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "--release", "17",
                  "-proc:none",
                  "-Xmaxwarns", "100000",
                  "-Xdoclint:missing/protected",
                  "-cp", classpath(),
                  "-d", out.toString()),
              null,
              files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    List<String> missing = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("no comment")) {
        missing.add(d.getSource().getName() + ":" + d.getLineNumber() + " " + message);
      }
    }
    assertThat(missing).as("public or protected declarations without Javadoc").isEmpty();
  }

  @Test
  void everyPackageHasNullMarkedPackageInfo() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isDirectory).forEach(dirs::add);
      }
    }
    for (Path dir : dirs) {
      boolean hasSources;
      try (Stream<Path> children = Files.list(dir)) {
        hasSources = children.anyMatch(p -> p.toString().endsWith(".java"));
      }
      if (!hasSources) {
        continue;
      }
      Path info = dir.resolve("package-info.java");
      if (!Files.exists(info)) {
        problems.add(dir + ": no package-info.java");
        continue;
      }
      String text = Files.readString(info, StandardCharsets.UTF_8);
      if (!text.contains("@NullMarked") || !text.contains("/**")) {
        problems.add(info + ": needs Javadoc and @NullMarked");
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The test classpath: Surefire publishes it, since its own is a manifest-only jar. */
  private static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
  }
}
