package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fuzz run against the OpenAPI document (bench/fuzz.sh): requests made from its schemas, mostly
 * valid and a fifth mutated, sent to a server on loopback ({@code -Dlimber.fuzz.url}, or one of its
 * own); every exchange held to the document. No 500 and no disagreement is the pass.
 */
@Tag("bench")
class ApiFuzzTest {
  // Operations that would end the fuzzer's own sign-in, so the rest would only meet 401.
  private static final Set<String> LEFT_OUT =
      Set.of(
          "POST /api/logout",
          "POST /api/password",
          "DELETE /api/tokens/{id}",
          "DELETE /api/account");
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

  @Test
  void theServerKeepsTheDocumentUnderGeneratedRequests() throws IOException {
    int requests = Integer.getInteger("limber.fuzz.requests", 2_000);
    long seed = Long.getLong("limber.fuzz.seed", 25L);
    String url = System.getProperty("limber.fuzz.url", "");
    try (Database database = url.isEmpty() ? TestDatabases.h2() : null;
        ServerFixture own = url.isEmpty() ? ServerFixture.start(database) : null) {
      int port = own != null ? own.server.port() : URI.create(url).getPort();
      Http http = Http.to(port);
      String email = "fuzz" + seed + "-" + System.nanoTime() + "@example.org";
      http.post("/api/account", ServerFixture.credentials(email, ServerFixture.PASSWORD));
      HttpResponse<String> login =
          http.post("/api/login", ServerFixture.credentials(email, ServerFixture.PASSWORD));
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      String csrf = login.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
      String token =
          http.post("/api/tokens", "{\"name\":\"fuzz\"}", "Cookie", cookie, "X-CSRF-Token", csrf)
              .body()
              .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

      JsonNode document = ApiContract.shared().document();
      SchemaFuzz fuzz = new SchemaFuzz(document, seed, 0.2);
      Random random = new Random(seed);
      List<String> operations = new ArrayList<>(ApiContract.shared().operations());
      operations.removeAll(LEFT_OUT);
      Map<String, Integer> statuses = new TreeMap<>();
      Set<String> disagreements = new TreeSet<>();
      int failures = 0;
      long started = System.nanoTime();
      for (int count = 0; count < requests; count++) {
        String operation = operations.get(random.nextInt(operations.size()));
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        JsonNode item = document.at("/paths/" + template.replace("~", "~0").replace("/", "~1"));
        JsonNode described = item.get(method.toLowerCase(Locale.ROOT));
        String path = path(template, fuzz) + query(item, described, fuzz, random);
        JsonNode bodySchema = described.at("/requestBody/content/application~1json/schema");
        String body = bodySchema.isMissingNode() ? null : fuzz.value(bodySchema).toString();
        String[] headers =
            random.nextInt(5) == 0
                ? new String[0]
                : new String[] {"Authorization", "Bearer " + token};
        try {
          HttpResponse<String> response = http.send(method, path, body, headers);
          statuses.merge(response.statusCode() / 100 + "xx", 1, Integer::sum);
          if (response.statusCode() >= 500 && response.statusCode() != 503) {
            failures++;
          }
        } catch (AssertionError disagreement) {
          disagreements.add(disagreement.getMessage().lines().skip(1).findFirst().orElse(""));
        }
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      List<String> lines = new ArrayList<>();
      lines.add(
          "operations: " + operations.size() + " of " + ApiContract.shared().operations().size());
      lines.add("requests: " + requests + " in " + seconds + " s (seed " + seed + ")");
      lines.add("statuses: " + statuses);
      lines.add("5xx other than 503: " + failures);
      lines.add("disagreements: " + disagreements.size());
      disagreements.forEach(line -> lines.add("  " + line.trim()));
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "fuzz-results.txt"), lines, StandardCharsets.UTF_8);
      lines.forEach(System.out::println);

      assertThat(failures).isZero();
      assertThat(disagreements).isEmpty();
    }
  }

  private static String path(String template, SchemaFuzz fuzz) {
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value =
          fuzz.text(
              com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                  .objectNode()
                  .put("type", "string"));
      matcher.appendReplacement(
          path,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  private static String query(JsonNode item, JsonNode operation, SchemaFuzz fuzz, Random random) {
    List<String> pairs = new ArrayList<>();
    for (JsonNode owner : List.of(item, operation)) {
      for (Iterator<JsonNode> parameters = owner.path("parameters").elements();
          parameters.hasNext(); ) {
        JsonNode parameter = parameters.next();
        if ("query".equals(parameter.path("in").asText()) && random.nextBoolean()) {
          pairs.add(
              parameter.get("name").asText()
                  + "="
                  + URLEncoder.encode(fuzz.text(parameter.path("schema")), StandardCharsets.UTF_8));
        }
      }
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }
}
