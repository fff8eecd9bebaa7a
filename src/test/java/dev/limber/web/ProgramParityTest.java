package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.cli.Cli;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.http.WebOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One engine, many faces, for a clinician's program: a joined person with a herniated disc (whom
 * rule P1 lets stretch) gets the same verdict, the same steps in the same order with the same
 * doses, and the same held-back technique from {@code GET /api/program/today}, the {@code /program}
 * page, the person's and the clinician's printed program, the clinician's view of them, and {@code
 * limber program handout} on the same database.
 */
class ProgramParityTest {
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static final String PROGRAM =
      """
      {"title": "Desk back", "notes": "Slowly.", "selfCrackAllowed": true,
       "frequency": {"timesPerDay": 1, "daysPerWeek": 5},
       "items": [{"techniqueId": "upward-stretch", "holdSeconds": 15, "reps": 2, "sides": 1},
                 {"techniqueId": "armchair-twist", "holdSeconds": 25, "reps": 2, "sides": 2},
                 {"techniqueId": "chair-back-extension", "holdSeconds": 20, "reps": 1,
                  "sides": 1}]}
      """;

  private static final String DISC =
      """
      {"conditions": ["HERNIATED_DISC"],
       "symptoms": {"painScore": 2, "painDurationWeeks": 1, "numbness": [], "weakness": [],
                    "bladderOrBowelChange": false, "chestPain": false, "fever": false,
                    "unexplainedWeightLoss": false, "swelling": false,
                    "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false},
       "history": {"ageYears": 40, "recentTrauma": "NONE", "firstEpisode": false,
                   "canGetDownToFloor": true, "canLieFlatWithoutBackDiscomfort": true,
                   "canReachMidBack": true}}
      """;

  @TempDir Path home;

  private static Map<?, ?> object(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return (Map<?, ?>) Json.parse(response.body());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static byte[] post(ServerFixture server, String path, String... headers)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        server
            .http
            .client()
            .send(
                HttpRequest.newBuilder(server.http.base().resolve(path))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .headers(headers)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** Each printed step's name and dose, in order, as "1. Name | dose". */
  private static List<String> printedSteps(String text) {
    return matches(text, "(\\d\\. [A-Z][a-z -]+ (?:hold \\d+ s, \\d+ times?))");
  }

  @Test
  void everyFaceGivesTheSameProgramSession() throws Exception {
    String url = "jdbc:h2:file:" + home.resolve("limber");
    Database database = Database.open(url);
    String person;
    Map<?, ?> plan;
    List<String> apiHeldBack;
    String page;
    String mine;
    String printout;
    Map<?, ?> view;
    try (ServerFixture server =
        ServerFixture.start(database, WebOptions.defaults(), new CheapHasher(), CLOCK)) {
      ServerFixture.SignedIn ng = server.signUpAndIn("dr.ng@example.org");
      String ngId =
          object(server.http.get("/api/session", ng.reading())).get("accountId").toString();
      new JdbcPrograms(database).grantClinician(ngId, NOW);
      ng = server.signIn("dr.ng@example.org", ServerFixture.PASSWORD);
      String programId =
          (String)
              object(server.http.post("/api/clinician/programs", PROGRAM, ng.writing())).get("id");
      String code =
          (String)
              object(
                      server.http.post(
                          "/api/clinician/programs/" + programId + "/codes", "", ng.writing()))
                  .get("code");
      ServerFixture.SignedIn ana = server.signUpAndIn("ana@example.org");
      object(
          server.http.post(
              "/api/join", "{\"code\": \"" + code + "\", \"consent\": true}", ana.writing()));
      object(server.http.post("/api/screenings", DISC, ana.writing()));
      person = object(server.http.get("/api/session", ana.reading())).get("accountId").toString();
      ana = server.signIn("ana@example.org", ServerFixture.PASSWORD);

      Map<?, ?> today = object(server.http.get("/api/program/today", ana.reading()));
      plan = (Map<?, ?>) today.get("plan");
      apiHeldBack = new ArrayList<>();
      for (Object held : (List<?>) today.get("heldBack")) {
        apiHeldBack.add((String) ((Map<?, ?>) held).get("techniqueId"));
      }
      page = server.http.get("/program", ana.reading()).body();
      mine = pdfText(post(server, "/api/program/handout", ana.writing()));
      printout =
          pdfText(post(server, "/api/clinician/people/" + person + "/handout", ng.writing()));
      view = object(server.http.get("/api/clinician/people/" + person, ng.reading()));
    }
    database.close();

    Path out = home.resolve("program.pdf");
    String said =
        cli(
            "program",
            "handout",
            "--person",
            "ana@example.org",
            "--unchanged",
            "--out",
            out.toString(),
            "--db",
            url);
    String printedByTheCommandLine = pdfText(Files.readAllBytes(out));

    // The API: P1 lets the stretches go ahead, the self-crack is held back.
    assertThat(plan.get("verdict")).isEqualTo("STRETCH_ONLY");
    List<String> steps = new ArrayList<>();
    List<String> doses = new ArrayList<>();
    for (Object item : (List<?>) ((Map<?, ?>) plan.get("routine")).get("steps")) {
      Map<?, ?> step = (Map<?, ?>) item;
      steps.add((String) step.get("techniqueId"));
      doses.add(step.get("name") + " hold " + step.get("holdSeconds") + " s, " + step.get("reps"));
    }
    assertThat(steps).containsExactly("upward-stretch", "armchair-twist");
    assertThat(apiHeldBack).containsExactly("chair-back-extension");

    // The page.
    assertThat(matches(page, "data-today=\"([A-Z_]+)\"")).containsExactly("STRETCH_ONLY");
    assertThat(matches(page, "<li data-rule=\"([A-Z0-9]+)\"><strong>Covered by your clinician"))
        .containsExactly("S1");
    assertThat(matches(page, "<li class=\"card\" data-technique=\"([a-z-]+)\"")).isEqualTo(steps);
    assertThat(matches(page, "<li data-technique=\"([a-z-]+)\"><strong>")).isEqualTo(apiHeldBack);

    // The clinician's view.
    assertThat(view.get("latestVerdict")).isEqualTo("STRETCH_ONLY");
    List<String> viewHeldBack = new ArrayList<>();
    for (Object held : (List<?>) view.get("heldBack")) {
      viewHeldBack.add((String) ((Map<?, ?>) held).get("techniqueId"));
    }
    assertThat(viewHeldBack).isEqualTo(apiHeldBack);

    // Three printouts: the person's, the clinician's, the command line's.
    List<String> expected = new ArrayList<>();
    for (int index = 0; index < doses.size(); index++) {
      String dose = doses.get(index);
      expected.add((index + 1) + ". " + dose + (dose.endsWith(" 1") ? " time" : " times"));
    }
    for (String printed : List.of(mine, printout, printedByTheCommandLine)) {
      assertThat(printed)
          .contains("Your screening: Stretches only")
          .contains("Desk back")
          .contains("Covered by your clinician while you follow them: With this condition");
      assertThat(printedSteps(printed)).isEqualTo(expected);
      assertThat(printed).contains("Held back from your program Your screening");
      assertThat(printed.substring(printed.indexOf("Held back from your program")))
          .contains("Chair-back extension");
    }
    assertThat(said).contains("KB): Stretches only, 2 steps");
  }

  private String cli(String... args) {
    JournalSource journals =
        databaseUrl -> {
          throw new AssertionError("program commands open their own database");
        };
    Cli cli = Main.cli(CLOCK, journals);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.run(
            args,
            new Io(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
