package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.account.PasswordHasher;
import dev.limber.catalog.Catalog;
import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.WebOptions;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A real Limber server on a random loopback port over a real database, and a client for it. */
public final class ServerFixture implements AutoCloseable {
  private static final Catalog CATALOG = Catalog.bundled();

  public final WebServer server;
  public final Http http;
  private final Database database;
  private final Clock clock;

  private ServerFixture(WebServer server, Database database, Clock clock) {
    this.server = server;
    this.http = Http.to(server.port());
    this.database = database;
    this.clock = clock;
  }

  /** A server with a cheap password hasher and the default options. */
  public static ServerFixture start(Database database) {
    return start(database, WebOptions.defaults());
  }

  public static ServerFixture start(Database database, Clock clock) {
    return start(database, WebOptions.defaults(), new CheapHasher(), clock);
  }

  public static ServerFixture start(Database database, WebOptions options) {
    return start(database, options, new CheapHasher());
  }

  public static ServerFixture start(Database database, WebOptions options, PasswordHasher hasher) {
    return start(database, options, hasher, Clock.systemUTC());
  }

  public static ServerFixture start(
      Database database, WebOptions options, PasswordHasher hasher, Clock clock) {
    return new ServerFixture(
        new WebServer(
                Main.webServices(database, () -> CATALOG, clock, hasher),
                options,
                Main.readiness(database))
            .start("127.0.0.1", 0),
        database,
        clock);
  }

  /** A person signed in through the browser flow: their cookie and CSRF token. */
  public record SignedIn(String email, String cookie, String csrfToken) {
    public String[] reading() {
      return new String[] {"Cookie", cookie};
    }

    public String[] writing() {
      return new String[] {"Cookie", cookie, Authentication.CSRF_HEADER, csrfToken};
    }
  }

  public static final String PASSWORD = "correct horse battery";

  /** The body that re-enters the password, as deleting the account asks. */
  public static final String REAUTHENTICATION = "{\"password\":\"" + PASSWORD + "\"}";

  public SignedIn signUpAndIn(String email) {
    String credentials = credentials(email, PASSWORD);
    assertThat(http.post("/api/account", credentials).statusCode()).isEqualTo(202);
    return signIn(email, PASSWORD);
  }

  public SignedIn signIn(String email, String password) {
    HttpResponse<String> response = http.post("/api/login", credentials(email, password));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = (String) ((Map<?, ?>) Json.parse(response.body())).get("csrfToken");
    return new SignedIn(email, cookie, csrf);
  }

  /** What GET /api/session answers the person: their account id and a fresh CSRF token. */
  public Map<?, ?> session(SignedIn person) {
    HttpResponse<String> response = http.get("/api/session", person.reading());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return object(response);
  }

  /** The person's account id; like any GET /api/session, it renews their CSRF token. */
  public String accountId(SignedIn person) {
    return session(person).get("accountId").toString();
  }

  /**
   * The person with the CSRF token GET /api/session hands out now: asking for the session renews
   * the token, so the old one no longer counts.
   */
  public SignedIn renewed(SignedIn person) {
    return new SignedIn(person.email(), person.cookie(), (String) session(person).get("csrfToken"));
  }

  /** A new account made a clinician (as {@code limber clinician grant} does), signed in. */
  public SignedIn clinician(String email) {
    SignedIn signedIn = signUpAndIn(email);
    new JdbcPrograms(database).grantClinician(accountId(signedIn), clock.instant());
    return renewed(signedIn);
  }

  /** The id of a new program of {@code clinician}, made from its JSON document. */
  public String program(SignedIn clinician, String program) {
    HttpResponse<String> created =
        http.post("/api/clinician/programs", program, clinician.writing());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return (String) object(created).get("id");
  }

  /** A new join code for the program, as the clinician hands it to a person. */
  public String joinCode(SignedIn clinician, String programId) {
    HttpResponse<String> created =
        http.post("/api/clinician/programs/" + programId + "/codes", "", clinician.writing());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return (String) object(created).get("code");
  }

  /** The person joins with the code, consenting, sharing no notes. */
  public void join(SignedIn person, String code) {
    HttpResponse<String> joined =
        http.post("/api/join", "{\"code\": \"" + code + "\", \"consent\": true}", person.writing());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
  }

  /** The id of a new program of {@code clinician} that {@code person} has joined. */
  public String joinedProgram(SignedIn clinician, SignedIn person, String program) {
    String programId = program(clinician, program);
    join(person, joinCode(clinician, programId));
    return programId;
  }

  /** A personal API token of the signed-in person, as the {@code Authorization} header. */
  public String[] bearer(SignedIn person) {
    HttpResponse<String> response =
        http.post("/api/tokens", "{\"name\":\"test\"}", person.writing());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String token = (String) ((Map<?, ?>) Json.parse(response.body())).get("token");
    return new String[] {"Authorization", "Bearer " + token};
  }

  public static String credentials(String email, String password) {
    return Json.write(Map.of("email", email, "password", password));
  }

  public static List<?> array(HttpResponse<String> response) {
    return (List<?>) Json.parse(response.body());
  }

  public static Map<?, ?> object(HttpResponse<String> response) {
    return (Map<?, ?>) Json.parse(response.body());
  }

  @Override
  public void close() {
    server.close();
  }
}
