package dev.limber.account;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A personal API token as stored: id, owner, a name for people, the hash of its secret, and when it
 * was made. Its JSON never includes the hash.
 */
public record ApiToken(String id, String accountId, String name, String secretHash, Instant created)
    implements JsonValue {
  /** Enough for every device and script a person runs; a bound on what one account can store. */
  public static final int MAX_PER_ACCOUNT = 20;

  public static final int MAX_NAME_LENGTH = 100;

  public ApiToken {
    if (id == null || accountId == null || name == null || secretHash == null || created == null) {
      throw new IllegalArgumentException("an API token needs all its fields: " + id);
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("name", name);
    json.put("created", created.toString());
    return json;
  }
}
