package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.app.AccountService;
import dev.limber.app.ProgramServices;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.cli.DemoCommand;
import dev.limber.cli.ProgramDesk;
import dev.limber.screening.RuleBook;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcAttempts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.CheapHasher;
import dev.limber.web.H2Server;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The clinician's desk in a real Chromium over the demonstration's data (three people, one per
 * state): landing after sign-in, the people list sorted and filtered without JavaScript, and a
 * person's view with their charts, each with axe at 0 violations in the light and dark themes.
 */
class ClinicianDeskBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  /** The demonstration seeded into the server's database, as {@code limber demo --clinician}. */
  private static void seedTheDemo() {
    Database database = server.database();
    Clock clock = Clock.systemUTC();
    ProgramServices programs =
        new ProgramServices(
            new JdbcPrograms(database),
            new JdbcAccounts(database),
            new JdbcAttempts(database),
            id -> new JdbcJournal(database, id),
            Services.of(Catalog.bundled(), RuleBook.bundled(), clock),
            clock,
            new SplittableRandom(24));
    AccountService accounts =
        new AccountService(
            new JdbcAccounts(database), new CheapHasher(), new JdbcAttempts(database), clock);
    new DemoCommand(url -> null, clock).seed(new ProgramDesk.Opened(programs, accounts, () -> {}));
  }

  /** A light desktop profile signed in through the sign-in form, left on the page it lands on. */
  private static Page signedIn(BrowserContext context, String email) {
    Page page = context.newPage();
    page.navigate(server.url("/sign-in"));
    page.fill("#email", email);
    page.fill("#password", DemoCommand.PASSWORD);
    page.click("form.account-form button[type=submit]");
    return page;
  }

  private static List<String> rows(Page page) {
    return page.locator("table.people tbody tr").all().stream()
        .map(row -> row.getAttribute("data-person"))
        .toList();
  }

  @Test
  void aClinicianSigningInLandsOnTheirDeskWithAlertsBeforeTheirPeople() {
    seedTheDemo();
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = signedIn(context, DemoCommand.CLINICIAN);

      assertThat(page.url()).endsWith("/clinician");
      String main = page.textContent("main");
      assertThat(main.indexOf("Alerts")).isLessThan(main.indexOf("Your people"));
      assertThat(page.locator(".desk-alerts [data-kind=HIGH_PAIN]").count()).isEqualTo(1);
      assertThat(page.locator(".desk-alerts [data-kind=NO_SESSION]").count()).isEqualTo(1);
      assertThat(page.textContent("#alerts-low + ul")).contains("Mild stop");
      assertThat(rows(page))
          .containsExactlyInAnyOrder(
              DemoCommand.PERSON, DemoCommand.PERSON_WITH_ALERT, DemoCommand.PERSON_QUIET);
      assertThat(page.textContent("tr[data-person='" + DemoCommand.PERSON_WITH_ALERT + "']"))
          .contains("7/10");
      Browser.assertAccessible(page, "desk", Browser.Look.BOTH_THEMES);
    }
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = signedIn(context, DemoCommand.PERSON);

      assertThat(page.url()).endsWith("/journal");
    }
  }

  @Test
  void thePeopleListSortsAndFiltersByLinksWithoutJavaScript() {
    seedTheDemo();
    try (BrowserContext context =
        Browser.context(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setViewportSize(1280, 900))) {
      Page page = signedIn(context, DemoCommand.CLINICIAN);

      page.click("table.people th >> text=Person");
      assertThat(page.url()).contains("sort=name");
      assertThat(page.getAttribute("table.people th:has-text('Person')", "aria-sort"))
          .isEqualTo("ascending");
      assertThat(rows(page))
          .containsExactly(
              DemoCommand.PERSON_WITH_ALERT, DemoCommand.PERSON, DemoCommand.PERSON_QUIET);

      page.click("table.people th >> text=Last session");
      assertThat(page.getAttribute("table.people th:has-text('Last session')", "aria-sort"))
          .isEqualTo("ascending");
      assertThat(page.getAttribute("table.people th:has-text('Person')", "aria-sort"))
          .isEqualTo("none");
      assertThat(rows(page).get(0)).isEqualTo(DemoCommand.PERSON_QUIET);

      page.click("table.people th >> text=Pain");
      assertThat(page.getAttribute("table.people th:has-text('Pain')", "aria-sort"))
          .isEqualTo("descending");
      assertThat(rows(page).get(0)).isEqualTo(DemoCommand.PERSON_WITH_ALERT);

      page.click("nav.filters >> text=Needs attention");
      assertThat(page.url()).contains("sort=pain").contains("filter=attention");
      assertThat(rows(page))
          .containsExactly(DemoCommand.PERSON_WITH_ALERT, DemoCommand.PERSON_QUIET);
      assertThat(page.getAttribute("nav.filters >> text=Needs attention", "aria-current"))
          .isEqualTo("page");

      page.click("nav.filters >> text=Everyone");
      assertThat(rows(page)).hasSize(3);
    }
  }

  @Test
  void aPersonsViewShowsTheirChartsOverTheChosenRangeAndKeepsRuleIdsInTheDetails() {
    seedTheDemo();
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = signedIn(context, DemoCommand.CLINICIAN);
      page.click("table.people >> text=" + DemoCommand.PERSON_WITH_ALERT);

      assertThat(page.locator("svg[aria-labelledby^=pain-chart-title]").count()).isEqualTo(1);
      assertThat(page.locator("svg[aria-labelledby^=weekly-chart-title]").count()).isEqualTo(1);
      assertThat(page.locator("svg[aria-labelledby^=relief-chart-title]").count()).isEqualTo(1);
      assertThat(page.textContent("#trend-heading")).isEqualTo("Pain over the last 30 days");
      assertThat(page.textContent(".mild-stops")).contains("A stretch hurt a little");
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isNotEqualTo("none");
      String outsideDetails =
          (String)
              page.evaluate(
                  "() => { const main = document.querySelector('main').cloneNode(true);"
                      + " main.querySelectorAll('details.for-clinicians').forEach(d => d.remove());"
                      + " return main.textContent; }");
      assertThat(outsideDetails).doesNotContainPattern("\\b[USXFP]\\d+\\b");
      assertThat(page.textContent("details.for-clinicians")).containsPattern("\\b[USXFP]\\d+\\b");
      Browser.assertAccessible(page, "person view", Browser.Look.BOTH_THEMES);

      page.click("nav.ranges a >> text=90 days");

      assertThat(page.url()).contains("days=90");
      assertThat(page.textContent("#trend-heading")).isEqualTo("Pain over the last 90 days");
      assertThat(page.getAttribute("nav.ranges a >> text=90 days", "aria-current"))
          .isEqualTo("page");
      page.click("nav.ranges a >> text=365 days");
      assertThat(page.locator("svg[aria-labelledby^=pain-chart-title] circle").count())
          .isGreaterThan(10);
      Browser.assertAccessible(page, "person view, a year", Browser.Look.BOTH_THEMES);
    }
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheDeskThePeopleFilteredAndAPersonsView() {
    seedTheDemo();
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = signedIn(context, DemoCommand.CLINICIAN);
      shots(page, "clinician-desk");
      page.navigate(server.url("/clinician?sort=pain&filter=attention"));
      shots(page, "clinician-people-attention");
      page.click("table.people >> text=" + DemoCommand.PERSON_WITH_ALERT);
      shots(page, "clinician-person");
    }
  }

  /** The page at a laptop's 1280 × 800 and a phone's 390 × 844, light and dark, whole. */
  private static void shots(Page page, String name) {
    for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
      page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
      String theme = scheme == ColorScheme.LIGHT ? "light" : "dark";
      page.setViewportSize(1280, 800);
      Browser.screenshot(page, name + "-laptop-" + theme);
      page.setViewportSize(390, 844);
      Browser.screenshot(page, name + "-phone-" + theme);
    }
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
    page.setViewportSize(1280, 900);
  }
}
