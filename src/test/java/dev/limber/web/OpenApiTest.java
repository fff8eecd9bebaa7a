package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.catalog.Catalog;
import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
