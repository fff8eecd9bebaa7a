package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlTest {
  @Test
  void bindsEachParameterByItsTypeAndReadsTheRowsBackInOrder() {
    try (Database database = Database.openForOneCommand("jdbc:h2:mem:")) {
      Instant at = Instant.parse("2026-03-01T08:30:00Z");

      List<String> rows =
          database.query(
              "round trip",
              connection -> {
                Sql.update(
                    connection,
                    "CREATE TABLE probe (word VARCHAR(20), number INT, flag BOOLEAN,"
                        + " taken_at TIMESTAMP WITH TIME ZONE, taken_on DATE, missing INT)");
                Sql.update(
                    connection,
                    "INSERT INTO probe VALUES (?, ?, ?, ?, ?, ?)",
                    "two",
                    2,
                    true,
                    at,
                    LocalDate.of(2026, 3, 1),
                    Sql.nullable(null, Types.INTEGER));
                Sql.update(
                    connection,
                    "INSERT INTO probe VALUES (?, ?, ?, ?, ?, ?)",
                    "one",
                    1,
                    false,
                    at,
                    LocalDate.of(2026, 3, 2),
                    7);
                return Sql.list(
                    connection,
                    "SELECT word, number, flag, taken_at, taken_on, missing FROM probe ORDER BY number",
                    row ->
                        String.join(
                            " ",
                            row.getString(1),
                            String.valueOf(row.getInt(2)),
                            String.valueOf(row.getBoolean(3)),
                            Rows.instant(row, 4).toString(),
                            row.getObject(5, LocalDate.class).toString(),
                            String.valueOf(row.getObject(6))));
              });

      assertThat(rows)
          .containsExactly(
              "one 1 false 2026-03-01T08:30:00Z 2026-03-02 7",
              "two 2 true 2026-03-01T08:30:00Z 2026-03-01 null");
    }
  }

  @Test
  void refusesABareNullNamingItsPositionSoEveryNullSaysItsSqlType() {
    try (Database database = Database.openForOneCommand("jdbc:h2:mem:")) {

      assertThatThrownBy(
              () ->
                  database.query(
                      "bind a null",
                      connection ->
                          Sql.exists(
                              connection, "SELECT 1 FROM accounts WHERE id = ?", (Object) null)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("parameter 1")
          .hasMessageContaining("found null");
    }
  }

  @Test
  void anEmptyResultIsEmptyForOptionalAndAFailureWithContextForOne() {
    try (Database database = Database.openForOneCommand("jdbc:h2:mem:")) {

      Optional<String> nobody =
          database.query(
              "find nobody",
              connection ->
                  Sql.optional(
                      connection,
                      "SELECT email FROM accounts WHERE id = ?",
                      row -> row.getString(1),
                      "nobody"));

      assertThat(nobody).isEmpty();
      assertThatThrownBy(
              () ->
                  database.query(
                      "read the one account",
                      connection ->
                          Sql.one(
                              connection,
                              "SELECT email FROM accounts WHERE id = ?",
                              row -> row.getString(1),
                              "nobody")))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("read the one account: no row from: SELECT email");
    }
  }
}
