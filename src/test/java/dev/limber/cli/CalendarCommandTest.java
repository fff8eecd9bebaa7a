package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.TestDatabases;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  @TempDir Path folder;

  private CliRun calendar(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("calendar", "--db", TestDatabases.migratedH2Url(folder.resolve("journal"))));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void writesOneWeeklyEventPerBreakOfTheWorkingDay() throws Exception {
    Path out = folder.resolve("breaks.ics");

    CliRun run =
        calendar(
            "--from",
            "09:00",
            "--to",
            "17:30",
            "--every",
            "90m",
            "--days",
            "MO-FR",
            "--minutes",
            "3",
            "--tz",
            "Europe/London",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .isEqualTo(
            "Calendar written to "
                + out
                + ": 6 breaks a day (09:00, 10:30, 12:00, 13:30, 15:00, 16:30), 3 minutes each,"
                + " Europe/London. Import it into your calendar; write it again to bring in a new"
                + " screening.\n");
    Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(out)));
    assertThat(calendar.validate().getEntries()).isEmpty();
    assertThat(calendar.getComponents(Component.VEVENT)).hasSize(6);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fixedTimesGoToStandardOutput() {
    CliRun run = calendar("--at", "10:30,15:00", "--tz", "UTC", "--out", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("BEGIN:VCALENDAR").contains("UID:limber-local-1030@limber");
    assertThat(run.out().split("BEGIN:VEVENT", -1)).hasSize(3);
  }

  @Test
  void badSettingsAreNamedByOptionAndNoFileIsWritten() {
    Path out = folder.resolve("never.ics");

    CliRun run =
        calendar(
            "--from",
            "18:00",
            "--to",
            "09:00",
            "--every",
            "10m",
            "--days",
            "MO-FX",
            "--tz",
            "Nowhere/Town",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("--to: must be after from (18:00)")
        .contains("--every: must be at least 15 minutes")
        .contains("--days: unknown day \"FX\"")
        .contains("--tz: unknown time zone \"Nowhere/Town\"");
    assertThat(Files.exists(out)).isFalse();
  }
}
