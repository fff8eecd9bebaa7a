package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.api.ProgramRoutesTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The clinician's and the person's program pages in a real Chromium, with axe in both themes. */
class ProgramPagesBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  record Seeded(ServerFixture.SignedIn clinician, String programId, String personId) {}

  private static Map<?, ?> session(ServerFixture.SignedIn person) {
    return ServerFixture.object(server.http.get("/api/session", person.reading()));
  }

  private static ServerFixture.SignedIn fresh(ServerFixture.SignedIn person) {
    return new ServerFixture.SignedIn(
        person.email(), person.cookie(), (String) session(person).get("csrfToken"));
  }

  private static ServerFixture.SignedIn clinician() {
    ServerFixture.SignedIn ng = server.fixture.signUpAndIn("dr.ng@example.org");
    new JdbcPrograms(server.database())
        .grantClinician(session(ng).get("accountId").toString(), Instant.now());
    return fresh(ng);
  }

  private static String program(ServerFixture.SignedIn clinician) {
    return (String)
        ServerFixture.object(
                server.http.post(
                    "/api/clinician/programs", ProgramRoutesTest.PROGRAM, clinician.writing()))
            .get("id");
  }

  private static String code(ServerFixture.SignedIn clinician, String programId) {
    return (String)
        ServerFixture.object(
                server.http.post(
                    "/api/clinician/programs/" + programId + "/codes", "", clinician.writing()))
            .get("code");
  }

  /** A clinician with a program and one person who joined and checked in with high pain. */
  private static Seeded seeded() {
    ServerFixture.SignedIn ng = clinician();
    String programId = program(ng);
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String anaId = session(ana).get("accountId").toString();
    ana = fresh(ana);
    server.http.post(
        "/api/join",
        "{\"code\": \"" + code(ng, programId) + "\", \"consent\": true}",
        ana.writing());
    server.http.post("/api/check-ins", "{\"pain\": 8}", ana.writing());
    server.http.post("/api/screenings", Answers.CLEAR, ana.writing());
    return new Seeded(ng, programId, anaId);
  }

  private static BrowserContext as(BrowserContext context, ServerFixture.SignedIn person) {
    String[] cookie = person.cookie().split("=", 2);
    context.addCookies(List.of(new Cookie(cookie[0], cookie[1]).setUrl(server.url("/"))));
    return context;
  }

  @Test
  void theClinicianSeesPeopleAPersonsViewAlertsAndTheBuilderAndEachPassesAxe() {
    theClinicianPages(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheClinicianPages() {
    theClinicianPages(Camera.ON);
  }

  /**
   * axe in each of {@code looks} on the page as it is now, and a picture in each if {@code shot} is
   * named.
   */
  private static void inLooks(
      Page page, String state, List<Browser.Look> looks, Camera camera, String shot) {
    Browser.inLooks(
        page,
        looks,
        look -> {
          Browser.assertAccessible(page, state + ", " + look);
          if (shot != null) {
            camera.fullPage(page, shot + "-" + look);
          }
        });
  }

  private static void theClinicianPages(Camera camera) {
    Seeded seeded = seeded();
    List<Browser.Look> both = Browser.Look.BOTH_THEMES;
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), seeded.clinician())) {
      Page page = context.newPage();

      page.navigate(server.url("/clinician"));
      assertThat(page.textContent("main")).contains("ana@example.org").contains("Desk back");
      inLooks(page, "clinician people", both, camera, null);
      page.click("text=Create a join code");
      assertThat(page.textContent(".notice")).contains("New join code");
      inLooks(page, "new code", both, camera, null);

      page.navigate(server.url("/clinician/people/" + seeded.personId()));
      assertThat(page.textContent("main"))
          .contains("pain 8 out of 10")
          .contains("Program sessions per week");
      inLooks(page, "person view", both, camera, null);

      page.navigate(server.url("/clinician/alerts"));
      inLooks(page, "alerts", both, camera, null);

      page.navigate(server.url("/clinician/programs/" + seeded.programId()));
      assertThat(page.inputValue("#title")).isEqualTo("Desk back");
      inLooks(page, "builder", both, camera, "program-builder");
      page.fill("#hold-armchair-twist", "45");
      // The input's own bounds stop the browser; the server refuses too, naming the field.
      page.evalOnSelector("form.builder", "form => form.noValidate = true");
      page.click("text=Save the program");
      assertThat(page.textContent("[role=alert]"))
          .contains("Armchair twist, seconds")
          .contains("45");
      inLooks(page, "builder with errors", both, camera, null);
    }
  }

  @Test
  void anAlertIsAcknowledgedFromTheAlertsPage() {
    Seeded seeded = seeded();
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), seeded.clinician())) {
      Page page = context.newPage();
      page.navigate(server.url("/clinician/alerts"));
      int before = page.locator(".alert").count();

      page.locator(".alert button").first().click();

      assertThat(page.url()).endsWith("/clinician/alerts");
      assertThat(page.locator(".alert").count()).isEqualTo(before - 1);
    }
  }

  @Test
  void aPersonJoinsWithoutJavaScriptSeesTheirProgramAndTheLogAndLeaves() {
    ServerFixture.SignedIn ng = clinician();
    String code = code(ng, program(ng));
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");
    try (BrowserContext context =
        as(
            Browser.context(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false)),
            bo)) {
      Page page = context.newPage();
      page.navigate(server.url("/join"));
      page.fill("#code", "AAAAAAAA");
      page.click("text=See what joining means");
      assertThat(page.textContent(".field-error")).contains("check it with your clinician");
      page.fill("#code", code.toLowerCase());
      page.click("text=See what joining means");
      assertThat(page.textContent("main"))
          .contains("dr.ng@example.org")
          .contains("not your answers");
      page.check("input[name=consent]");
      page.click("button:has-text('Join')");

      assertThat(page.url()).endsWith("/program");
      assertThat(page.textContent("main"))
          .contains("Desk back")
          .contains("Armchair twist")
          .contains("20 s hold × 2 each side");
      page.navigate(server.url("/program/access-log"));
      assertThat(page.textContent("main")).contains("No clinician has looked");
      page.navigate(server.url("/program"));
      page.click("text=Leave dr.ng@example.org");
      assertThat(page.textContent("main")).contains("You have not joined a clinician");
    }
  }

  @Test
  void thePersonsPagesPassAxeInBothThemesAndAtPhoneWidth() {
    thePersonsPages(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfThePersonsPages() {
    thePersonsPages(Camera.ON);
  }

  private static void thePersonsPages(Camera camera) {
    Seeded seeded = seeded();
    ServerFixture.SignedIn ng = seeded.clinician();
    server.http.get("/api/clinician/people/" + seeded.personId(), ng.reading());
    ServerFixture.SignedIn ana = server.fixture.signIn("ana@example.org", ServerFixture.PASSWORD);
    ServerFixture.SignedIn cy = server.fixture.signUpAndIn("cy@example.org");
    String code = code(ng, seeded.programId());
    // Every rule once on a desktop in the light theme; dark and the phone check contrast and
    // layout on the same page, shown in place.
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), ana)) {
      Page page = context.newPage();
      page.navigate(server.url("/program"));
      assertThat(page.textContent("main")).contains("dr.ng@example.org");
      inLooks(page, "my program", Browser.Look.EVERY, camera, "program");
      page.navigate(server.url("/program/access-log"));
      assertThat(page.textContent("main")).contains("viewed your adherence");
      inLooks(page, "access log", Browser.Look.EVERY, camera, null);
    }
    List<Browser.Look> both = Browser.Look.BOTH_THEMES;
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), cy)) {
      Page page = context.newPage();
      page.navigate(server.url("/join"));
      inLooks(page, "join", both, camera, null);
      page.fill("#code", "AAAA");
      page.click("text=See what joining means");
      inLooks(page, "join with an error", both, camera, null);
      page.fill("#code", code);
      page.click("text=See what joining means");
      inLooks(page, "join preview", both, camera, "join-preview");
      page.navigate(server.url("/clinician"));
      inLooks(page, "not a clinician", both, camera, null);
    }
  }

  @Test
  void theBuilderStaysUnderThePageBudget() {
    ServerFixture.SignedIn ng = clinician();
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), ng)) {
      Page page = context.newPage();
      long bytes = Browser.pageWeight(page, server.url("/clinician/programs/new"));
      assertThat(bytes).isLessThan(Browser.PAGE_BUDGET_BYTES);
      System.out.println("program builder page weight: " + bytes + " bytes");
    }
  }
}
