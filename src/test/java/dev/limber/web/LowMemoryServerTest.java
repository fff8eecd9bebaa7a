package dev.limber.web;

import static dev.limber.web.ServerFixture.PASSWORD;
import static dev.limber.web.ServerFixture.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.TestDatabases;
import dev.limber.web.http.Authentication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The memory findings, against {@code limber serve} in its own JVM at {@code -Xmx256m} with real
 * Argon2id: a flood of parallel sign-ups and sign-ins from many addresses (through a trusted proxy)
 * while another person reads their journal, where every answer is a deliberate one (no 500, no
 * OutOfMemory), the overflow is 503 with Retry-After and the reader is answered throughout; and an
 * import at the 16 MiB limit, read entry by entry.
 */
@Isolated
@Timeout(240)
class LowMemoryServerTest {
  private static final int SIGN_UPS = 32;
  private static final int SIGN_INS = 14;
  // Limber's own line, printed once the schema is migrated (Jetty's "Listening on" comes before).
  private static final Pattern SERVING =
      Pattern.compile("Limber serves http://127\\.0\\.0\\.1:(\\d+)/");

  /** A long note keeps the entry count (and the time to store them) modest at 16 MiB. */
  private static final String NOTE =
      "stiff after a long drive, eased by the doorway stretch ".repeat(17);

  private static Process server;
  private static Http http;

  @BeforeAll
  static void startServerAt256MiB() throws IOException {
    Path database = TestDatabases.h2File();
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.limber.Main",
                "serve",
                "--port",
                "0",
                "--db",
                // Migrated already: the schema is not what this test proves.
                TestDatabases.migratedH2Url(database),
                "--trusted-proxy",
                "127.0.0.1/32")
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        http = Http.to(Integer.parseInt(serving.group(1)));
        break;
      }
    }
    assertThat(http).as("the server printed its address").isNotNull();
    Thread drain =
        new Thread(
            () -> {
              try {
                output.transferTo(java.io.Writer.nullWriter());
              } catch (IOException closed) {
                // The server has stopped.
              }
            });
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    server.destroy();
    if (!server.waitFor(20, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  @Test
  void aFloodOfPasswordHashingIsAnsweredAndOthersKeepBeingServed() throws Exception {
    String[] reader = signUpAndSignIn("reader@example.org");
    ExecutorService threads = Executors.newFixedThreadPool(SIGN_UPS + SIGN_INS + 1);
    AtomicBoolean flooding = new AtomicBoolean(true);
    List<Integer> readerStatuses = Collections.synchronizedList(new ArrayList<>());
    try {
      Future<?> reading =
          threads.submit(
              () -> {
                while (flooding.get()) {
                  readerStatuses.add(http.get("/api/check-ins", reader).statusCode());
                }
              });
      List<Future<HttpResponse<String>>> flood = new ArrayList<>();
      for (int person = 0; person < SIGN_UPS + SIGN_INS; person++) {
        String email = "flood" + person + "@example.org";
        String path = person < SIGN_UPS ? "/api/account" : "/api/login";
        String address = "198.51.100." + person;
        flood.add(
            threads.submit(
                () -> http.post(path, credentials(email, PASSWORD), "X-Forwarded-For", address)));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : flood) {
        answers.add(answer.get(120, TimeUnit.SECONDS));
      }
      flooding.set(false);
      reading.get(60, TimeUnit.SECONDS);

      assertThat(answers).extracting(HttpResponse::statusCode).isSubsetOf(202, 401, 503);
      assertThat(answers)
          .filteredOn(answer -> answer.statusCode() == 503)
          .isNotEmpty()
          .allSatisfy(busy -> assertThat(busy.headers().firstValue("Retry-After")).hasValue("1"));
      assertThat(readerStatuses).isNotEmpty().containsOnly(200);
    } finally {
      flooding.set(false);
      threads.shutdownNow();
    }
  }

  @Test
  void anImportAtTheSixteenMebibyteLimitIsTakenWhole() {
    String[] importer = signUpAndSignIn("importer@example.org");
    StringBuilder body =
        new StringBuilder(
            "{\"format\":\"limber-journal\",\"version\":1,"
                + "\"exportedAt\":\"2026-01-01T00:00:00Z\",\"sessions\":[],\"screenings\":[],"
                + "\"checkIns\":[");
    int entries = 0;
    long second = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    while (true) {
      String entry =
          "{\"at\":\""
              + Instant.ofEpochSecond(second + entries)
              + "\",\"pain\":"
              + (entries % 11)
              + ",\"cracked\":false,\"note\":\""
              + NOTE
              + "\"}";
      // Stays just under the 16 MiB limit: the closing brackets and a comma still fit.
      if (body.length() + entry.length() + 3 > 16 * 1024 * 1024) {
        break;
      }
      if (entries > 0) {
        body.append(',');
      }
      body.append(entry);
      entries++;
    }
    body.append("]}");

    HttpResponse<String> response =
        http.waitingUpTo(Duration.ofSeconds(150)).post("/api/import", body.toString(), importer);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(ServerFixture.object(response).get("added")).isEqualTo(BigInteger.valueOf(entries));
    assertThat(http.get("/health").statusCode()).isEqualTo(200);
  }

  private static String[] signUpAndSignIn(String email) {
    HttpResponse<String> signedUp = http.post("/api/account", credentials(email, PASSWORD));
    assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(202);
    HttpResponse<String> signedIn = http.post("/api/login", credentials(email, PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(200);
    String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    String csrf = (String) ServerFixture.object(signedIn).get("csrfToken");
    return new String[] {
      "Cookie", setCookie.substring(0, setCookie.indexOf(';')), Authentication.CSRF_HEADER, csrf
    };
  }
}
