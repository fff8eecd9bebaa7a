package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.render.svg.SvgIllustrator;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.Http;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IllustrationRoutesTest {
  private static Database database;
  private static ServerFixture fixture;
  private static Http http;

  @BeforeAll
  static void start() {
    database = TestDatabases.h2();
    fixture = ServerFixture.start(database);
    http = fixture.http;
  }

  @AfterAll
  static void stop() {
    fixture.close();
    database.close();
  }

  @Test
  void aStillIsTheSvgTheCommandLinePrints() {
    HttpResponse<String> response =
        http.get("/api/techniques/armchair-twist/illustration.svg?step=4&side=RIGHT");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    Catalog catalog = Catalog.bundled();
    assertThat(response.body())
        .isEqualTo(
            new SvgIllustrator()
                .still(catalog.require("armchair-twist"), 4, Optional.of(BodySide.RIGHT)));
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'"));
  }

  @Test
  void aThumbnailWithNoStepShowsTheHeldPoseNotTheLastStep() {
    Catalog catalog = Catalog.bundled();
    for (String id : List.of("clasped-hands-forward-reach", "upward-stretch")) {
      var technique = catalog.require(id);
      int held = technique.findIllustration().orElseThrow().holdStep();

      HttpResponse<String> response = http.get("/api/techniques/" + id + "/illustration.svg");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .as(id)
          .isEqualTo(new SvgIllustrator().still(technique, held, Optional.empty()))
          .contains("step " + held + " of " + technique.steps().size());
    }
  }

  @Test
  void theAnimationIsServedWhenAsked() {
    HttpResponse<String> response =
        http.get("/api/techniques/bridge/illustration.svg?animated=true");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<animate");
  }

  @Test
  void theETagIsKeyedToTheCatalogVersionAndARepeatIsNotModified() {
    String version = Catalog.bundled().version();
    HttpResponse<String> first = http.get("/api/techniques/bridge/illustration.svg?step=2");
    String tag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        http.get("/api/techniques/bridge/illustration.svg?step=2", "If-None-Match", tag);

    assertThat(tag).startsWith("\"" + version + "-bridge-step2");
    assertThat(first.headers().firstValue("X-Catalog-Version")).hasValue(version);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void aUrlNamingTheCurrentVersionIsCachedForAYear() {
    String version = Catalog.bundled().version();

    HttpResponse<String> versioned =
        http.get("/api/techniques/bridge/illustration.svg?v=" + version);
    HttpResponse<String> plain = http.get("/api/techniques/bridge/illustration.svg");

    assertThat(versioned.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(plain.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
  }

  @Test
  void badParametersAreA400NamingEachField() {
    HttpResponse<String> response =
        http.get("/api/techniques/bridge/illustration.svg?step=9&side=LEFT&animated=maybe");

    assertThat(response.statusCode()).isEqualTo(400);
    List<?> errors = (List<?>) ServerFixture.object(response).get("errors");
    List<Object> fields =
        errors.stream().map(error -> (Object) ((Map<?, ?>) error).get("field")).toList();
    assertThat(fields).containsExactlyInAnyOrder("animated", "step", "side");
  }

  @Test
  void anUnknownTechniqueIsA404WithSuggestions() {
    HttpResponse<String> response = http.get("/api/techniques/bridg/illustration.svg");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(ServerFixture.object(response).get("suggestions")).asList().contains("bridge");
  }
}
