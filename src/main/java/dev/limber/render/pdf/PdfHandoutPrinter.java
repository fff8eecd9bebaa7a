package dev.limber.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.limber.app.Handout;
import dev.limber.app.HandoutPrinter;
import dev.limber.app.Paper;
import dev.limber.render.html.Templates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Prints a handout as a tagged PDF (PDF/UA: structure tree, language, title, reading order) on A4
 * or US Letter, from the same JTE templates as the web pages, with DejaVu Sans embedded (its
 * licence lies beside it in the jar). Thread-safe: each print builds its own renderer.
 */
public final class PdfHandoutPrinter implements HandoutPrinter {
  static final String FAMILY = "DejaVu Sans";
  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

  static {
    // openhtmltopdf logs every layout pass at INFO through java.util.logging; a command says
    // nothing.
    XRLog.setLoggingEnabled(false);
  }

  @Override
  public byte[] print(Handout handout) {
    String qrCode = handout.link().map(QrCode::svg).orElse("");
    List<String> figures =
        handout.steps().stream()
            .map(step -> withAlt(step.illustration(), step.illustrationText()))
            .toList();
    String html =
        Templates.render(
            "handout.jte",
            Map.of(
                "handout",
                handout,
                "qrCode",
                withAlt(qrCode, "QR code of " + handout.link().orElse("")),
                "figures",
                figures));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.useFont(
        () -> new ByteArrayInputStream(REGULAR),
        FAMILY,
        400,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> new ByteArrayInputStream(BOLD),
        FAMILY,
        700,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    if (handout.paper() == Paper.LETTER) {
      builder.useDefaultPageSize(8.5f, 11f, BaseRendererBuilder.PageSizeUnits.INCHES);
    } else {
      builder.useDefaultPageSize(210f, 297f, BaseRendererBuilder.PageSizeUnits.MM);
    }
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("print the handout", e);
    }
    return out.toByteArray();
  }

  /** The SVG with the alternative text a PDF/UA figure needs, as openhtmltopdf reads it. */
  static String withAlt(String svg, String text) {
    if (svg.isEmpty()) {
      return svg;
    }
    String alt =
        text.replace("&", "&amp;")
            .replace("\"", "&quot;")
            .replace("<", "&lt;")
            .replace(">", "&gt;");
    return svg.replaceFirst(
        "<svg ", "<svg alt=\"" + java.util.regex.Matcher.quoteReplacement(alt) + "\" ");
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfHandoutPrinter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("read font " + name, e);
    }
  }
}
