package dev.limber.render.html;

import java.util.List;
import java.util.Optional;

/**
 * What every page's layout needs besides its own content: the title, the form token, who is signed
 * in, where the page lives (for the navigation), the chosen theme and the page's own scripts and
 * stylesheets.
 *
 * @param title the page's own title; the layout adds "Limber"
 * @param csrfToken the token every form and fetch of this page sends back
 * @param signedInAs the signed-in person's e-mail address, empty for anonymous use
 * @param path the page's path, to mark the current navigation entry
 * @param theme {@code light}, {@code dark} or {@code auto} (follows the system)
 * @param scripts the ES modules the page loads, as asset names ({@code player.js})
 * @param stylesheets the stylesheets the page loads besides {@code limber.css}, as asset names
 *     ({@link #CHART_STYLES}, {@link #DESK_STYLES}, {@link #JOURNAL_STYLES}, {@link
 *     #ROUTINE_STYLES})
 */
public record PageChrome(
    String title,
    String csrfToken,
    Optional<String> signedInAs,
    String path,
    String theme,
    List<String> scripts,
    List<String> stylesheets) {
  /** The stylesheet of the journal's charts, for a page that draws them. */
  public static final String CHART_STYLES = "charts.css";

  /** The stylesheet of the clinician's desk, the program builder and a person's program. */
  public static final String DESK_STYLES = "desk.css";

  /** The stylesheet of the journal's history table. */
  public static final String JOURNAL_STYLES = "journal.css";

  /** The stylesheet of the routine form and the folded lists of the verdict and plan pages. */
  public static final String ROUTINE_STYLES = "routine.css";

  private static final List<String> STYLESHEETS =
      List.of(CHART_STYLES, DESK_STYLES, JOURNAL_STYLES, ROUTINE_STYLES);

  public PageChrome {
    if (title == null || title.isBlank() || csrfToken == null || path == null) {
      throw new IllegalArgumentException("a page needs a title, a form token and a path");
    }
    if (!List.of("light", "dark", "auto").contains(theme)) {
      throw new IllegalArgumentException("theme must be light, dark or auto: " + theme);
    }
    scripts = List.copyOf(scripts);
    stylesheets = List.copyOf(stylesheets);
    for (String stylesheet : stylesheets) {
      if (!STYLESHEETS.contains(stylesheet)) {
        throw new IllegalArgumentException(
            "stylesheet must be one of " + STYLESHEETS + ": " + stylesheet);
      }
    }
    signedInAs = signedInAs == null ? Optional.empty() : signedInAs;
  }

  public boolean signedIn() {
    return signedInAs.isPresent();
  }

  /** {@code aria-current="page"} belongs on the navigation entry for {@code prefix}. */
  public boolean current(String prefix) {
    return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
  }

  /**
   * What search results and link previews say about this page ({@code <meta name="description">}),
   * by the page's path; a template may pass its own to the layout instead.
   */
  public String description() {
    if (path.equals("/")) {
      return "Limber: safety-first self-care for a stiff upper back. Answer a few safety questions,"
          + " then follow a short routine of gentle stretches that suits you today.";
    }
    for (String[] entry : DESCRIPTIONS) {
      if (path.startsWith(entry[0])) {
        return entry[1];
      }
    }
    return "Limber: safety-first self-care for a stiff upper back, with the safety questions"
        + " first and a short routine of gentle stretches after them.";
  }

  private static final String[][] DESCRIPTIONS = {
    {
      "/techniques",
      "Limber's stretches and self-care techniques for the upper back, each with"
          + " a drawing, its steps, its dose and its sources."
    },
    {
      "/check",
      "Answer Limber's safety questions to find out what suits your back today, and when"
          + " to see a physiotherapist or doctor instead."
    },
    {
      "/plan",
      "Today's back routine, planned for your answers, your place, what you have at hand"
          + " and your time."
    },
    {
      "/play",
      "Play today's back routine step by step, with a timer, a pain check and a stop" + " button."
    },
    {"/journal", "Your private journal of pain check-ins, sessions, screenings and reviews."},
    {"/calendar", "Put short desk-break reminders for your back into your calendar."},
    {"/program", "The exercise program your clinician wrote for you, gated by your own screening."},
    {"/clinician", "Limber for clinicians: programs for the people who joined you."},
  };

  /** The same chrome with the page's ES modules. */
  public PageChrome withScripts(String... names) {
    return new PageChrome(title, csrfToken, signedInAs, path, theme, List.of(names), stylesheets);
  }

  /** The same chrome with the page's own stylesheets, such as {@link #CHART_STYLES}. */
  public PageChrome withStylesheets(String... names) {
    return new PageChrome(title, csrfToken, signedInAs, path, theme, scripts, List.of(names));
  }
}
