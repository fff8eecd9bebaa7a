package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.program.ProgramPlay;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A joined person's day with their program in a real Chromium: the check, today's program gated by
 * their own screening with rule P1, the session played from it (its record keeps the version it was
 * planned from), and the program printed by the person and by the clinician.
 */
class ProgramSessionBrowserTest {
  private static final Instant T0 = PlayerBrowserTest.T0;
  private static final MovableClock CLOCK = new MovableClock(T0);

  @RegisterExtension static final H2Server server = new H2Server(CLOCK);

  /** A stretch and a self-crack: a herniated disc holds the self-crack back (F1), not the twist. */
  private static final String PROGRAM =
      """
      {"title": "Desk back", "notes": "Slowly, never into pain.", "selfCrackAllowed": true,
       "frequency": {"timesPerDay": 1, "daysPerWeek": 5},
       "items": [{"techniqueId": "armchair-twist", "holdSeconds": 20, "reps": 2, "sides": 2},
                 {"techniqueId": "chair-back-extension", "holdSeconds": 20, "reps": 1,
                  "sides": 1}]}
      """;

  private static final Map<String, String> DISC =
      Journey.stiffWith(
          "conditions",
          "HERNIATED_DISC",
          "pain-score",
          "2",
          "pain-weeks",
          "1",
          "first-episode",
          "no");

  /** The same answers as {@link #DISC}, as an API document. */
  private static final String DISC_ANSWERS =
      Answers.CLEAR.replace("\"conditions\": []", "\"conditions\": [\"HERNIATED_DISC\"]");

  private record Joined(
      ServerFixture.SignedIn clinician,
      ServerFixture.SignedIn person,
      String personId,
      String programId) {}

  private static int people;

  @BeforeEach
  void clockBeforeTheDay() {
    CLOCK.set(T0.minusSeconds(3600));
  }

  /** A clinician with the program, and a person who joined it an hour before T0. */
  private static Joined joined() {
    people++;
    ServerFixture.SignedIn clinician = server.fixture.clinician("dr.ng" + people + "@example.org");
    ServerFixture.SignedIn person = server.fixture.signUpAndIn("ana" + people + "@example.org");
    String programId = server.fixture.joinedProgram(clinician, person, PROGRAM);
    String personId = server.fixture.accountId(person);
    return new Joined(clinician, server.fixture.renewed(person), personId, programId);
  }

  private static BrowserContext as(BrowserContext context, ServerFixture.SignedIn person) {
    return Browser.signedIn(context, server, person);
  }

  private static long timedMillis(Page page) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> segments =
        (List<Map<String, Object>>)
            page.evaluate(
                "() => JSON.parse(document.getElementById('player-data').textContent).segments");
    long millis = 0;
    for (int index = 1; index < segments.size() - 1; index++) {
      millis += ((Number) segments.get(index).get("seconds")).longValue() * 1000;
    }
    return millis;
  }

  private static String text(Download download) throws IOException {
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theCheckLeadsToTodaysProgramWhichPlaysAndKeepsTheVersionItWasPlannedFrom() {
    theCheckLeadsToTodaysProgram(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotOfTodaysProgram() {
    theCheckLeadsToTodaysProgram(Camera.ON);
  }

  private static void theCheckLeadsToTodaysProgram(Camera camera) {
    Joined joined = joined();
    CLOCK.set(T0);
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), joined.person())) {
      Page page = context.newPage();
      page.navigate(server.url("/program"));
      assertThat(page.getAttribute("[data-today]", "data-today")).isEqualTo("unchecked");
      assertThat(page.textContent("main")).contains("Check today");
      Browser.assertAccessible(page, "program before the check", Browser.Look.BOTH_THEMES);
    }
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), joined.person())) {
      Page page = context.newPage();
      page.navigate(server.url("/check"));
      Journey.answerAll(page, DISC);

      // Anyone else with these answers is sent to a professional; the program's review counts.
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("SEE_PROFESSIONAL");
      assertThat(page.textContent("main")).contains("You follow a program from your clinician");
      Browser.assertAccessible(page, "verdict of a joined person");
      page.click("text=Go to today's program");

      assertThat(page.getAttribute("[data-today]", "data-today")).isEqualTo("STRETCH_ONLY");
      assertThat(page.locator(".steps [data-technique]").count()).isEqualTo(1);
      assertThat(page.textContent(".left-out")).contains("Chair-back extension");
      Browser.assertAccessible(page, "today's program");
      camera.fullPage(page, "program-today-desktop-light");

      // The session plays on a fake clock (axe needs a running one, so it ran before this).
      page = PlayerBrowserTest.clockedPage(context);
      page.navigate(server.url("/program"));
      page.click("text=Start today's session");
      page.waitForURL(url -> url.contains("/play/"));
      // The clinician changes the program while the session plays: it was planned from version 1.
      server.http.send(
          "PUT",
          "/api/clinician/programs/" + joined.programId(),
          PROGRAM.replace("Desk back", "Desk back, gentler"),
          joined.clinician().writing());
      long timed = timedMillis(page);
      page.click("#start");
      PlayerBrowserTest.answerPain(page, 2);
      // The page reads the time from the clock, so one jump over the timed steps (and the 3-second
      // count before the first exercise) ends them.
      page.clock().fastForward(timed + 3_000);
      page.clock().runFor(500);
      CLOCK.set(T0.plusMillis(timed + 3_000 + 2_000));
      PlayerBrowserTest.answerPain(page, 1);
      page.waitForFunction(
          "() => { const s = document.getElementById('end-summary').textContent;"
              + " return s && !s.startsWith('Sending'); }");
      assertThat(page.textContent("#end-summary"))
          .startsWith("Session finished")
          .contains("Recorded in your journal");
    }

    List<ProgramPlay> plays =
        new JdbcPrograms(server.database()).plays(joined.personId(), Instant.EPOCH);
    assertThat(plays).singleElement().satisfies(play -> assertThat(play.version()).isEqualTo(1));
    Map<?, ?> view =
        ServerFixture.object(
            server.http.get(
                "/api/clinician/people/" + joined.personId(), joined.clinician().reading()));
    assertThat(view.get("adherence").toString()).contains("done=1");
    assertThat(view.get("latestVerdict")).isEqualTo("STRETCH_ONLY");
  }

  @Test
  void thePersonAndTheClinicianPrintTheProgramWithWhatTheScreeningHeldBack() throws Exception {
    thePersonAndTheClinicianPrint(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotOfThePersonViewWithThePrintout() throws Exception {
    thePersonAndTheClinicianPrint(Camera.ON);
  }

  private static void thePersonAndTheClinicianPrint(Camera camera) throws Exception {
    Joined joined = joined();
    CLOCK.set(T0);
    // The day's screening through the API: the check's pages are the other test's subject.
    var screened = server.http.post("/api/screenings", DISC_ANSWERS, joined.person().writing());
    assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), joined.person())) {
      Page page = context.newPage();
      page.navigate(server.url("/program"));
      page.selectOption("#paper", "letter");

      Download download = page.waitForDownload(() -> page.click("text=Print the program"));

      assertThat(download.suggestedFilename()).startsWith("limber-program-").endsWith(".pdf");
      download.saveAs(java.nio.file.Path.of("target", "screenshots", "program-handout.pdf"));
      assertThat(text(download))
          .contains("Desk back")
          .contains("Slowly, never into pain.")
          .contains("Held back from your program")
          .contains("Chair-back extension")
          .contains("Armchair twist");
    }
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), joined.clinician())) {
      Page page = context.newPage();
      page.navigate(server.url("/clinician/people/" + joined.personId()));
      Browser.assertAccessible(page, "person view with the printout, light");
    }
    try (BrowserContext context = as(Browser.context(ColorScheme.DARK), joined.clinician())) {
      Page page = context.newPage();
      page.navigate(server.url("/clinician/people/" + joined.personId()));
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("STRETCH_ONLY");
      assertThat(page.textContent("main")).contains("Stretches only");
      Browser.assertAccessible(page, "person view with the printout, dark");
      camera.fullPage(page, "clinician-person-print-desktop-dark");

      Download download = page.waitForDownload(() -> page.click("text=Print their program"));

      assertThat(text(download)).contains("Desk back").contains("Held back from your program");
    }
    assertThat(server.http.get("/api/program/access-log", joined.person().reading()).body())
        .contains("to print your program");
  }

  @Test
  void aPersonOrProgramTheClinicianMayNotSeeIsAPageNotFoundThatPassesAxe() {
    Joined joined = joined();
    Joined other = joined();
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), joined.clinician())) {
      Page page = context.newPage();

      Response person = page.navigate(server.url("/clinician/people/" + other.personId()));
      assertThat(person.status()).isEqualTo(404);
      assertThat(page.textContent("h1")).isNotBlank();
      assertThat(page.textContent("main")).doesNotContain(other.person().email());
      Browser.assertAccessible(page, "another clinician's person");

      Response program = page.navigate(server.url("/clinician/programs/" + other.programId()));
      assertThat(program.status()).isEqualTo(404);
      assertThat(page.textContent("main")).doesNotContain("Desk back");
    }
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), joined.person())) {
      Page page = context.newPage();
      Response builder = page.navigate(server.url("/clinician/programs/new"));
      assertThat(builder.status()).isEqualTo(403);
      Browser.assertAccessible(page, "a person at the program builder");
    }
    assertThat(server.http.get("/api/program/access-log", other.person().reading()).body())
        .as("nothing was read, so nothing is logged")
        .doesNotContain(joined.clinician().email());
  }
}
