package dev.limber.web.api;

import static dev.limber.web.api.AccountRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Import findings: values the database cannot keep are refused by name, and nothing is stored. */
class ImportLimitsTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static String export(String checkIns, String screenings) {
    return "{\"format\":\"limber-journal\",\"version\":1,\"exportedAt\":\"2026-01-01T00:00:00Z\","
        + "\"checkIns\":["
        + checkIns
        + "],\"sessions\":[],\"screenings\":["
        + screenings
        + "]}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z"})
  void datesOutsideTheYearsOneTo9999AreRefusedByName(String at) {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> response =
        server.http.post(
            "/api/import",
            export("{\"at\":\"" + at + "\",\"pain\":3,\"cracked\":false}", ""),
            ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("checkIns[0].at");
    assertThat(response.body()).contains("years 0001 to 9999");
    assertThat(ServerFixture.array(server.http.get("/api/check-ins?days=3650", ana.reading())))
        .isEmpty();
  }

  @Test
  void overLongRuleIdsAndNulNotesAreRefusedByName() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String manyRules = ("\"U1\",".repeat(700)) + "\"U2\"";

    HttpResponse<String> response =
        server.http.post(
            "/api/import",
            export(
                "{\"at\":\"2026-01-01T00:00:00Z\",\"pain\":3,\"cracked\":false,\"note\":\"a\\u0000\"}",
                "{\"at\":\"2026-01-01T00:00:00Z\",\"verdict\":\"CLEAR\",\"ruleIds\":["
                    + manyRules
                    + "],\"answers\":{}}"),
            ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("checkIns[0].note", "screenings[0].ruleIds");
  }

  @Test
  void copiesInsideOneFileAreStoredOnce() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    List<String> checkIns = new ArrayList<>();
    for (int copy = 0; copy < 1_000; copy++) {
      for (int day = 1; day <= 10; day++) {
        checkIns.add(
            "{\"at\":\"2026-01-"
                + String.format("%02d", day)
                + "T08:00:00Z\",\"pain\":3,\"cracked\":false}");
      }
    }

    HttpResponse<String> response =
        server.http.post("/api/import", export(String.join(",", checkIns), ""), ana.writing());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(ServerFixture.object(response).get("added")).isEqualTo(java.math.BigInteger.TEN);
    assertThat(ServerFixture.array(server.http.get("/api/check-ins?days=3650", ana.reading())))
        .hasSize(10);
  }

  @Test
  void anImportOverTheLimitIs413() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    byte[] huge = new byte[16 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) ' ');

    HttpResponse<String> response = server.http.post("/api/import", huge, ana.writing());

    assertThat(response.statusCode()).isEqualTo(413);
  }
}
