package dev.limber.web.pages;

import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.web.http.Caller;
import dev.limber.web.http.PlanRequest;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The journey's pages: the questionnaire at {@code /check} (one topic per page, the answers so far
 * carried in the form and checked again on every post, nothing kept on the server for anonymous
 * use), the verdict, the routine at {@code /plan}, and the technique pages. Every page works with
 * JavaScript off; screening and planning go through the application services only. One class per
 * page family: {@link QuestionnairePages}, {@link VerdictPage}, {@link PlanPages} and {@link
 * TechniquePages}.
 */
public final class JourneyPages {
  private final QuestionnairePages questionnaire;
  private final PlanPages plan;
  private final TechniquePages techniques;

  public JourneyPages(
      Pages pages,
      Function<Caller, Person> people,
      Services services,
      Predicate<String> followsClinician,
      Clock clock) {
    PlanRequest request = new PlanRequest(services, clock);
    VerdictPage verdict = new VerdictPage(pages, services, followsClinician, request);
    this.questionnaire = new QuestionnairePages(pages, people, services, verdict);
    this.plan = new PlanPages(pages, people, services, verdict, request, clock);
    this.techniques = new TechniquePages(pages, services);
  }

  public void register(Javalin app) {
    questionnaire.register(app);
    plan.register(app);
    techniques.register(app);
  }
}
