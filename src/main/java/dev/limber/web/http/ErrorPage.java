package dev.limber.web.http;

import io.javalin.http.Context;

/** The HTML page a person's browser is shown for a problem met on a page. */
@FunctionalInterface
public interface ErrorPage {
  /** Answers {@code problem} as this request's page, its status included. */
  void show(Context context, Problem problem);
}
