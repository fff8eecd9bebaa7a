package dev.limber.store;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderCalendars;
import dev.limber.journal.ReminderSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Desk-break calendars in the {@code journal_reminder_calendar} table (V65), one per owner. */
public final class JdbcReminderCalendars implements ReminderCalendars {
  private static final String COLUMNS =
      "owner, secret, from_time, to_time, every_minutes, at_times, week_days, minutes, place,"
          + " equipment, time_zone, seq_number, since, updated_at";

  private final Database database;

  public JdbcReminderCalendars(Database database) {
    this.database = database;
  }

  @Override
  public Optional<ReminderCalendar> find(String owner) {
    return one("read the reminder calendar", "owner", owner).map(Owned::calendar);
  }

  @Override
  public Optional<Owned> findBySecret(String secret) {
    return one("find the reminder calendar", "secret", secret);
  }

  @Override
  public void put(String owner, ReminderCalendar calendar) {
    ReminderSettings settings = calendar.settings();
    database.inTransaction(
        "keep the reminder calendar",
        connection -> {
          delete(connection, owner);
          return Sql.update(
              connection,
              "INSERT INTO journal_reminder_calendar ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              owner,
              calendar.secret(),
              settings.from().toString(),
              settings.to().toString(),
              Sql.nullable(
                  settings.every().map(every -> (int) every.toMinutes()).orElse(null),
                  Types.INTEGER),
              String.join(" ", settings.at().stream().map(LocalTime::toString).toList()),
              String.join(" ", settings.daysInOrder().stream().map(Enum::name).toList()),
              settings.minutes(),
              settings.place().name(),
              Rows.names(settings.equipment()),
              settings.zone().getId(),
              calendar.sequence(),
              calendar.since(),
              calendar.updated());
        });
  }

  @Override
  public boolean remove(String owner) {
    return database.inTransaction(
        "remove the reminder calendar", connection -> delete(connection, owner) > 0);
  }

  private static int delete(Connection connection, String owner) throws SQLException {
    return Sql.update(connection, "DELETE FROM journal_reminder_calendar WHERE owner = ?", owner);
  }

  private Optional<Owned> one(String what, String column, String value) {
    return database.query(
        what,
        connection ->
            Sql.optional(
                connection,
                "SELECT " + COLUMNS + " FROM journal_reminder_calendar WHERE " + column + " = ?",
                JdbcReminderCalendars::owned,
                value));
  }

  private static Owned owned(ResultSet rows) throws SQLException {
    int every = rows.getInt(5);
    Optional<Duration> interval =
        rows.wasNull() ? Optional.empty() : Optional.of(Duration.ofMinutes(every));
    List<LocalTime> at = new ArrayList<>();
    for (String time : rows.getString(6).split(" ")) {
      if (!time.isEmpty()) {
        at.add(LocalTime.parse(time));
      }
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : rows.getString(7).split(" ")) {
      days.add(DayOfWeek.valueOf(day));
    }
    ReminderSettings settings =
        new ReminderSettings(
            LocalTime.parse(rows.getString(3).trim()),
            LocalTime.parse(rows.getString(4).trim()),
            interval,
            at,
            days,
            rows.getInt(8),
            Setting.valueOf(rows.getString(9)),
            Rows.names(Equipment.class, rows.getString(10)),
            ZoneId.of(rows.getString(11)));
    return new Owned(
        rows.getString(1),
        new ReminderCalendar(
            settings,
            rows.getString(2),
            rows.getInt(12),
            rows.getDate(13).toLocalDate(),
            Rows.instant(rows, 14)));
  }
}
