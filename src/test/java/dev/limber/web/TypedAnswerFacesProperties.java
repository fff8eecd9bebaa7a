package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.app.Person;
import dev.limber.app.Questionnaire;
import dev.limber.cli.Cli;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.journal.InMemoryJournal;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The terminal ({@code limber screen} on a terminal) and the question pages ({@code POST /check})
 * accept and refuse the same typed answers: a number of weeks and the pain score, whatever is
 * typed.
 */
class TypedAnswerFacesProperties {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T15:00:00Z"), ZoneOffset.UTC);
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Questionnaire QUESTIONS = Questionnaire.bundled();
  private static final int PAIN_TOPIC = 1;

  private static Database database;
  private static ServerFixture server;
  private static String cookie;
  private static String token;

  @BeforeContainer
  static void startServer() {
    database = TestDatabases.h2();
    server = ServerFixture.start(database, CLOCK);
    HttpResponse<String> page = server.http.get("/check");
    String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    cookie = setCookie.substring(0, setCookie.indexOf(';'));
    Matcher found = TOKEN.matcher(page.body());
    assertThat(found.find()).isTrue();
    token = found.group(1);
  }

  @AfterContainer
  static void stopServer() {
    server.close();
    database.close();
  }

  @Property(tries = 80)
  void bothFacesTakeTheSameWeeks(@ForAll("typed") String weeks) {
    boolean page = pageAccepts("3", weeks);
    boolean terminal = terminalAccepts("pain-weeks", "3", weeks);

    assertThat(terminal).as("the terminal against the page for \"%s\"", weeks).isEqualTo(page);
  }

  @Property(tries = 80)
  void bothFacesTakeTheSamePainScores(@ForAll("typed") String painScore) {
    boolean page = pageAccepts(painScore, "2");
    boolean terminal = terminalAccepts(Questionnaire.PAIN_SCORE_QUESTION, painScore);

    assertThat(terminal).as("the terminal against the page for \"%s\"", painScore).isEqualTo(page);
  }

  /** Number-like text, the edge cases the faces once disagreed on, and any other line of text. */
  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            4, Arbitraries.strings().withChars("0123456789.,+-eE ").ofMinLength(0).ofMaxLength(7)),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                "0,5",
                "0.5",
                "1e3",
                "NaN",
                "Infinity",
                "-0",
                "+2",
                "0.555",
                "5200",
                "5200.01",
                "10",
                "11",
                "007",
                ".5",
                "5.",
                "٣",
                " 4 ",
                "")),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.strings()
                .excludeChars('\n', '\r', '\u0085', '\u2028', '\u2029')
                .ofMaxLength(6)));
  }

  /** Posts the pain page with these answers: accepted when it goes on to the next topic. */
  private static boolean pageAccepts(String painScore, String weeks) {
    String form =
        "_csrf="
            + token
            + "&topic="
            + PAIN_TOPIC
            + "&go=next&so-far="
            + encoded("{}")
            + "&pain-score="
            + encoded(painScore)
            + "&pain-weeks="
            + encoded(weeks)
            + "&first-episode=no&one-arm-numb=no";
    String body = server.http.postForm("/check", form, "Cookie", cookie).body();
    return body.contains("name=\"topic\" value=\"" + (PAIN_TOPIC + 1) + "\"");
  }

  /**
   * Answers the terminal's questions up to {@code questionId}, then types {@code lines}: accepted
   * when the question is asked once (a refused answer is asked again).
   */
  private static boolean terminalAccepts(String questionId, String... lines) {
    StringBuilder typed = new StringBuilder();
    for (Questionnaire.Question question : QUESTIONS.topics().get(0).questions()) {
      typed.append("n\n");
    }
    for (String line : lines) {
      typed.append(line).append('\n');
    }
    InMemoryJournal journal = new InMemoryJournal();
    JournalSource journals =
        databaseUrl -> new JournalSource.Opened(Person.withJournal(journal), () -> {});
    Cli cli = Main.cli(CLOCK, journals);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cli.run(
        new String[] {"screen"},
        new Io(
            new ByteArrayInputStream(typed.toString().getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            true));
    String prompt = QUESTIONS.requireQuestion(questionId).text(Questionnaire.Situation.NONE) + " ";
    String shown = out.toString(StandardCharsets.UTF_8);
    int asked = shown.split(Pattern.quote(prompt), -1).length - 1;
    assertThat(asked).as(shown).isPositive();
    return asked == 1;
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
