package dev.limber.store;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderCalendars;
import dev.limber.journal.ReminderSettings;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    database.inTransaction(
        "keep the reminder calendar",
        connection -> {
          delete(connection, owner);
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO journal_reminder_calendar ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ReminderSettings settings = calendar.settings();
            insert.setString(1, owner);
            insert.setString(2, calendar.secret());
            insert.setString(3, settings.from().toString());
            insert.setString(4, settings.to().toString());
            if (settings.every().isPresent()) {
              insert.setInt(5, (int) settings.every().get().toMinutes());
            } else {
              insert.setNull(5, Types.INTEGER);
            }
            insert.setString(
                6, String.join(" ", settings.at().stream().map(LocalTime::toString).toList()));
            insert.setString(
                7, String.join(" ", settings.daysInOrder().stream().map(Enum::name).toList()));
            insert.setInt(8, settings.minutes());
            insert.setString(9, settings.place().name());
            insert.setString(
                10,
                String.join(" ", settings.equipment().stream().map(Enum::name).sorted().toList()));
            insert.setString(11, settings.zone().getId());
            insert.setInt(12, calendar.sequence());
            insert.setDate(13, Date.valueOf(calendar.since()));
            insert.setObject(14, calendar.updated().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean remove(String owner) {
    return database.inTransaction(
        "remove the reminder calendar", connection -> delete(connection, owner) > 0);
  }

  private static int delete(Connection connection, String owner) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM journal_reminder_calendar WHERE owner = ?")) {
      delete.setString(1, owner);
      return delete.executeUpdate();
    }
  }

  private Optional<Owned> one(String what, String column, String value) {
    return database.query(
        what,
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM journal_reminder_calendar WHERE "
                      + column
                      + " = ?")) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
              return rows.next() ? Optional.of(owned(rows)) : Optional.empty();
            }
          }
        });
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
    Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    for (String name : rows.getString(10).split(" ")) {
      if (!name.isEmpty()) {
        equipment.add(Equipment.valueOf(name));
      }
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
            equipment,
            ZoneId.of(rows.getString(11)));
    return new Owned(
        rows.getString(1),
        new ReminderCalendar(
            settings,
            rows.getString(2),
            rows.getInt(12),
            rows.getDate(13).toLocalDate(),
            rows.getObject(14, OffsetDateTime.class).toInstant()));
  }
}
