package dev.limber.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Illustration;
import dev.limber.catalog.Phase;
import dev.limber.catalog.Pose;
import dev.limber.catalog.Technique;
import dev.limber.web.pages.Browser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draws every technique's held position and its animation in Debian's headless Chromium (installed
 * by scripts/setup.sh, the test thread's own {@link Browser}) with the props hidden, overflow shown
 * and motion reduced, then checks the pixels: each figure is there, and none of it spills out of
 * its view box.
 */
class ChromiumRenderTest {
  private static final int PITCH = 250;
  private static final int BOX = 200;
  private static final int COLUMNS = 8;
  private static final int RING = 24;

  @TempDir Path folder;

  record Cell(String label, int left, int top, int width, int height) {}

  @Test
  void everyTechniqueIsDrawnAndStaysInsideItsViewBox() throws Exception {
    SvgIllustrator illustrator = new SvgIllustrator();
    List<Cell> cells = new ArrayList<>();
    StringBuilder page =
        new StringBuilder(
            "<!doctype html><html><head><style>html,body{margin:0;background:#fff}"
                + "svg{position:absolute;overflow:visible}.p,.pb,.bo,.g{display:none}"
                + "</style></head><body>");
    for (Technique technique : Drawings.CATALOG.techniques()) {
      Illustration drawing = technique.findIllustration().orElseThrow();
      Drawings held = new Drawings(technique, heldStep(drawing), Drawings.sides(drawing).get(0));
      Drawings movement = new Drawings(technique, null, held.side());
      for (Drawings shown : List.of(held, movement)) {
        String svg = shown.draw(illustrator);
        double[] viewBox = viewBox(svg);
        double scale = Math.min(BOX / viewBox[2], BOX / viewBox[3]);
        int index = cells.size();
        Cell cell =
            new Cell(
                shown.toString(),
                (index % COLUMNS) * PITCH + RING + 8,
                (index / COLUMNS) * PITCH + RING + 8,
                (int) Math.round(viewBox[2] * scale),
                (int) Math.round(viewBox[3] * scale));
        cells.add(cell);
        page.append(
            svg.replaceFirst(
                "width=\"\\d+\" height=\"\\d+\"",
                "width=\""
                    + cell.width()
                    + "\" height=\""
                    + cell.height()
                    + "\" style=\"left:"
                    + cell.left()
                    + "px;top:"
                    + cell.top()
                    + "px\""));
      }
    }
    Path html = folder.resolve("figures.html");
    Files.writeString(html, page.append("</body></html>").toString());
    int rows = (cells.size() + COLUMNS - 1) / COLUMNS;

    BufferedImage image = Browser.screenshot(html, COLUMNS * PITCH + RING, rows * PITCH + RING);

    for (Cell cell : cells) {
      int inside = 0;
      int outside = 0;
      for (int y = cell.top() - RING; y < cell.top() + cell.height() + RING; y++) {
        for (int x = cell.left() - RING; x < cell.left() + cell.width() + RING; x++) {
          boolean inBox =
              x >= cell.left() - 2
                  && x <= cell.left() + cell.width() + 2
                  && y >= cell.top() - 2
                  && y <= cell.top() + cell.height() + 2;
          if (!painted(image.getRGB(x, y))) {
            continue;
          }
          if (inBox) {
            inside++;
          } else {
            outside++;
          }
        }
      }
      assertThat(inside)
          .as(cell.label() + ": the figure is drawn")
          .isGreaterThan(cell.width() * cell.height() / 25);
      assertThat(outside).as(cell.label() + ": pixels outside the view box").isZero();
    }
  }

  private static int heldStep(Illustration drawing) {
    for (Pose pose : drawing.poses()) {
      if (pose.phase() == Phase.HOLD) {
        return pose.step();
      }
    }
    return drawing.lastStep();
  }

  private static boolean painted(int rgb) {
    int red = (rgb >> 16) & 0xff;
    int green = (rgb >> 8) & 0xff;
    int blue = rgb & 0xff;
    return red < 235 || green < 235 || blue < 235;
  }

  private static double[] viewBox(String svg) {
    String box = svg.substring(svg.indexOf("viewBox=\"") + 9);
    String[] parts = box.substring(0, box.indexOf('"')).split(" ");
    double[] numbers = new double[4];
    for (int index = 0; index < 4; index++) {
      numbers[index] = Double.parseDouble(parts[index]);
    }
    return numbers;
  }
}
