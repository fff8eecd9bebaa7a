package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.app.Questionnaire;
import dev.limber.cli.Cli;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.journal.CheckIn;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.JournalExport;
import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.CheapHasher;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.WebOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One engine, many faces: the same person (the same answers, journal, choices and seed) gets the
 * same verdict, reasons and routine from the pages as from {@code limber plan --json}. The pages
 * are driven over plain HTTP as a browser without JavaScript drives them (the journey's pages run
 * no script): each form sent as it came, filled in, with its cookie and form token; the page's data
 * attributes are compared with the command line's JSON.
 */
class JourneyParityTest {
  private static final Instant NOW = Instant.parse("2026-11-29T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

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

  /** A person: signed in or not, what their journal holds, their answers and their choices. */
  record Person(
      String name,
      boolean signedIn,
      JournalContents journal,
      Map<String, String> answers,
      String minutes,
      String place,
      List<String> equipment,
      String focus,
      boolean crack,
      String verdict) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Person> people() {
    JournalContents empty = new JournalContents(List.of(), List.of(), List.of(), List.of());
    JournalContents crackedToday =
        new JournalContents(
            List.of(new CheckIn(NOW.minus(Duration.ofHours(4)), 1, true, null)),
            List.of(),
            List.of(),
            List.of());
    return Stream.of(
        new Person(
            "anonymous, ordinary stiffness, at home with a chair and a foam roller, a crack wanted",
            false,
            empty,
            Journey.STIFF,
            "12",
            "HOME",
            List.of("CHAIR", "FOAM_ROLLER"),
            "",
            true,
            "CLEAR"),
        new Person(
            "signed in with a cracked check-in today, at a desk, lower back first",
            true,
            crackedToday,
            Journey.STIFF,
            "9",
            "DESK",
            List.of(),
            "LOWER_BACK",
            true,
            "STRETCH_ONLY"),
        new Person(
            "signed in, pain 3 for two weeks, cracking on most days, at home with a mat",
            true,
            empty,
            Journey.stiffWith(
                "pain-score", "3", "pain-weeks", "2", "first-episode", "no", "cracking-days", "6"),
            "15",
            "HOME",
            List.of("MAT"),
            "UPPER_BACK",
            false,
            "STRETCH_ONLY"),
        new Person(
            "signed in, aged 70 with a minor knock",
            true,
            empty,
            Journey.stiffWith("age", "70", "minor-knock", "yes"),
            "10",
            "HOME",
            List.of(),
            "",
            false,
            "SEE_PROFESSIONAL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("people")
  void thePagesGiveTheVerdictReasonsAndRoutineOfTheCommandLine(Person person) {
    PageVisitor visitor = new PageVisitor(server.http);
    if (person.signedIn()) {
      visitor.signUpAndIn("parity-" + (++people) + "@example.org");
      visitor.get("/check");
      HttpResponse<String> imported =
          visitor.api("/api/import", Json.write(new JournalExport(NOW, person.journal())));
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }
    visitor.get("/check");
    Journey.answerAll(visitor, person.answers());
    Document verdictPage = visitor.page();
    String webVerdict = verdictPage.selectFirst("[data-verdict]").attr("data-verdict");
    List<String> webReasons = attributes(verdictPage, "ul.reasons [data-rule]", "data-rule");
    String answers = Json.write(document(person.answers()));
    Map<String, Object> web = new java.util.LinkedHashMap<>();
    web.put("verdict", webVerdict);
    web.put("reasons", webReasons);
    if (verdictPage.selectFirst("form.routine-form") != null) {
      PageForm form = visitor.form("form.routine-form");
      assertThat(form.value("answers")).isEqualTo(answers);
      form.fill("#plan-minutes", person.minutes());
      form.check(person.place().equals("DESK") ? "#plan-place" : "#plan-place-" + person.place());
      for (String item : person.equipment()) {
        form.check(item.equals("CHAIR") ? "#plan-equipment" : "#plan-equipment-" + item);
      }
      form.select("#plan-focus", person.focus());
      if (person.crack() && verdictPage.selectFirst("#plan-crack") != null) {
        form.check("#plan-crack");
      }
      HttpResponse<String> planned = visitor.submit(form, "button[type=submit]");
      assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
      Document plan = visitor.page();
      assertThat(plan.selectFirst("[data-verdict]").attr("data-verdict")).isEqualTo(webVerdict);
      web.put("steps", steps(plan));
      Element routine = plan.selectFirst(".routine");
      web.put(
          "totalSeconds",
          routine != null ? Integer.parseInt(routine.attr("data-total-seconds")) : null);
      web.put("leftOut", attributes(plan, "ul.left-out [data-technique]", "data-technique"));
      if (routine != null) {
        assertThat(visitor.form("form[action='/play']").value("answers")).isEqualTo(answers);
      }
    }

    InMemoryJournal local = new InMemoryJournal();
    local.addAll(person.journal());
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "plan",
                "--answers",
                "-",
                "--json",
                "--minutes",
                person.minutes(),
                "--place",
                person.place().toLowerCase(Locale.ROOT),
                "--seed",
                Long.toString(NOW.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay())));
    for (String item : person.equipment()) {
      arguments.addAll(List.of("--equipment", item.toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    if (!person.focus().isEmpty()) {
      arguments.addAll(
          List.of("--focus", person.focus().replace("_BACK", "").toLowerCase(Locale.ROOT)));
    }
    if (person.crack()) {
      arguments.add("--crack");
    }
    Map<?, ?> plan = (Map<?, ?>) Json.parse(cli(local, answers, arguments));
    Map<String, Object> cli = new java.util.LinkedHashMap<>();
    cli.put("verdict", plan.get("verdict"));
    cli.put(
        "reasons",
        ((List<?>) plan.get("reasons")).stream().map(r -> ((Map<?, ?>) r).get("rule")).toList());
    if (web.containsKey("steps")) {
      Map<?, ?> routine = (Map<?, ?>) plan.get("routine");
      cli.put(
          "steps",
          routine == null
              ? List.of()
              : ((List<?>) routine.get("steps"))
                  .stream()
                      .map(
                          step -> {
                            Map<?, ?> fields = (Map<?, ?>) step;
                            return fields.get("techniqueId")
                                + " "
                                + fields.get("holdSeconds")
                                + "s×"
                                + fields.get("reps")
                                + "×"
                                + fields.get("sides");
                          })
                      .toList());
      cli.put(
          "totalSeconds",
          routine == null ? null : ((Number) routine.get("totalSeconds")).intValue());
      cli.put(
          "leftOut",
          ((List<?>) plan.get("leftOut"))
              .stream().map(entry -> ((Map<?, ?>) entry).get("techniqueId")).toList());
    }

    assertThat(web).isEqualTo(cli);
    assertThat(webVerdict).isEqualTo(person.verdict());
    if (person.verdict().equals("SEE_PROFESSIONAL")) {
      assertThat(webReasons).isNotEmpty();
    } else {
      assertThat((List<?>) web.get("steps")).isNotEmpty();
    }
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

  private static List<String> steps(Document page) {
    List<String> steps = new ArrayList<>();
    for (Element step : page.select("ol.steps > li[data-technique]")) {
      steps.add(
          step.attr("data-technique")
              + " "
              + step.attr("data-hold-seconds")
              + "s×"
              + step.attr("data-reps")
              + "×"
              + step.attr("data-sides"));
    }
    return steps;
  }

  private static List<String> attributes(Document page, String selector, String attribute) {
    return page.select(selector).stream().map(element -> element.attr(attribute)).toList();
  }

  private static String cli(InMemoryJournal journal, String stdin, List<String> arguments) {
    JournalSource journals =
        databaseUrl ->
            new JournalSource.Opened(dev.limber.app.Person.withJournal(journal), () -> {});
    Cli cli = Main.cli(CLOCK, journals);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.run(
            arguments.toArray(String[]::new),
            new Io(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
