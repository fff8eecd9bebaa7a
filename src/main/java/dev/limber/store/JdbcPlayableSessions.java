package dev.limber.store;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import dev.limber.json.Json;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.session.FromProgram;
import dev.limber.session.PlayableSession;
import dev.limber.session.PlayableSessions;
import dev.limber.session.Segment;
import dev.limber.session.SegmentKind;
import dev.limber.session.Side;
import dev.limber.session.StepDose;
import dev.limber.session.Timeline;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Playable sessions in the database (migration V64): the timeline is kept as JSON, its routine's
 * doses and every segment as the server computed them, and read back against the catalog. A session
 * whose techniques have left the catalog can no longer be played and is not found.
 */
public final class JdbcPlayableSessions implements PlayableSessions {
  private final Database database;
  private final Catalog catalog;

  public JdbcPlayableSessions(Database database, Catalog catalog) {
    this.database = database;
    this.catalog = catalog;
  }

  @Override
  public void add(PlayableSession session) {
    database.query(
        "add a playable session",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO playable_sessions (id, account_id, timeline, created_at,"
                      + " expires_at, played_at, program_id, program_version)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.id());
            insert.setString(2, session.owner().orElse(null));
            insert.setString(3, Json.write(timelineJson(session.timeline())));
            insert.setObject(4, JdbcAccounts.timestamp(session.created()));
            insert.setObject(5, JdbcAccounts.timestamp(session.expires()));
            insert.setObject(6, session.played().map(JdbcAccounts::timestamp).orElse(null));
            insert.setString(7, session.program().map(FromProgram::programId).orElse(null));
            insert.setObject(
                8, session.program().map(FromProgram::version).orElse(null), Types.INTEGER);
            return insert.executeUpdate();
          }
        });
  }

  @Override
  public Optional<PlayableSession> find(String id) {
    return database.query(
        "find a playable session",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, account_id, timeline, created_at, expires_at, played_at,"
                      + " program_id, program_version FROM playable_sessions WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              Optional<Timeline> timeline = timeline(rows.getString("timeline"));
              if (timeline.isEmpty()) {
                return Optional.empty();
              }
              Optional<Instant> played =
                  rows.getObject("played_at") == null
                      ? Optional.empty()
                      : Optional.of(JdbcAccounts.instant(rows, "played_at"));
              Optional<FromProgram> program =
                  rows.getString("program_id") == null
                      ? Optional.empty()
                      : Optional.of(
                          new FromProgram(
                              rows.getString("program_id"), rows.getInt("program_version")));
              return Optional.of(
                  new PlayableSession(
                      rows.getString("id"),
                      Optional.ofNullable(rows.getString("account_id")),
                      timeline.get(),
                      JdbcAccounts.instant(rows, "created_at"),
                      JdbcAccounts.instant(rows, "expires_at"),
                      played,
                      program));
            }
          }
        });
  }

  @Override
  public boolean markPlayed(String id, Instant at) {
    return database.query(
            "mark a playable session played",
            connection -> {
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "UPDATE playable_sessions SET played_at = ?"
                          + " WHERE id = ? AND played_at IS NULL")) {
                update.setObject(1, JdbcAccounts.timestamp(at));
                update.setString(2, id);
                return update.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public int countAnonymous(Instant now) {
    return database.query(
        "count anonymous playable sessions",
        connection -> {
          try (PreparedStatement count =
              connection.prepareStatement(
                  "SELECT COUNT(*) FROM playable_sessions"
                      + " WHERE account_id IS NULL AND expires_at > ?")) {
            count.setObject(1, JdbcAccounts.timestamp(now));
            try (ResultSet rows = count.executeQuery()) {
              rows.next();
              return rows.getInt(1);
            }
          }
        });
  }

  @Override
  public int removeExpired(Instant now) {
    return database.query(
        "forget expired playable sessions",
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM playable_sessions WHERE expires_at <= ?")) {
            delete.setObject(1, JdbcAccounts.timestamp(now));
            return delete.executeUpdate();
          }
        });
  }

  private static Map<String, Object> timelineJson(Timeline timeline) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("routine", timeline.doses());
    json.put("segments", timeline.segments());
    return json;
  }

  private Optional<Timeline> timeline(String text) {
    Map<?, ?> json = (Map<?, ?>) Json.parse(text);
    List<RoutineStep> steps = new ArrayList<>();
    for (Object item : (List<?>) json.get("routine")) {
      Map<?, ?> dose = (Map<?, ?>) item;
      Optional<Technique> technique = catalog.find((String) dose.get("techniqueId"));
      if (technique.isEmpty()) {
        return Optional.empty();
      }
      StepDose stored =
          new StepDose(
              technique.get().id(),
              number(dose, "holdSeconds"),
              number(dose, "reps"),
              number(dose, "sides"));
      try {
        steps.add(
            new RoutineStep(technique.get(), stored.holdSeconds(), stored.reps(), stored.sides()));
      } catch (IllegalArgumentException e) {
        // The catalog's dose bounds changed since: the stored routine cannot be played any more.
        return Optional.empty();
      }
    }
    List<Segment> segments = new ArrayList<>();
    for (Object item : (List<?>) json.get("segments")) {
      Map<?, ?> segment = (Map<?, ?>) item;
      segments.add(
          new Segment(
              SegmentKind.valueOf((String) segment.get("kind")),
              (String) segment.get("label"),
              number(segment, "seconds"),
              (String) segment.get("techniqueId"),
              segment.get("side") == null ? null : Side.valueOf((String) segment.get("side")),
              segment.get("rep") == null ? null : number(segment, "rep")));
    }
    try {
      return Optional.of(new Timeline(new Routine(steps), segments));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int number(Map<?, ?> json, String name) {
    return ((Number) json.get(name)).intValue();
  }
}
