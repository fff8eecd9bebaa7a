package dev.limber.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Attempts kept in a list, for throttle tests; the store's JdbcAttempts keeps them in a table. */
final class InMemoryAttempts implements Attempts {
  private record Row(String attemptId, String key, Instant at) {}

  private final List<Row> rows = new ArrayList<>();

  @Override
  public synchronized List<Integer> record(
      String attemptId, List<String> keys, Instant at, Instant since) {
    keys.forEach(key -> rows.add(new Row(attemptId, key, at)));
    return keys.stream()
        .map(
            key ->
                (int)
                    rows.stream()
                        .filter(row -> row.key().equals(key) && !row.at().isBefore(since))
                        .count())
        .toList();
  }

  @Override
  public synchronized void forget(String attemptId) {
    rows.removeIf(row -> row.attemptId().equals(attemptId));
  }

  @Override
  public synchronized void clear(String key) {
    rows.removeIf(row -> row.key().equals(key));
  }

  synchronized long rowsUnder(String key) {
    return rows.stream().filter(row -> row.key().equals(key)).count();
  }
}
