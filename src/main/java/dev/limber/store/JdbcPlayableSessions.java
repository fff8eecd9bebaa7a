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
import java.sql.ResultSet;
import java.sql.SQLException;
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
        connection ->
            Sql.update(
                connection,
                "INSERT INTO playable_sessions (id, account_id, timeline, created_at,"
                    + " expires_at, played_at, program_id, program_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                session.id(),
                Sql.nullable(session.owner().orElse(null), Types.VARCHAR),
                Json.write(timelineJson(session.timeline())),
                session.created(),
                session.expires(),
                Sql.nullable(session.played().orElse(null), Types.TIMESTAMP_WITH_TIMEZONE),
                Sql.nullable(
                    session.program().map(FromProgram::programId).orElse(null), Types.VARCHAR),
                Sql.nullable(
                    session.program().map(FromProgram::version).orElse(null), Types.INTEGER)));
  }

  @Override
  public Optional<PlayableSession> find(String id) {
    return database
        .query(
            "find a playable session",
            connection ->
                Sql.optional(
                    connection,
                    "SELECT id, account_id, timeline, created_at, expires_at, played_at,"
                        + " program_id, program_version FROM playable_sessions WHERE id = ?",
                    this::session,
                    id))
        .flatMap(session -> session);
  }

  private Optional<PlayableSession> session(ResultSet row) throws SQLException {
    Optional<Timeline> timeline = timeline(row.getString("timeline"));
    if (timeline.isEmpty()) {
      return Optional.empty();
    }
    Optional<FromProgram> program =
        row.getString("program_id") == null
            ? Optional.empty()
            : Optional.of(
                new FromProgram(row.getString("program_id"), row.getInt("program_version")));
    return Optional.of(
        new PlayableSession(
            row.getString("id"),
            Optional.ofNullable(row.getString("account_id")),
            timeline.get(),
            Rows.instant(row, "created_at"),
            Rows.instant(row, "expires_at"),
            Rows.optionalInstant(row, "played_at"),
            program));
  }

  @Override
  public boolean markPlayed(String id, Instant at) {
    return database.query(
            "mark a playable session played",
            connection ->
                Sql.update(
                    connection,
                    "UPDATE playable_sessions SET played_at = ?"
                        + " WHERE id = ? AND played_at IS NULL",
                    at,
                    id))
        == 1;
  }

  @Override
  public int countAnonymous(Instant now) {
    return database.query(
        "count anonymous playable sessions",
        connection ->
            Sql.one(
                connection,
                "SELECT COUNT(*) FROM playable_sessions"
                    + " WHERE account_id IS NULL AND expires_at > ?",
                row -> row.getInt(1),
                now));
  }

  @Override
  public int removeExpired(Instant now) {
    return database.query(
        "forget expired playable sessions",
        connection ->
            Sql.update(connection, "DELETE FROM playable_sessions WHERE expires_at <= ?", now));
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
