package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.catalog.Catalog;
import dev.limber.journal.JournalExport;
import dev.limber.journal.PainFlagKind;
import dev.limber.json.Json;
import dev.limber.program.AlertKind;
import dev.limber.screening.ProgramLinkRule;
import dev.limber.screening.RuleBook;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.Http;
import dev.limber.web.WebServer;
import dev.limber.web.http.WebOptions;
import dev.limber.web.pages.Pages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiTest {
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Test
  void documentListsExactlyTheRoutesTheServerRegisters() {
    List<String> documented = documentedRoutes((Map<?, ?>) Json.parse(OpenApi.document()));

    List<String> registered;
    try (Database database = TestDatabases.h2();
        WebServer server =
            new WebServer(Main.webServices(database, Catalog::bundled, Clock.systemUTC()))) {
      // The document describes the API; the web app's pages and assets are HTML, not API.
      registered =
          server.routes().stream()
              .filter(
                  route ->
                      route.matches(
                          "[A-Z]+ /(api/.*|health|health/ready|metrics|calendar/\\{file\\})"))
              .toList();
    }

    // Pages and assets are for browsers, not the API; a page path the document names (a feed)
    // counts.
    List<String> api =
        registered.stream()
            .filter(
                route -> {
                  String path = route.substring(route.indexOf(' ') + 1);
                  return !path.startsWith("/assets/")
                      && (!Pages.isPage(path) || documented.contains(route));
                })
            .toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(api);
  }

  @Test
  void documentIsOpenApi31() {
    Map<?, ?> document = (Map<?, ?>) Json.parse(OpenApi.document());

    assertThat(document.get("openapi")).isEqualTo("3.1.0");
  }

  @Test
  void everyPathTemplateParameterIsDeclaredOnEveryOperation() {
    Map<?, ?> document = (Map<?, ?>) Json.parse(OpenApi.document());
    List<String> undeclared = new ArrayList<>();

    ((Map<?, ?>) document.get("paths"))
        .forEach(
            (path, item) -> {
              Set<String> named = new TreeSet<>();
              Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher((String) path);
              while (matcher.find()) {
                named.add(matcher.group(1));
              }
              Map<?, ?> operations = (Map<?, ?>) item;
              for (String method : METHODS) {
                if (operations.get(method) instanceof Map<?, ?> operation) {
                  Set<String> declared =
                      new TreeSet<>(pathParameters(operations.get("parameters")));
                  declared.addAll(pathParameters(operation.get("parameters")));
                  if (!declared.equals(named)) {
                    undeclared.add(method + " " + path + " declares " + declared);
                  }
                }
              }
            });

    assertThat(undeclared).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "post, /api/account, 429",
    "post, /api/login, 503",
    "post, /api/tokens, 409",
    "delete, /api/account, 400",
    "delete, /api/account, 429",
    "get, /metrics, 404",
  })
  void theStatusesTheServerAnswersAreDocumented(String method, String path, String status) {
    Map<?, ?> document = (Map<?, ?>) Json.parse(OpenApi.document());

    Map<?, ?> operation =
        (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) document.get("paths")).get(path)).get(method);

    assertThat(((Map<?, ?>) operation.get("responses")).containsKey(status)).as(status).isTrue();
  }

  @Test
  void everyOperationWithAJsonBodyDocuments415() {
    Map<?, ?> document = (Map<?, ?>) Json.parse(OpenApi.document());
    List<String> without = new ArrayList<>();

    ((Map<?, ?>) document.get("paths"))
        .forEach(
            (path, item) -> {
              for (String method : METHODS) {
                if (((Map<?, ?>) item).get(method) instanceof Map<?, ?> operation
                    && operation.get("requestBody") instanceof Map<?, ?> body
                    && ((Map<?, ?>) body.get("content")).containsKey("application/json")
                    && !((Map<?, ?>) operation.get("responses")).containsKey("415")) {
                  without.add(method + " " + path);
                }
              }
            });

    assertThat(without).isEmpty();
  }

  @Test
  void schemasAreAsStrictAsTheServer() {
    Map<?, ?> schemas =
        (Map<?, ?>)
            ((Map<?, ?>) ((Map<?, ?>) Json.parse(OpenApi.document())).get("components"))
                .get("schemas");

    assertThat(property(schemas, "Credentials", "password").get("maxLength"))
        .isEqualTo(java.math.BigInteger.valueOf(128));
    assertThat(property(schemas, "SessionRecord", "routine").get("type")).isEqualTo("array");
    assertThat(property(schemas, "JournalExport", "version").get("minimum"))
        .isEqualTo(java.math.BigInteger.ONE);
    assertThat(Json.write(((Map<?, ?>) schemas.get("Answers")).get("then")))
        .isEqualTo("{\"properties\":{\"history\":{\"required\":[\"firstEpisode\"]}}}");
  }

  @Test
  void serversNameThePublicUrl() {
    try (Database database = TestDatabases.h2();
        WebServer server =
            new WebServer(
                    Main.webServices(database, Catalog::bundled, Clock.systemUTC()),
                    WebOptions.defaults().withPublicUrl("https://limber.example.org/"))
                .start("127.0.0.1", 0)) {
      Map<?, ?> served =
          (Map<?, ?>) Json.parse(Http.to(server.port()).get("/api/openapi.json").body());

      assertThat(served.get("servers"))
          .isEqualTo(List.of(Map.of("url", "https://limber.example.org")));
    }
  }

  @Test
  void serversNameTheAddressAndPortTheServerListensOnWithoutAPublicUrl() {
    try (Database database = TestDatabases.h2();
        WebServer server =
            new WebServer(Main.webServices(database, Catalog::bundled, Clock.systemUTC()))
                .start("127.0.0.1", 0)) {
      Map<?, ?> served =
          (Map<?, ?>) Json.parse(Http.to(server.port()).get("/api/openapi.json").body());

      assertThat(server.port()).isNotEqualTo(8080);
      assertThat(served.get("servers"))
          .isEqualTo(List.of(Map.of("url", "http://127.0.0.1:" + server.port())));
    }
  }

  private static Map<?, ?> property(Map<?, ?> schemas, String schema, String name) {
    return (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) schemas.get(schema)).get("properties")).get(name);
  }

  private static List<String> pathParameters(Object parameters) {
    List<String> names = new ArrayList<>();
    if (parameters instanceof List<?> list) {
      for (Object parameter : list) {
        Map<?, ?> declared = (Map<?, ?>) parameter;
        if ("path".equals(declared.get("in"))) {
          names.add((String) declared.get("name"));
        }
      }
    }
    return names;
  }

  static List<String> documentedRoutes(Map<?, ?> document) {
    List<String> routes = new ArrayList<>();
    Map<?, ?> paths = (Map<?, ?>) document.get("paths");
    paths.forEach(
        (path, operations) ->
            ((Map<?, ?>) operations)
                .keySet()
                .forEach(
                    method -> {
                      if (METHODS.contains(method)) {
                        routes.add(((String) method).toUpperCase(Locale.ROOT) + " " + path);
                      }
                    }));
    return routes;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(String name) {
    Map<String, Object> document = (Map<String, Object>) Json.parse(OpenApi.document());
    Map<String, Object> components = (Map<String, Object>) document.get("components");
    return (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name);
  }

  private static Map<?, ?> properties(String name) {
    return (Map<?, ?>) schema(name).get("properties");
  }

  private static Map<?, ?> property(String name, String property) {
    return (Map<?, ?>) properties(name).get(property);
  }

  @Test
  void theSessionRecordSchemaDescribesThePainStopsTheJournalWritesAndAnExportsVersion() {
    PainStop stop = new PainStop(1, "wall-slide", 3, false, true, false);
    SessionRecord record =
        new SessionRecord(
            java.time.Instant.parse("2026-12-01T08:00:00Z"),
            java.time.Instant.parse("2026-12-01T08:01:00Z"),
            List.of(),
            List.of(
                new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
                new SegmentRecord(
                    SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.NOT_REACHED)),
            2,
            2,
            List.of(stop),
            0,
            Ending.FINISHED);

    Map<?, ?> written = (Map<?, ?>) Json.parse(Json.write(record));

    assertThat(strings(properties("SessionRecord").keySet()))
        .containsAll(strings(written.keySet()));
    assertThat(property("SessionRecord", "painStops").get("items"))
        .isEqualTo(Map.of("$ref", "#/components/schemas/PainStop"));
    assertThat(property("SessionRecord", "painStop").get("deprecated")).isEqualTo(true);
    assertThat(strings(schema("PainStop").get("required")))
        .containsExactlyInAnyOrderElementsOf(strings(((Map<?, ?>) stop.toJson()).keySet()));
    assertThat(strings(property("JournalExport", "version").get("enum")))
        .containsExactly("1", "2", String.valueOf(JournalExport.VERSION));
  }

  @Test
  void everyRuleIdAReasonMayCarryIsEnumeratedAndNoOther() {
    List<Object> ids = new ArrayList<>();
    RuleBook.bundled().rules().forEach(rule -> ids.add(rule.id()));
    ids.add(ProgramLinkRule.ID);
    Map<?, ?> reason =
        (Map<?, ?>)
            ((Map<?, ?>) property("ScreeningResult", "reasons").get("items")).get("properties");

    assertThat(strings(((Map<?, ?>) reason.get("rule")).get("enum")))
        .containsExactlyInAnyOrderElementsOf(strings(ids))
        .contains("S15", "X10");
    assertThat(String.valueOf(property("HeldBack", "rule").get("description"))).contains("F10");
  }

  @Test
  void theFlagAndAlertKindsAreTheOnesTheServerWrites() {
    assertThat(strings(property("PainFlag", "kind").get("enum")))
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(PainFlagKind.values()).map(Enum::name).toList());
    assertThat(strings(property("Alert", "kind").get("enum")))
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(AlertKind.values()).map(Enum::name).toList());
    assertThat(strings(property("Alert", "priority").get("enum")))
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(AlertKind.Priority.values()).map(Enum::name).toList());
    assertThat(strings(properties("History").keySet())).contains("lastPainStopSettled");
  }

  private static List<String> strings(Object values) {
    return ((java.util.Collection<?>) values).stream().map(String::valueOf).toList();
  }
}
