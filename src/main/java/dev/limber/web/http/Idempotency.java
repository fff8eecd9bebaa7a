package dev.limber.web.http;

import dev.limber.account.IdempotentAnswers;
import dev.limber.account.Secrets;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on the journal's POST routes (whichever of {@link #ROUTES} exist): the
 * first request with a key runs and its answer is kept for a day; a retry with the same key gets
 * that answer again ({@code Idempotent-Replayed: true}) and stores nothing; the same key with
 * another body answers 422, as the IETF Idempotency-Key draft says. Works around the route
 * handlers, so a route added to the list needs no code of its own.
 */
public final class Idempotency {
  static final String HEADER = "Idempotency-Key";
  static final List<String> ROUTES = List.of("/api/check-ins", "/api/sessions", "/api/reviews");
  static final int MAX_KEY_LENGTH = 200;
  private static final String CLAIMED = "limber.idempotency.claimed";

  private final IdempotentAnswers answers;
  private final Authentication authentication;
  private final Clock clock;

  public Idempotency(IdempotentAnswers answers, Authentication authentication, Clock clock) {
    this.answers = answers;
    this.authentication = authentication;
    this.clock = clock;
  }

  public void register(Javalin app) {
    for (String route : ROUTES) {
      app.before(route, this::before);
      app.after(route, this::after);
    }
  }

  private void before(Context context) {
    String key = context.header(HEADER);
    if (key == null || context.method() != HandlerType.POST) {
      return;
    }
    if (key.isEmpty()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(Idempotency::visible)) {
      throw Problem.invalidFields(
              List.of(
                  new dev.limber.json.FieldError(
                      HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters")))
          .exception();
    }
    Optional<Caller> caller = authentication.optional(context);
    if (caller.isEmpty()) {
      return;
    }
    String accountId = caller.get().accountId();
    byte[] body = Bodies.readBytes(context, Bodies.LIMIT_BYTES);
    // ISO-8859-1 maps every byte to one character, so the digest is of the exact bytes sent.
    String request =
        "POST "
            + context.path()
            + " "
            + Secrets.hash(new String(body, StandardCharsets.ISO_8859_1));
    IdempotentAnswers.Claim claim = answers.claim(accountId, key, request, clock.instant());
    if (claim instanceof IdempotentAnswers.Claim.Fresh) {
      context.attribute(CLAIMED, new Claimed(accountId, key));
    } else if (claim instanceof IdempotentAnswers.Claim.Replay replay) {
      context.header("Idempotent-Replayed", "true");
      context.status(replay.status()).contentType(Bodies.JSON).result(replay.body());
      context.skipRemainingHandlers();
    } else if (claim instanceof IdempotentAnswers.Claim.InProgress) {
      throw Problem.of(
              409,
              "idempotency-key-in-use",
              "Request still running",
              "a request with this " + HEADER + " has not been answered yet; retry shortly")
          .exception();
    } else {
      throw Problem.of(
              422,
              "idempotency-key-reused",
              "Idempotency key reused",
              "this " + HEADER + " was used for another request; use a new key")
          .exception();
    }
  }

  private void after(Context context) {
    Claimed claimed = context.attribute(CLAIMED);
    if (claimed == null) {
      return;
    }
    int status = context.statusCode();
    if (status >= 200 && status < 300) {
      String body = context.result();
      answers.complete(claimed.accountId(), claimed.key(), status, body == null ? "" : body);
    } else {
      answers.release(claimed.accountId(), claimed.key());
    }
  }

  private static boolean visible(int character) {
    return character > 0x20 && character < 0x7f;
  }

  private record Claimed(String accountId, String key) {}
}
