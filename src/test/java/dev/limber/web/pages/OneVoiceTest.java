package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.app.Questionnaire;
import dev.limber.cli.Cli;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.journal.InMemoryJournal;
import dev.limber.json.Json;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Verdict;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.CheapHasher;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.WebOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One voice (spec rev. 3 §6): each verdict has one name, the word table's, on the verdict page, the
 * plan page, the printed handout, the calendar, the journal page and the terminal's {@code screen},
 * {@code plan} and {@code history}; and none of them shows a person a rule id or a verdict code.
 */
class OneVoiceTest {
  private static final Instant NOW = Instant.parse("2026-11-29T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** A rule id as a word, bracketed or not: {@code S6}, {@code [U13]}, {@code F10}. */
  static final Pattern RULE_ID = Pattern.compile("(?<![\\w-])\\[?[USXF]\\d{1,2}\\]?(?![\\w-])");

  /** A verdict or urgency code as a person would read it. */
  static final Pattern VERDICT_CODE =
      Pattern.compile("\\b(CLEAR|STRETCH[_ ]ONLY|SEE[_ ]PROFESSIONAL|URGENT|EMERGENCY)\\b");

  private static Database database;
  private static ServerFixture server;
  private static int people;

  @BeforeAll
  static void startServer() {
    database = TestDatabases.h2();
    server = ServerFixture.start(database, WebOptions.defaults(), new CheapHasher(), CLOCK);
  }

  @AfterAll
  static void stopServer() {
    server.close();
    database.close();
  }

  /** A person's answers, and the red flag the questions stopped at (its field), if any. */
  record Situation(String name, Map<String, String> answers, String redFlag, Verdict verdict) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Situation> situations() {
    return Stream.of(
        new Situation("ordinary stiffness", Journey.STIFF, null, Verdict.CLEAR),
        new Situation(
            "cracking on most days",
            Journey.stiffWith("cracking-days", "6"),
            null,
            Verdict.STRETCH_ONLY),
        new Situation(
            "aged 70 with a minor knock",
            Journey.stiffWith("age", "70", "minor-knock", "yes"),
            null,
            Verdict.SEE_PROFESSIONAL),
        new Situation("a fever", Journey.stiffWith("fever", "yes"), "fever", Verdict.URGENT),
        new Situation(
            "chest pain", Journey.stiffWith("chest-pain", "yes"), "chestPain", Verdict.URGENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void everyFaceGivesTheVerdictOneNameAndNoRuleIdsOrCodes(Situation situation) throws Exception {
    String name = SafetyWords.bundled().name(situation.verdict());
    Map<String, String> faces = new LinkedHashMap<>();
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.signUpAndIn("voice-" + (++people) + "@example.org");
    String answers = answersDocument(situation);

    visitor.get("/check");
    Journey.answerAll(visitor, situation.answers());
    Document verdictPage = visitor.page();
    assertThat(verdictPage.selectFirst(".verdict-name").text()).isEqualTo(name);
    faces.put("verdict page", verdictPage.body().text());

    if (situation.verdict().allowsSession()) {
      PageForm form = visitor.form("form.routine-form");
      visitor.submit(form, "button[type=submit]");
      Document plan = visitor.page();
      assertThat(plan.selectFirst(".verdict-name").text()).isEqualTo(name);
      faces.put("plan page", plan.body().text());
    }

    String handout = handoutText(answers);
    assertThat(handout).contains("Your screening: " + name);
    faces.put("handout", handout);

    visitor.get("/calendar");
    visitor.submit(visitor.form("form[action='/calendar']"), "button[type=submit]");
    String address = visitor.page().selectFirst(".subscription a").text();
    String reminder = reminderText(server.http.get(URI.create(address).getPath()).body());
    assertThat(reminder)
        .containsPattern("(Your latest screening|Your screening today): " + Pattern.quote(name));
    faces.put("calendar", reminder);

    visitor.get("/journal");
    String journal = visitor.page().body().text();
    assertThat(journal).contains(name);
    faces.put("journal page", journal);

    InMemoryJournal local = new InMemoryJournal();
    String screen = cli(local, answers, "screen", "--answers", "-");
    assertThat(screen).contains("Verdict: " + name + ".");
    faces.put("terminal screen", screen);
    String plan = cli(local, answers, "plan", "--answers", "-", "--minutes", "10");
    // One label before the verdict on the terminal, the same for screen and plan.
    assertThat(plan).contains("Verdict: " + name + ".").doesNotContain("Screening:");
    faces.put("terminal plan", plan);
    String history = cli(local, "", "history");
    assertThat(history).contains(name);
    faces.put("terminal history", history);

    faces.forEach(
        (face, text) -> {
          assertThat(RULE_ID.matcher(text).results().map(match -> match.group()).toList())
              .as("rule ids on the %s:%n%s", face, text)
              .isEmpty();
          assertThat(VERDICT_CODE.matcher(text).results().map(match -> match.group()).toList())
              .as("verdict codes on the %s:%n%s", face, text)
              .isEmpty();
        });
  }

  private static String handoutText(String answers) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(server.http.base().resolve("/api/handouts"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"answers\":"
                        + answers
                        + ",\"preferences\":{\"minutes\":10,\"place\":\"HOME\",\"seed\":7}}"))
            .build();
    HttpResponse<byte[]> response =
        server.http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return pdfText(response.body());
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String reminderText(String ics) throws Exception {
    var calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    VEvent event = events.get(0);
    return event.getProperty(Property.SUMMARY).orElseThrow().getValue()
        + "\n"
        + event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
  }

  /** The whole answers document: the questions stop at a red flag, the other faces need all. */
  @SuppressWarnings("unchecked")
  private static String answersDocument(Situation situation) {
    if (situation.redFlag() == null) {
      return Json.write(document(situation.answers()));
    }
    Map<String, Object> document = new LinkedHashMap<>(document(Journey.STIFF));
    Map<String, Object> symptoms =
        new LinkedHashMap<>((Map<String, Object>) document.get("symptoms"));
    symptoms.put(situation.redFlag(), true);
    document.put("symptoms", symptoms);
    return Json.write(document);
  }

  /** The answers document the questionnaire makes of these answers, as the page carries it. */
  private static Map<String, Object> document(Map<String, String> answers) {
    Questionnaire.Run run = Questionnaire.bundled().start();
    for (Questionnaire.Question question = run.next().orElse(null);
        question != null;
        question = run.next().orElse(null)) {
      String answer = answers.getOrDefault(question.id(), "");
      run.answer(
          question.id(),
          switch (question.kind()) {
            case YES_NO -> answer.equals("yes");
            case NUMBER -> answer.isEmpty() ? null : Integer.valueOf(answer);
            case WEEKS -> new BigDecimal(answer);
            case CONDITIONS -> answer.isEmpty() ? List.of() : List.of(answer.split(" "));
          });
    }
    return run.document();
  }

  private static String cli(InMemoryJournal journal, String stdin, String... arguments) {
    JournalSource journals =
        databaseUrl ->
            new JournalSource.Opened(dev.limber.app.Person.withJournal(journal), () -> {});
    Cli cli = Main.cli(CLOCK, journals);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.run(
            arguments,
            new Io(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
