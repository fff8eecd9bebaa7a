package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.Secrets;
import dev.limber.app.AccountService;
import dev.limber.app.FollowingService;
import dev.limber.app.ProgramDayService;
import dev.limber.app.ProgramServices;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.program.Alert;
import dev.limber.program.AlertKind;
import dev.limber.program.Caseload;
import dev.limber.program.CaseloadEntry;
import dev.limber.screening.RuleBook;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcAttempts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.http.Argon2PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber demo --clinician} seeds every state of the clinician's desk in one command. */
class DemoCommandTest {
  @TempDir Path home;

  @Test
  void theDemoSeedsAPersonWhoseProgramRunsOneWithAnAlertAndAMildStopAndOneQuietForEightDays() {
    String db = "jdbc:h2:file:" + home.resolve("limber");

    CliRun demo = CliRun.of("demo", "--clinician", "--db", db);

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains(DemoCommand.CLINICIAN)
        .contains(DemoCommand.PASSWORD)
        .contains("http://127.0.0.1:8080/sign-in")
        .contains("/clinician");
    try (Database database = Database.open(db)) {
      Clock clock = Clock.systemDefaultZone();
      ProgramServices programs =
          new ProgramServices(
              new JdbcPrograms(database),
              new JdbcAccounts(database),
              new JdbcAttempts(database),
              id -> new JdbcJournal(database, id),
              Services.of(Catalog.bundled(), RuleBook.bundled(), clock),
              clock,
              new SplittableRandom(24));
      String clinician = programs.clinicians().requireAccount(DemoCommand.CLINICIAN);
      Caseload caseload = programs.desk().people(clinician, "name", null);
      Map<String, CaseloadEntry> byEmail =
          caseload.people().stream()
              .collect(Collectors.toMap(CaseloadEntry::email, Function.identity()));

      CaseloadEntry runs = byEmail.get(DemoCommand.PERSON);
      assertThat(runs.needsAttention()).as(runs.alerts().toString()).isFalse();
      FollowingService.PersonView runsView =
          programs.following().person(clinician, runs.personId());
      assertThat(runsView.latestVerdict())
          .hasValueSatisfying(verdict -> assertThat(verdict.allowsSession()).isTrue());
      assertThat(runsView.heldBack()).isEmpty();
      AccountService accounts =
          new AccountService(
              new JdbcAccounts(database),
              new Argon2PasswordHasher(),
              new JdbcAttempts(database),
              clock);
      AccountService.SignedIn signedIn =
          accounts.signIn(DemoCommand.PERSON, DemoCommand.PASSWORD, "127.0.0.1");
      String signedInPerson =
          new JdbcAccounts(database)
              .findSession(Secrets.hash(signedIn.secret()), Instant.now())
              .orElseThrow()
              .accountId();
      assertThat(signedInPerson).isEqualTo(runs.personId());
      ProgramDayService.Today today =
          programs.days().fromTodaysScreening(signedInPerson).orElseThrow();
      assertThat(today.clinicianHeadline()).isEmpty();
      assertThat(today.heldBack()).isEmpty();
      assertThat(today.planned().plan().routine())
          .as(today.planned().plan().reasons().toString())
          .isNotNull();
      assertThat(today.planned().plan().routine().techniqueIds())
          .containsExactly(
              "upward-stretch",
              "armchair-twist",
              "butterfly-elbows",
              "clasped-hands-forward-reach");
      assertThat(today.planned().plan().guidance())
          .isNotEmpty()
          .noneMatch(guidance -> guidance.aboutSelfCracking());

      CaseloadEntry alerted = byEmail.get(DemoCommand.PERSON_WITH_ALERT);
      assertThat(alerted.alerts())
          .extracting(Alert::kind)
          .contains(AlertKind.HIGH_PAIN, AlertKind.PAIN_NOTED);
      assertThat(alerted.latestPain()).hasValue(7);
      assertThat(programs.following().person(clinician, alerted.personId()).mildStops()).hasSize(1);

      CaseloadEntry quiet = byEmail.get(DemoCommand.PERSON_QUIET);
      assertThat(quiet.quiet()).isTrue();
      assertThat(quiet.lastSession())
          .hasValueSatisfying(
              last ->
                  assertThat(Duration.between(last, Instant.now()))
                      .isGreaterThanOrEqualTo(Duration.ofDays(DemoCommand.QUIET_DAYS - 1))
                      .isLessThan(Duration.ofDays(DemoCommand.QUIET_DAYS + 1)));
      assertThat(programs.desk().people(clinician, "name", "attention").people())
          .extracting(CaseloadEntry::email)
          .containsExactly(DemoCommand.PERSON_WITH_ALERT, DemoCommand.PERSON_QUIET);
    }
  }
}
