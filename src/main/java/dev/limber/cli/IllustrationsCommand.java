package dev.limber.cli;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Illustrator;
import dev.limber.catalog.Technique;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber illustrations --out DIR}: every still (each step, each side) and every animation as
 * SVG files, with an {@code index.html} contact sheet that shows them beside their steps.
 */
public final class IllustrationsCommand implements Command {
  private final Supplier<Catalog> catalog;
  private final Supplier<Illustrator> illustrator;

  public IllustrationsCommand(Supplier<Catalog> catalog, Supplier<Illustrator> illustrator) {
    this.catalog = catalog;
    this.illustrator = illustrator;
  }

  @Override
  public String name() {
    return "illustrations";
  }

  @Override
  public String summary() {
    return "Write every technique's drawings as SVG, with an index.html contact sheet";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("out", "DIR", "the directory to write into (created if missing); required"));
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    Path out =
        Path.of(
            arguments.value("out").orElseThrow(() -> new UsageException("--out DIR is required")));
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out: not a directory: " + out);
    }
    Files.createDirectories(out);
    Illustrator drawer = illustrator.get();
    StringBuilder sheet = new StringBuilder();
    sheet
        .append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Limber illustrations</title><style>")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:1rem;color:#222;background:#fff}")
        .append("section{margin:0 0 1.5rem}figure{display:inline-block;vertical-align:top;")
        .append("width:15rem;margin:0 .5rem .5rem 0}img{width:15rem;height:12rem;")
        .append("object-fit:contain;border:1px solid #ddd}figcaption{font-size:12px}")
        .append("@media (prefers-color-scheme:dark){body{color:#ddd;background:#1d1f22}")
        .append("img{border-color:#444}}</style></head><body>\n<h1>Limber illustrations</h1>\n")
        .append("<p>Catalog version ")
        .append(catalog.get().version())
        .append("</p>\n");
    int files = 0;
    for (Technique technique : catalog.get().techniques()) {
      Optional<Illustration> drawing = technique.findIllustration();
      if (drawing.isEmpty()) {
        continue;
      }
      List<Optional<BodySide>> sides = new ArrayList<>();
      drawing.get().sides().forEach(side -> sides.add(Optional.of(side)));
      if (sides.isEmpty()) {
        sides.add(Optional.empty());
      }
      for (Optional<BodySide> side : sides) {
        String suffix = side.map(value -> "-" + value.name().toLowerCase(Locale.ROOT)).orElse("");
        sheet
            .append("<section><h2>")
            .append(html(technique.name()))
            .append(
                side.map(value -> " (" + value.name().toLowerCase(Locale.ROOT) + " side)")
                    .orElse(""))
            .append("</h2>\n");
        for (int step : drawing.get().steps()) {
          String name = technique.id() + "-step" + step + suffix + ".svg";
          write(out.resolve(name), drawer.still(technique, step, side));
          files++;
          sheet
              .append("<figure><img src=\"")
              .append(name)
              .append("\" alt=\"\"><figcaption>")
              .append(step)
              .append(". ")
              .append(html(technique.steps().get(step - 1)))
              .append("</figcaption></figure>\n");
        }
        String animation = technique.id() + suffix + "-animated.svg";
        write(out.resolve(animation), drawer.animation(technique, side));
        files++;
        sheet
            .append("<figure><img src=\"")
            .append(animation)
            .append("\" alt=\"\"><figcaption>The whole movement</figcaption></figure></section>\n");
      }
    }
    write(out.resolve("index.html"), sheet.append("</body></html>\n").toString());
    io.out().println("Wrote " + files + " SVG files and index.html to " + out);
    return ExitCode.OK;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
