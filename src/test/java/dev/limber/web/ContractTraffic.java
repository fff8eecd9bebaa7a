package dev.limber.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The suite's HTTP traffic held to {@link ApiContract}: each exchange that breaks the document
 * fails the test that made it, and a tally of the whole JVM's traffic is written to {@code
 * target/openapi-traffic.txt} when it exits. {@code -Dlimber.contract=survey} records without
 * failing, to list every disagreement after a change to the document at once.
 */
public final class ContractTraffic {
  private static final Path REPORT = Path.of("target", "openapi-traffic.txt");
  private static final boolean SURVEY = "survey".equals(System.getProperty("limber.contract"));
  private static final AtomicLong CHECKED = new AtomicLong();
  private static final AtomicLong NANOS = new AtomicLong();
  private static final Map<String, Set<Integer>> STATUSES = new ConcurrentSkipListMap<>();
  private static final Set<String> DISAGREEMENTS = ConcurrentHashMap.newKeySet();
  private static final Set<String> REFUSED_THOUGH_CONFORMING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ContractTraffic::writeReport));
  }

  private ContractTraffic() {}

  /** Checks one exchange; throws naming every disagreement unless surveying. */
  public static void hold(ApiContract.Exchange exchange) {
    long started = System.nanoTime();
    ApiContract.Verdict verdict = ApiContract.shared().check(exchange);
    NANOS.addAndGet(System.nanoTime() - started);
    if (!verdict.covered()) {
      return;
    }
    CHECKED.incrementAndGet();
    STATUSES
        .computeIfAbsent(verdict.operation(), operation -> new ConcurrentSkipListSet<>())
        .add(exchange.status());
    if (verdict.requestProblems().isEmpty() && exchange.status() == 400) {
      REFUSED_THOUGH_CONFORMING.add(
          verdict.operation() + ": " + abbreviated(exchange.responseBody()));
    }
    if (verdict.disagreements().isEmpty()) {
      return;
    }
    DISAGREEMENTS.addAll(verdict.disagreements());
    if (!SURVEY) {
      throw new AssertionError(
          "The exchange disagrees with the OpenAPI document (src/main/resources/dev/limber/web/api/"
              + "openapi.json); fix the document, or the server where it is wrong:\n  "
              + String.join("\n  ", verdict.disagreements())
              + "\n  request: "
              + exchange.method()
              + " "
              + exchange.pathAndQuery()
              + " "
              + abbreviated(exchange.requestBody())
              + "\n  response: "
              + abbreviated(exchange.responseBody()));
    }
  }

  private static String abbreviated(String body) {
    if (body == null) {
      return "(no body)";
    }
    return body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }

  private static void writeReport() {
    if (CHECKED.get() == 0) {
      return;
    }
    List<String> lines = new ArrayList<>();
    Set<String> unexercised = new TreeSet<>(ApiContract.shared().operations());
    unexercised.removeAll(STATUSES.keySet());
    lines.add("exchanges checked: " + CHECKED.get());
    lines.add("checking time: " + NANOS.get() / 1_000_000 + " ms");
    lines.add(
        "operations exercised: "
            + (ApiContract.shared().operations().size() - unexercised.size())
            + " of "
            + ApiContract.shared().operations().size());
    lines.add("disagreements: " + DISAGREEMENTS.size());
    new TreeSet<>(DISAGREEMENTS).forEach(line -> lines.add("  " + line));
    lines.add("statuses seen per operation:");
    STATUSES.forEach((operation, statuses) -> lines.add("  " + operation + " " + statuses));
    lines.add("operations never exercised: " + unexercised.size());
    unexercised.forEach(operation -> lines.add("  " + operation));
    lines.add(
        "refused with 400 though the request conforms (rules the schemas cannot say): "
            + REFUSED_THOUGH_CONFORMING.size());
    new TreeSet<>(REFUSED_THOUGH_CONFORMING).forEach(line -> lines.add("  " + line));
    try {
      Files.createDirectories(REPORT.getParent());
      Files.write(REPORT, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("write " + REPORT, e);
    }
  }
}
