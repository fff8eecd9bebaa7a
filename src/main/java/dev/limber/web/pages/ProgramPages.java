package dev.limber.web.pages;

import dev.limber.app.ClinicianService;
import dev.limber.app.FollowingService;
import dev.limber.app.InvalidInput;
import dev.limber.app.JoiningService;
import dev.limber.app.NotFound;
import dev.limber.app.ProgramDayService;
import dev.limber.app.ProgramServices;
import dev.limber.catalog.Catalog;
import dev.limber.planning.RoutineStep;
import dev.limber.program.AccessVisits;
import dev.limber.program.ProgramItem;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.PageWords;
import dev.limber.web.http.ClientAddress;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person's program pages, working without JavaScript (plain forms, post-redirect-get): joining
 * (code, then who and what is shared, then consent), their program with today's session and their
 * clinician, the access log, and leaving.
 */
public final class ProgramPages {
  private final Pages pages;
  private final ClinicianService clinicians;
  private final JoiningService joining;
  private final ProgramDayService days;
  private final FollowingService following;
  private final ClientAddress clientAddress;

  public ProgramPages(Pages pages, ProgramServices programs, ClientAddress clientAddress) {
    this.pages = pages;
    this.clinicians = programs.clinicians();
    this.joining = programs.joining();
    this.days = programs.days();
    this.following = programs.following();
    this.clientAddress = clientAddress;
  }

  public void register(Javalin app) {
    app.get("/join", context -> join(context, "", null, null, 200));
    app.post("/join/preview", this::preview);
    app.post("/join", this::joinNow);
    app.get("/program", this::program);
    app.post("/program/leave", this::leave);
    app.get("/program/access-log", this::accessLog);
  }

  private String account(Context context) {
    return pages.signedIn(context).caller().orElseThrow().accountId();
  }

  private String posting(Context context) {
    pages.signedIn(context);
    return pages.posted(context).caller().orElseThrow().accountId();
  }

  private void join(
      Context context, String code, String error, JoiningService.Preview preview, int status) {
    pages.signedIn(context);
    Map<String, Object> params = new HashMap<>();
    params.put("code", code);
    params.put("error", error);
    params.put("preview", preview);
    context.status(status);
    pages.render(context, "join.jte", pages.chrome(context, "Join your clinician"), params);
  }

  private void preview(Context context) {
    String account = posting(context);
    String code = Optional.ofNullable(context.formParam("code")).orElse("");
    try {
      JoiningService.Preview preview = joining.preview(account, clientAddress.of(context), code);
      join(context, code, null, preview, 200);
    } catch (InvalidInput e) {
      join(context, code, e.errors().get(0).message(), null, 400);
    } catch (NotFound e) {
      join(
          context,
          code,
          "no code like this is waiting to be used: check it with your clinician",
          null,
          400);
    } catch (JoiningService.Throttled e) {
      context.header("Retry-After", Long.toString(e.retryAfter().toSeconds()));
      join(context, code, "too many codes tried: wait 15 minutes, then try again", null, 429);
    }
  }

  private void joinNow(Context context) {
    String account = posting(context);
    String code = Optional.ofNullable(context.formParam("code")).orElse("");
    if (!"true".equals(context.formParam("consent"))) {
      join(context, code, "tick the box to agree before you join", null, 400);
      return;
    }
    try {
      joining.join(
          account, clientAddress.of(context), code, "true".equals(context.formParam("shareNotes")));
    } catch (InvalidInput e) {
      join(context, code, e.errors().get(0).message(), null, 400);
      return;
    } catch (NotFound e) {
      join(
          context,
          code,
          "this code is no longer waiting to be used: ask your clinician for a new one",
          null,
          400);
      return;
    }
    context.redirect("/program", HttpStatus.SEE_OTHER);
  }

  private void program(Context context) {
    String account = account(context);
    Optional<JoiningService.Mine> mine = joining.mine(account);
    Map<String, Object> params = new HashMap<>();
    params.put("mine", mine.orElse(null));
    Optional<ProgramDayService.Today> today =
        mine.isPresent() ? days.fromTodaysScreening(account) : Optional.empty();
    params.put("today", today.orElse(null));
    params.put("lifted", today.map(ProgramDayService.Today::lifted).orElse(Set.of()));
    params.put("names", ClinicianPages.techniqueNames(days.catalog()));
    params.put("clinician", clinicians.isClinician(account));
    params.put("catalogVersion", days.catalog().version());
    params.put("doses", mine.map(each -> doses(each, days.catalog())).orElse(Map.of()));
    pages.render(
        context,
        "program.jte",
        pages.chrome(context, "Your program").withStylesheets(PageChrome.DESK_STYLES),
        params);
  }

  /** Each step's dose in the words the session pages use: {@code 20 s hold × 2 each side}. */
  private static Map<String, String> doses(JoiningService.Mine mine, Catalog catalog) {
    Map<String, String> doses = new HashMap<>();
    for (ProgramItem item : mine.program().program().items()) {
      catalog
          .find(item.techniqueId())
          .ifPresent(
              technique ->
                  doses.put(
                      item.techniqueId(),
                      PageWords.dose(
                          new RoutineStep(
                              technique, item.holdSeconds(), item.reps(), item.sides()))));
    }
    return doses;
  }

  private void leave(Context context) {
    String account = posting(context);
    joining.leave(account);
    context.redirect("/program", HttpStatus.SEE_OTHER);
  }

  private void accessLog(Context context) {
    String account = account(context);
    pages.render(
        context,
        "program-log.jte",
        pages.chrome(context, "Access log"),
        Map.of(
            "visits",
            AccessVisits.of(following.accessLog(account), following.zone()),
            "zone",
            following.zone()));
  }
}
