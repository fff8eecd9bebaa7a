package dev.limber.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Technique;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgIllustratorTest {
  private static final SvgIllustrator ILLUSTRATOR = new SvgIllustrator();
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  static Stream<Drawings> drawings() {
    return Drawings.all().stream();
  }

  static Stream<Technique> oneSided() {
    return Drawings.CATALOG.techniques().stream()
        .filter(technique -> !technique.findIllustration().orElseThrow().sides().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drawings")
  void everyDrawingIsSelfContainedSvgWithTitleDescAndViewBox(Drawings drawing) throws Exception {
    String svg = drawing.draw(ILLUSTRATOR);

    Element root = parse(svg).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("viewBox")).matches("-?[\\d.]+ -?[\\d.]+ [\\d.]+ [\\d.]+");
    assertThat(text(root, "title")).startsWith(drawing.technique().name());
    String description = text(root, "desc");
    if (drawing.animated()) {
      assertThat(description).contains(drawing.technique().steps().get(0));
    } else {
      assertThat(description).startsWith(drawing.technique().steps().get(drawing.step() - 1));
    }
    String withoutNamespace = svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertThat(withoutNamespace)
        .doesNotContain("http")
        .doesNotContain("href")
        .doesNotContain("url(")
        .doesNotContain("<script")
        .doesNotContain("@import");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drawings")
  void aStillStaysUnderSixKilobytes(Drawings drawing) {
    if (drawing.animated()) {
      return;
    }

    String svg = drawing.draw(ILLUSTRATOR);

    assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(6 * 1024);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneSided")
  void theOtherSideIsTheMirrorImageOfTheDrawnSide(Technique technique) throws Exception {
    Illustration drawing = technique.findIllustration().orElseThrow();
    BodySide drawn = drawing.drawnSide().orElseThrow();

    for (int step : drawing.steps()) {
      Document original = parse(ILLUSTRATOR.still(technique, step, Optional.of(drawn)));
      Document mirrored = parse(ILLUSTRATOR.still(technique, step, Optional.of(drawn.opposite())));

      assertMirrored(original, mirrored, technique.id() + " step " + step);
    }
    assertMirrored(
        parse(ILLUSTRATOR.animation(technique, Optional.of(drawn))),
        parse(ILLUSTRATOR.animation(technique, Optional.of(drawn.opposite()))),
        technique.id() + " animated");
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    SvgIllustrator another = new SvgIllustrator();
    Catalog reloaded = Catalog.bundled();

    for (Drawings drawing : Drawings.all()) {
      Technique again = reloaded.require(drawing.technique().id());
      Drawings same = new Drawings(again, drawing.step(), drawing.side());

      assertThat(same.draw(another)).as(drawing.toString()).isEqualTo(drawing.draw(ILLUSTRATOR));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drawings")
  void anAnimationPlaysAtTheTechniquesPaceAndStandsStillOnRequest(Drawings drawing)
      throws Exception {
    if (!drawing.animated()) {
      return;
    }
    Map<?, ?> listing = (Map<?, ?>) ((Map<?, ?>) drawing.technique().toJson()).get("illustration");
    double seconds = ((Number) listing.get("animationSeconds")).doubleValue();

    String svg = drawing.draw(ILLUSTRATOR);

    NodeList animations = parse(svg).getElementsByTagName("animate");
    assertThat(animations.getLength()).isGreaterThan(0);
    for (int index = 0; index < animations.getLength(); index++) {
      Element animate = (Element) animations.item(index);
      assertThat(animate.getAttribute("dur")).isEqualTo(SvgText.number(seconds) + "s");
      assertThat(animate.getAttribute("repeatCount")).isEqualTo("indefinite");
      assertThat(animate.getAttribute("values").split(";"))
          .hasSize(animate.getAttribute("keyTimes").split(";").length);
    }
    assertThat(svg).contains("@media (prefers-reduced-motion:reduce){.v{display:none}");
  }

  @Test
  void aHoldLastsTheShortestHoldOfTheDose() {
    Technique prone = Drawings.CATALOG.require("prone-forearm-extension");
    List<Illustration.Keyframe> frames =
        prone.findIllustration().orElseThrow().keyframes(prone.dose());

    List<Double> holds = new ArrayList<>();
    for (int index = 1; index < frames.size(); index++) {
      if (frames.get(index).pose() == frames.get(index - 1).pose()) {
        holds.add(frames.get(index).seconds() - frames.get(index - 1).seconds());
      }
    }

    assertThat(holds).contains((double) prone.dose().holdSeconds().min());
  }

  private static void assertMirrored(Document original, Document mirrored, String label) {
    double[] box = numbers(original.getDocumentElement().getAttribute("viewBox"));
    double[] mirroredBox = numbers(mirrored.getDocumentElement().getAttribute("viewBox"));
    assertThat(mirroredBox[0]).as(label + " viewBox x").isEqualTo(-(box[0] + box[2]));
    assertThat(new double[] {mirroredBox[1], mirroredBox[2], mirroredBox[3]})
        .as(label + " viewBox")
        .containsExactly(box[1], box[2], box[3]);
    NodeList paths = original.getElementsByTagName("path");
    NodeList mirroredPaths = mirrored.getElementsByTagName("path");
    assertThat(mirroredPaths.getLength()).as(label).isEqualTo(paths.getLength());
    for (int index = 0; index < paths.getLength(); index++) {
      Element path = (Element) paths.item(index);
      Element other = (Element) mirroredPaths.item(index);
      assertThat(other.getAttribute("class")).as(label).isEqualTo(path.getAttribute("class"));
      assertThat(other.getAttribute("stroke-width"))
          .as(label)
          .isEqualTo(path.getAttribute("stroke-width"));
      double[] points = numbers(path.getAttribute("d"));
      double[] flipped = numbers(other.getAttribute("d"));
      assertThat(flipped).as(label + " path " + index).hasSameSizeAs(points);
      for (int at = 0; at < points.length; at += 2) {
        assertThat(flipped[at]).as(label + " x").isEqualTo(points[at] == 0 ? 0 : -points[at]);
        assertThat(flipped[at + 1]).as(label + " y").isEqualTo(points[at + 1]);
      }
    }
  }

  private static double[] numbers(String text) {
    List<Double> values = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find()) {
      values.add(Double.parseDouble(matcher.group()));
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String text(Element root, String tag) {
    return root.getElementsByTagName(tag).item(0).getTextContent();
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
