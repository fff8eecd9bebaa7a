package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.app.Person;
import dev.limber.cli.Cli;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.journal.CheckIn;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.JournalExport;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.Json;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.http.WebOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One engine, many faces: the same person with the same journal gets the same verdict, reasons,
 * techniques and routine from the command line ({@code limber screen}, {@code limber plan}, {@code
 * limber history}) and from the HTTP API ({@code POST /api/screenings}, {@code POST /api/plans},
 * {@code GET /api/journal}), across journal situations that each touch a safety rule.
 */
class FacesParityTest {
  private static final Instant NOW = Instant.parse("2026-11-29T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** The verdict and the rule each situation must show. */
  private static final Map<String, String> EXPECTED =
      Map.ofEntries(
          Map.entry("a fresh journal", "CLEAR"),
          Map.entry("stopped for pain today", "SEE_PROFESSIONAL S6"),
          Map.entry("stopped for pain 10 days ago", "SEE_PROFESSIONAL S6"),
          Map.entry("stopped for pain 10 days ago, then a finished session", "SEE_PROFESSIONAL S6"),
          Map.entry("stopped for pain during a self-crack", "SEE_PROFESSIONAL S5"),
          Map.entry("pain 2 → 5 over a session", "SEE_PROFESSIONAL S6"),
          Map.entry("pain 2 → 2, then a check-in at 5", "SEE_PROFESSIONAL S6"),
          Map.entry("a cracked check-in today", "STRETCH_ONLY X6"),
          Map.entry("a pop in a session today", "STRETCH_ONLY X6"),
          Map.entry("a review recorded after a flag", "STRETCH_ONLY X9"),
          Map.entry("a review recorded before a flag", "SEE_PROFESSIONAL S6"),
          Map.entry("a review 13 weeks old", "CLEAR"),
          Map.entry("a review 11 weeks old", "STRETCH_ONLY X9"),
          Map.entry("a session ended for a new symptom", "SEE_PROFESSIONAL S15"),
          Map.entry("an early-stopped questionnaire this morning", "CLEAR"),
          Map.entry("cracking on most days", "STRETCH_ONLY X5"),
          Map.entry("two cracks today, cracking for pain", "SEE_PROFESSIONAL S8"),
          Map.entry("five weeks of pain, duration left to the journal", "SEE_PROFESSIONAL S4"),
          Map.entry("says no cracks today while the journal holds one", "STRETCH_ONLY X6"),
          Map.entry("claims a review while a flag is open", "SEE_PROFESSIONAL S6"),
          Map.entry("claims a review with no flag", "STRETCH_ONLY X9"),
          Map.entry("pain 2 at the last check-in, 5 now", "SEE_PROFESSIONAL S11"),
          Map.entry("aged 70 with a minor knock", "SEE_PROFESSIONAL S14"),
          // Revision 3: graded pain.
          Map.entry("a mild stop, settled", "STRETCH_ONLY X10"),
          Map.entry("a mild stop, not settled", "SEE_PROFESSIONAL S6"),
          Map.entry("a mild stop the session went on after, settled", "STRETCH_ONLY X10"),
          Map.entry("a stop that was not easing", "SEE_PROFESSIONAL S6"),
          Map.entry("a sharp stop", "SEE_PROFESSIONAL S6"),
          Map.entry("two mild stops 5 days apart", "SEE_PROFESSIONAL S6"),
          Map.entry("a mild stop 8 days ago, settled", "CLEAR"),
          Map.entry("a check-in during a session", "SEE_PROFESSIONAL S6"),
          Map.entry("a review 83 days old", "STRETCH_ONLY X9"),
          Map.entry("a review 84 days old", "CLEAR"),
          Map.entry("a mild stop, settled, then a new-symptom session", "SEE_PROFESSIONAL S15"),
          Map.entry("says stretching hurt since a recorded review", "SEE_PROFESSIONAL S6"));

  private static Database database;
  private static ServerFixture server;
  private static int people;

  @BeforeAll
  static void startServer() {
    database = TestDatabases.h2();
    // Behind a trusted proxy each person signs up from an address of their own, as people do;
    // from one address the sign-up cap would stop the suite after ten people.
    server =
        ServerFixture.start(
            database,
            WebOptions.defaults().withTrustedProxies(List.of("127.0.0.1/32")),
            new CheapHasher(),
            CLOCK);
  }

  @AfterAll
  static void stopServer() {
    server.close();
    database.close();
  }

  /** A journal situation: what the journal holds, and what the person answers today. */
  record Situation(
      String name, JournalContents journal, UnaryOperator<Map<String, Object>> answers) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Situation> situations() {
    List<Situation> all = new ArrayList<>();
    all.add(situation("a fresh journal", contents()));
    all.add(situation("stopped for pain today", contents(stoppedForPain(hoursAgo(2), false))));
    all.add(
        situation("stopped for pain 10 days ago", contents(stoppedForPain(daysAgo(10), false))));
    all.add(
        situation(
            "stopped for pain 10 days ago, then a finished session",
            contents(stoppedForPain(daysAgo(10), false), finished(daysAgo(9), 2, 2))));
    all.add(
        situation(
            "stopped for pain during a self-crack", contents(stoppedForPain(hoursAgo(5), true))));
    all.add(situation("pain 2 → 5 over a session", contents(finished(hoursAgo(3), 2, 5))));
    all.add(
        situation(
            "pain 2 → 2, then a check-in at 5",
            contents(
                List.of(checkIn(hoursAgo(1), 5, false)),
                List.of(finished(hoursAgo(3), 2, 2)),
                List.of())));
    all.add(
        situation(
            "a cracked check-in today",
            contents(List.of(checkIn(hoursAgo(4), 1, true)), List.of(), List.of())));
    all.add(situation("a pop in a session today", contents(popped(hoursAgo(6)))));
    all.add(
        situation(
            "a review recorded after a flag",
            contents(
                List.of(), List.of(stoppedForPain(daysAgo(5), false)), List.of(review(1, 1)))));
    all.add(
        situation(
            "a review recorded before a flag",
            contents(
                List.of(), List.of(stoppedForPain(daysAgo(1), false)), List.of(review(5, 5)))));
    all.add(
        situation(
            "a review 13 weeks old",
            contents(List.of(), List.of(), List.of(review(7 * 13, 7 * 13)))));
    all.add(
        situation(
            "a review 11 weeks old", contents(List.of(), List.of(), List.of(review(77, 77)))));
    all.add(situation("a session ended for a new symptom", contents(newSymptom(hoursAgo(2)))));
    all.add(
        situation(
            "an early-stopped questionnaire this morning",
            new JournalContents(
                List.of(),
                List.of(),
                List.of(
                    new ScreeningRecord(
                        hoursAgo(6),
                        Map.of("symptoms", Map.of("chestPain", true)),
                        Verdict.URGENT,
                        List.of("U5"))))));
    all.add(situation("cracking on most days", contents(crackedDays(20), List.of(), List.of())));
    all.add(
        situation(
            "two cracks today, cracking for pain",
            contents(
                List.of(checkIn(hoursAgo(5), 3, true), checkIn(hoursAgo(2), 3, true)),
                List.of(),
                List.of()),
            answers -> history(answers, "cracksToRelievePain", true)));
    all.add(
        situation(
            "five weeks of pain, duration left to the journal",
            contents(weeklyPain(5, 3), List.of(), List.of()),
            answers -> symptomsWithout(answers, "painDurationWeeks")));
    all.add(
        situation(
            "says no cracks today while the journal holds one",
            contents(List.of(checkIn(hoursAgo(3), 2, true)), List.of(), List.of()),
            answers -> history(answers, "crackSessionsToday", 0)));
    all.add(
        situation(
            "claims a review while a flag is open",
            contents(stoppedForPain(daysAgo(3), false)),
            answers -> history(answers, "professionalReview", "EXERCISE_ADVISED")));
    all.add(
        situation(
            "claims a review with no flag",
            contents(),
            answers -> history(answers, "professionalReview", "EXERCISE_ADVISED")));
    all.add(
        situation(
            "pain 2 at the last check-in, 5 now",
            contents(List.of(checkIn(hoursAgo(20), 2, false)), List.of(), List.of()),
            answers -> symptoms(answers, "painScore", 5)));
    all.add(
        situation(
            "aged 70 with a minor knock",
            contents(),
            answers -> history(history(answers, "ageYears", 70), "recentTrauma", "MINOR")));
    addGradedPain(all);
    return all.stream();
  }

  private static void addGradedPain(List<Situation> all) {
    UnaryOperator<Map<String, Object>> settled =
        answers -> history(answers, "lastPainStopSettled", true);
    UnaryOperator<Map<String, Object>> notSettled =
        answers -> history(answers, "lastPainStopSettled", false);
    all.add(
        situation(
            "a mild stop, settled",
            contents(graded(daysAgo(2), 2, 3, true, false, Ending.STOPPED_FOR_PAIN)),
            settled));
    all.add(
        situation(
            "a mild stop, not settled",
            contents(graded(daysAgo(2), 2, 3, true, false, Ending.STOPPED_FOR_PAIN)),
            notSettled));
    all.add(
        situation(
            "a mild stop the session went on after, settled",
            contents(graded(daysAgo(1), 2, 2, true, false, Ending.FINISHED)),
            settled));
    all.add(
        situation(
            "a stop that was not easing",
            contents(graded(daysAgo(1), 2, 3, false, false, Ending.STOPPED_FOR_PAIN))));
    all.add(
        situation(
            "a sharp stop",
            contents(graded(daysAgo(1), 2, 3, true, true, Ending.STOPPED_FOR_PAIN))));
    all.add(
        situation(
            "two mild stops 5 days apart",
            new JournalContents(
                List.of(),
                List.of(
                    graded(daysAgo(6), 2, 3, true, false, Ending.STOPPED_FOR_PAIN),
                    graded(daysAgo(1), 2, 3, true, false, Ending.STOPPED_FOR_PAIN)),
                List.of(answeredFollowUp(daysAgo(5), true)),
                List.of())));
    all.add(
        situation(
            "a mild stop 8 days ago, settled",
            new JournalContents(
                List.of(),
                List.of(graded(daysAgo(8), 2, 3, true, false, Ending.STOPPED_FOR_PAIN)),
                List.of(answeredFollowUp(daysAgo(7), true)),
                List.of())));
    all.add(
        situation(
            "a check-in during a session",
            contents(
                List.of(checkIn(hoursAgo(3).plusSeconds(15), 4, false)),
                List.of(finished(hoursAgo(3), 1, 1)),
                List.of())));
    all.add(
        situation("a review 83 days old", contents(List.of(), List.of(), List.of(review(83, 83)))));
    all.add(
        situation("a review 84 days old", contents(List.of(), List.of(), List.of(review(84, 84)))));
    all.add(
        situation(
            "a mild stop, settled, then a new-symptom session",
            new JournalContents(
                List.of(),
                List.of(
                    graded(daysAgo(3), 2, 3, true, false, Ending.STOPPED_FOR_PAIN),
                    newSymptom(hoursAgo(2))),
                List.of(answeredFollowUp(daysAgo(2), true)),
                List.of())));
    all.add(
        situation(
            "says stretching hurt since a recorded review",
            contents(List.of(), List.of(), List.of(review(10, 10))),
            answers -> history(answers, "painDuringStretching", true)));
  }

  /** What the command line and the API refuse alike, and the field each must name. */
  record Refusal(String name, JournalContents journal, String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Refusal> refusals() {
    return Stream.of(
        new Refusal(
            "a mild stop, unanswered",
            contents(graded(daysAgo(2), 2, 3, true, false, Ending.STOPPED_FOR_PAIN)),
            "history.lastPainStopSettled"),
        new Refusal(
            "a mild stop the session went on after, unanswered",
            contents(graded(hoursAgo(5), 2, 2, true, false, Ending.FINISHED)),
            "history.lastPainStopSettled"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void theCommandLineAndTheApiRefuseAlikeNamingTheField(Refusal refusal) {
    InMemoryJournal local = new InMemoryJournal();
    local.addAll(refusal.journal());
    String[] bearer = signedInWith(refusal.journal());
    String answers = Json.write(clearAnswers());

    Refused cli = cliRefused(local, answers, "screen", "--answers", "-", "--json");
    HttpResponse<String> api = server.http.post("/api/screenings", answers, bearer);
    HttpResponse<String> apiPlan =
        server.http.post(
            "/api/plans",
            "{\"answers\":" + answers + ",\"preferences\":{\"minutes\":12,\"place\":\"HOME\"}}",
            bearer);

    assertThat(cli.code()).isEqualTo(2);
    assertThat(cli.err()).contains(refusal.field()).contains("Is your back back to how it was");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains(refusal.field()).contains("Is your back back to how it was");
    assertThat(apiPlan.statusCode()).isEqualTo(400);
    assertThat(apiPlan.body()).contains(refusal.field());
  }

  @org.junit.jupiter.api.Test
  void aFutureDatedImportIsRefusedByTheCommandLineAndTheApiAlike() throws Exception {
    JournalContents future =
        new JournalContents(
            List.of(checkIn(NOW.plus(Duration.ofDays(365)), 3, false)),
            List.of(),
            List.of(),
            List.of(
                new Review(LocalDate.parse("9999-12-31"), Reviewer.PHYSIOTHERAPIST, null, NOW)));
    String export = Json.write(new JournalExport(NOW, future));
    java.nio.file.Path file = java.nio.file.Files.createTempFile("future", ".json");
    java.nio.file.Files.writeString(file, export);
    InMemoryJournal local = new InMemoryJournal();
    String[] bearer = signedInWith(contents());

    Refused cli = cliRefused(local, "", "import", file.toString());
    HttpResponse<String> api = server.http.post("/api/import", export, bearer);

    assertThat(cli.code()).isEqualTo(2);
    assertThat(api.statusCode()).isEqualTo(400);
    for (String field : List.of("checkIns[0].at", "reviews[0].date")) {
      assertThat(cli.err()).contains(field);
      assertThat(api.body()).contains(field);
    }
    assertThat(local.contents().isEmpty()).isTrue();
    assertThat(body(server.http.get("/api/journal?days=30", bearer), 200).toString())
        .doesNotContain("2027");
    java.nio.file.Files.delete(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void theCommandLineAndTheApiAnswerAlike(Situation situation) {
    InMemoryJournal local = new InMemoryJournal();
    local.addAll(situation.journal());
    String[] bearer = signedInWith(situation.journal());
    String answers = Json.write(situation.answers().apply(clearAnswers()));

    Map<String, Object> cliScreen = json(cli(local, answers, "screen", "--answers", "-", "--json"));
    Map<String, Object> apiScreen = body(server.http.post("/api/screenings", answers, bearer), 200);
    Map<String, Object> cliPlan =
        json(
            cli(
                local,
                answers,
                "plan",
                "--answers",
                "-",
                "--json",
                "--minutes",
                "12",
                "--place",
                "home",
                "--equipment",
                "chair",
                "--equipment",
                "foam-roller",
                "--crack",
                "--seed",
                "7"));
    Map<String, Object> apiPlan =
        body(
            server.http.post(
                "/api/plans",
                "{\"answers\":"
                    + answers
                    + ",\"preferences\":{\"minutes\":12,\"place\":\"HOME\",\"equipment\":"
                    + "[\"CHAIR\",\"FOAM_ROLLER\"],\"crack\":true,\"seed\":7}}",
                bearer),
            200);
    Map<String, Object> cliHistory = json(cli(local, "", "history", "--json", "--days", "30"));
    Map<String, Object> apiHistory = body(server.http.get("/api/journal?days=30", bearer), 200);

    assertThat(apiScreen).isEqualTo(cliScreen);
    assertThat(apiPlan).isEqualTo(cliPlan);
    assertThat(apiHistory).isEqualTo(cliHistory);
    assertThat(cliScreen.get("verdict")).isEqualTo(cliPlan.get("verdict"));
  }

  /** The rules each situation must show on every face, so parity is not parity of a bug. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void eachSituationGivesTheVerdictItsRulesDemand(Situation situation) {
    InMemoryJournal local = new InMemoryJournal();
    local.addAll(situation.journal());
    String answers = Json.write(situation.answers().apply(clearAnswers()));

    Map<String, Object> screen = json(cli(local, answers, "screen", "--answers", "-", "--json"));

    String expected = EXPECTED.get(situation.name());
    String[] verdictAndRule = expected.split(" ");
    assertThat(screen.get("verdict")).isEqualTo(verdictAndRule[0]);
    if (verdictAndRule.length > 1) {
      assertThat(screen.get("reasons").toString()).contains("rule=" + verdictAndRule[1]);
    }
  }

  private static String cli(InMemoryJournal journal, String stdin, String... args) {
    JournalSource journals =
        databaseUrl -> new JournalSource.Opened(Person.withJournal(journal), () -> {});
    Cli cli = Main.cli(CLOCK, journals);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.run(
            args,
            new Io(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  record Refused(int code, String err) {}

  private static Refused cliRefused(InMemoryJournal journal, String stdin, String... args) {
    JournalSource journals =
        databaseUrl -> new JournalSource.Opened(Person.withJournal(journal), () -> {});
    Cli cli = Main.cli(CLOCK, journals);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.run(
            args,
            new Io(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    return new Refused(code, err.toString(StandardCharsets.UTF_8));
  }

  /**
   * A session with one graded stop at its stretch: ended there ({@code STOPPED_FOR_PAIN}) or gone
   * on after it ({@code FINISHED}, a mild stop).
   */
  private static SessionRecord graded(
      Instant started, int before, int stopPain, boolean easing, boolean sharp, Ending ending) {
    boolean wentOn = ending == Ending.FINISHED;
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(
            new StepDose("wall-slide", 10, 1, 1), new StepDose("doorway-chest-stretch", 10, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 0, Outcome.DONE),
            new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.SKIPPED),
            new SegmentRecord(
                SegmentKind.HOLD,
                "doorway-chest-stretch",
                null,
                1,
                10,
                wentOn ? Outcome.DONE : Outcome.NOT_REACHED),
            new SegmentRecord(
                SegmentKind.PAIN_CHECK,
                null,
                null,
                null,
                0,
                wentOn ? Outcome.DONE : Outcome.NOT_REACHED)),
        before,
        wentOn ? before : stopPain,
        List.of(new PainStop(1, "wall-slide", stopPain, false, easing, sharp)),
        0,
        ending);
  }

  /** A kept screening that answered a mild stop's follow-up. */
  private static ScreeningRecord answeredFollowUp(Instant at, boolean settled) {
    Map<String, Object> answers = clearAnswers();
    history(answers, "lastPainStopSettled", settled);
    return new ScreeningRecord(at, answers, Verdict.STRETCH_ONLY, List.of("X10"));
  }

  /** A new account whose journal holds exactly these entries, imported through the API. */
  private static String[] signedInWith(JournalContents contents) {
    String email = "parity-" + (++people) + "@example.org";
    HttpResponse<String> signedUp =
        server.http.post(
            "/api/account",
            ServerFixture.credentials(email, ServerFixture.PASSWORD),
            "X-Forwarded-For",
            "10.0.0." + people);
    assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(202);
    ServerFixture.SignedIn person = server.signIn(email, ServerFixture.PASSWORD);
    String[] bearer = server.bearer(person);
    if (!contents.isEmpty()) {
      body(
          server.http.post("/api/import", Json.write(new JournalExport(NOW, contents)), bearer),
          200);
    }
    return bearer;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return (Map<String, Object>) Json.parse(text);
  }

  private static Map<String, Object> body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json(response.body());
  }

  private static Situation situation(String name, JournalContents journal) {
    return new Situation(name, journal, answers -> answers);
  }

  private static Situation situation(
      String name, JournalContents journal, UnaryOperator<Map<String, Object>> answers) {
    return new Situation(name, journal, answers);
  }

  private static JournalContents contents(SessionRecord... sessions) {
    return new JournalContents(List.of(), List.of(sessions), List.of(), List.of());
  }

  private static JournalContents contents(
      List<CheckIn> checkIns, List<SessionRecord> sessions, List<Review> reviews) {
    return new JournalContents(checkIns, sessions, List.of(), reviews);
  }

  private static Instant hoursAgo(int hours) {
    return NOW.minus(Duration.ofHours(hours));
  }

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static CheckIn checkIn(Instant at, int pain, boolean cracked) {
    return new CheckIn(at, pain, cracked, null);
  }

  private static List<CheckIn> crackedDays(int days) {
    List<CheckIn> checkIns = new ArrayList<>();
    for (int day = 1; day <= days; day++) {
      checkIns.add(checkIn(daysAgo(day), 1, true));
    }
    return checkIns;
  }

  private static List<CheckIn> weeklyPain(int weeks, int pain) {
    List<CheckIn> checkIns = new ArrayList<>();
    for (int day = weeks * 7; day >= 1; day -= 3) {
      checkIns.add(checkIn(daysAgo(day), pain, false));
    }
    return checkIns;
  }

  /** A review: seen {@code seenDaysAgo} days ago, written down {@code recordedDaysAgo} days ago. */
  private static Review review(int seenDaysAgo, int recordedDaysAgo) {
    return new Review(
        LocalDate.ofInstant(daysAgo(seenDaysAgo), ZoneOffset.UTC),
        Reviewer.PHYSIOTHERAPIST,
        null,
        daysAgo(recordedDaysAgo).plusSeconds(60));
  }

  private static SessionRecord finished(Instant started, int before, int after) {
    return new SessionRecord(
        started,
        started.plusSeconds(120),
        List.of(new StepDose("wall-slide", 10, 3, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 0, Outcome.DONE),
            new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.DONE),
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 0, Outcome.DONE)),
        before,
        after,
        List.of(),
        0,
        Ending.FINISHED);
  }

  private static SessionRecord stoppedForPain(Instant started, boolean duringCrack) {
    String technique = duringCrack ? "standing-lean-back" : "wall-slide";
    SegmentKind kind = duringCrack ? SegmentKind.CRACK_ATTEMPT : SegmentKind.HOLD;
    return new SessionRecord(
        started,
        started.plusSeconds(40),
        List.of(new StepDose(technique, 10, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 0, Outcome.DONE),
            new SegmentRecord(kind, technique, null, 1, 10, Outcome.SKIPPED)),
        2,
        3,
        new PainStop(1, technique, 3, duringCrack),
        0,
        Ending.STOPPED_FOR_PAIN);
  }

  private static SessionRecord popped(Instant started) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(new StepDose("wall-slide", 10, 1, 1)),
        List.of(new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.DONE)),
        null,
        null,
        List.of(),
        1,
        Ending.FINISHED);
  }

  private static SessionRecord newSymptom(Instant started) {
    return new SessionRecord(
        started,
        started.plusSeconds(30),
        List.of(new StepDose("wall-slide", 10, 1, 1)),
        List.of(new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.SKIPPED)),
        null,
        null,
        List.of(),
        0,
        Ending.ENDED_FOR_SYMPTOMS);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> clearAnswers() {
    Map<String, Object> answers =
        (Map<String, Object>)
            Json.parse(
                "{\"conditions\": [], \"symptoms\": {\"painScore\": 2, \"painDurationWeeks\": 1,"
                    + " \"numbness\": [], \"weakness\": [], \"bladderOrBowelChange\": false,"
                    + " \"chestPain\": false, \"fever\": false, \"unexplainedWeightLoss\": false,"
                    + " \"swelling\": false, \"nightPainOrUnrelievedByRest\": false,"
                    + " \"painWorseWithCoughSneeze\": false}, \"history\": {\"ageYears\": 40,"
                    + " \"recentTrauma\": \"NONE\", \"firstEpisode\": false,"
                    + " \"canGetDownToFloor\": true, \"canLieFlatWithoutBackDiscomfort\": true,"
                    + " \"canReachMidBack\": true}}");
    return answers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> history(Map<String, Object> answers, String field, Object v) {
    Map<String, Object> history = new LinkedHashMap<>((Map<String, Object>) answers.get("history"));
    history.put(field, v instanceof Integer number ? java.math.BigInteger.valueOf(number) : v);
    answers.put("history", history);
    return answers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> symptoms(Map<String, Object> answers, String field, Object v) {
    Map<String, Object> symptoms =
        new LinkedHashMap<>((Map<String, Object>) answers.get("symptoms"));
    symptoms.put(field, v instanceof Integer number ? java.math.BigInteger.valueOf(number) : v);
    answers.put("symptoms", symptoms);
    return answers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> symptomsWithout(Map<String, Object> answers, String field) {
    Map<String, Object> symptoms =
        new LinkedHashMap<>((Map<String, Object>) answers.get("symptoms"));
    symptoms.remove(field);
    answers.put("symptoms", symptoms);
    return answers;
  }
}
