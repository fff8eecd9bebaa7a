package dev.limber.render.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The compiled templates of src/main/jte (checked when Limber is built, HTML-escaped by default);
 * thread-safe.
 */
public final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.limber.render.html.jte");

  private Templates() {}

  /** The HTML of {@code template} (a path under src/main/jte, e.g. {@code home.jte}). */
  public static String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput(8 * 1024);
    ENGINE.render(template, params, output);
    return output.toString();
  }
}
