package dev.limber.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.limber.app.HandoutService;
import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Setting;
import dev.limber.catalog.SourceTitles;
import dev.limber.json.Json;
import dev.limber.planning.Preferences;
import dev.limber.render.svg.SvgIllustrator;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.RuleBook;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Verdict;
import dev.limber.session.PlannedSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfHandoutPrinterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
  static final Services SERVICES = Services.of(Catalog.bundled(), RuleBook.bundled(), CLOCK);
  static final HandoutService HANDOUTS =
      new HandoutService(
          SERVICES.planning(), new SvgIllustrator(), new PdfHandoutPrinter(), "test", CLOCK);
  static final String CLEAR = answers();
  static final String STRETCH_ONLY = CLEAR.replace("\"painScore\": 2", "\"painScore\": 4");
  static final String SEE_PROFESSIONAL = CLEAR.replace("\"painScore\": 2", "\"painScore\": 8");
  static final String URGENT = CLEAR.replace("\"chestPain\": false", "\"chestPain\": true");

  static String answers() {
    try (InputStream in = PdfHandoutPrinterTest.class.getResourceAsStream("/answers/clear.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Preferences desk(int minutes) {
    return new Preferences(minutes, Setting.DESK, Set.of(), false, null, 20_000, Set.of());
  }

  static PlannedSession planned(String answers, Preferences preferences) {
    return SERVICES
        .planning()
        .plan(Person.ANONYMOUS, Json.parse(answers), preferences)
        .planned()
        .orElseThrow();
  }

  static byte[] print(String answers, Paper paper, Optional<String> link) {
    return HANDOUTS
        .print(Person.ANONYMOUS, Json.parse(answers), desk(6), paper, link)
        .document()
        .orElseThrow();
  }

  static String text(PDDocument document) throws IOException {
    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
  }

  @Test
  void aRoutineHandoutReadsBackVerdictReasonsEveryStepStopRulesAndHelpInReadingOrder()
      throws IOException {
    PlannedSession planned = planned(STRETCH_ONLY, desk(6));

    byte[] pdf = print(STRETCH_ONLY, Paper.A4, Optional.empty());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = text(document);
      List<String> inOrder = new ArrayList<>();
      inOrder.add("Your screening: Stretches only");
      planned.plan().reasons().forEach(reason -> inOrder.add(reason.message().substring(0, 30)));
      inOrder.add(SourceTitles.bundled().title(planned.plan().reasons().get(0).sources().get(0)));
      var steps = planned.plan().routine().steps();
      for (int index = 0; index < steps.size(); index++) {
        inOrder.add((index + 1) + ". " + steps.get(index).technique().name());
      }
      inOrder.add("Stop at once");
      inOrder.add(planned.plan().routine().steps().get(0).technique().stopRules().get(0));
      inOrder.add("When to get help");
      inOrder.add(SafetyWords.bundled().sentence(SafetyWords.Sentence.whenToGetHelp));
      inOrder.add(EmergencyNotice.text());
      inOrder.add(planned.plan().guidance().get(0).text());
      inOrder.add("Limber test, technique catalog " + Catalog.bundled().version());
      assertThat(planned.plan().reasons()).isNotEmpty();
      assertThat(text).containsSubsequence(inOrder);
      assertThat(text).contains("2 December 2026").doesNotContain(".txt");
    }
  }

  @Test
  void seeProfessionalAndUrgentGiveOnePageThatSaysSoWithNoRoutine() throws IOException {
    for (String answers : List.of(SEE_PROFESSIONAL, URGENT)) {
      PlannedSession planned = planned(answers, desk(6));

      byte[] pdf = print(answers, Paper.A4, Optional.empty());

      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = text(document);
        assertThat(document.getNumberOfPages()).isEqualTo(1);
        assertThat(planned.plan().routine()).isNull();
        assertThat(text)
            .contains(
                planned.plan().verdict() == Verdict.URGENT
                    ? "Get medical help before you exercise"
                    : "See a professional before you exercise")
            .contains("Your screening: " + SafetyWords.bundled().name(planned.plan().verdict()))
            .contains(EmergencyNotice.text())
            .doesNotContain("Your routine")
            .doesNotContain("Stop at once");
        planned.plan().reasons().forEach(reason -> assertThat(text).contains(reason.message()));
        // One wording: the no-routine line names whom the verdict names, never a vaguer one.
        assertThat(text).doesNotContain("until a professional has seen you");
        if (planned.plan().verdict() == Verdict.URGENT) {
          assertThat(text)
              .doesNotContain("This handout has no routine")
              .doesNotContain("physiotherapist or doctor has seen you");
        } else {
          assertThat(text)
              .contains(SafetyWords.bundled().sentence(SafetyWords.Sentence.noRoutinePrinted));
        }
      }
    }
  }

  @Test
  void theDocumentIsTaggedForScreenReadersWithTitleLanguageAndFigureTexts() throws IOException {
    byte[] pdf = print(CLEAR, Paper.A4, Optional.of("https://limber.example/plan"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Limber: your back routine for 2 December 2026");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(catalog.getMetadata()).isNotNull();
      List<PDStructureElement> figures = new ArrayList<>();
      collect(catalog.getStructureTreeRoot(), "Figure", figures);
      assertThat(figures).hasSizeGreaterThan(1);
      assertThat(figures)
          .allSatisfy(figure -> assertThat(figure.getAlternateDescription()).isNotBlank());
      List<PDStructureElement> headings = new ArrayList<>();
      collect(catalog.getStructureTreeRoot(), "H1", headings);
      assertThat(headings).hasSize(1);
    }
  }

  @Test
  void everyFontIsTheEmbeddedDejaVuSans() throws IOException {
    byte[] pdf = print(CLEAR, Paper.A4, Optional.empty());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  @Test
  void a4AndUsLetterGiveTheirPageSizes() throws IOException {
    try (PDDocument a4 = Loader.loadPDF(print(CLEAR, Paper.A4, Optional.empty()));
        PDDocument letter = Loader.loadPDF(print(CLEAR, Paper.LETTER, Optional.empty()))) {
      assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within());
      assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, within());
      assertThat(letter.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, within());
      assertThat(letter.getPage(0).getMediaBox().getHeight()).isCloseTo(792f, within());
    }
  }

  @Test
  void aServedHandoutCarriesTheLinkAsTextAndAsAQrCodeThatScans() throws Exception {
    String link = "https://limber.example/plan?minutes=6&place=desk&seed=20000";

    byte[] pdf = print(CLEAR, Paper.A4, Optional.of(link));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(text(document)).contains(link);
      int last = document.getNumberOfPages() - 1;
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(last, 200);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      var bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    }
  }

  @Test
  void aClearHandoutSaysWhenToGetHelpAsConditionsAndListsItsSourcesGuidelinesFirst()
      throws IOException {
    byte[] pdf = print(CLEAR, Paper.A4, Optional.empty());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = text(document);
      assertThat(text)
          .contains("Your screening: Self-care is fine")
          .contains("Get medical help the same day if")
          .doesNotContain("Get medical help today")
          .doesNotContain("until you have been checked")
          .doesNotContain("until a doctor has seen you")
          .doesNotContainPattern("\\[?[USXF]\\d{1,2}\\]?\\s");
      String sources = text.substring(text.lastIndexOf("Sources"));
      assertThat(sources)
          .containsSubsequence("NHS", "wikiHow")
          .contains(SourceTitles.bundled().title("000_73dbd958f388e7a9.txt"))
          .doesNotContain(".txt");
    }
  }

  @Test
  void withoutALinkThereIsNoQrCode() throws IOException {
    byte[] pdf = print(CLEAR, Paper.A4, Optional.empty());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(text(document)).doesNotContain("Play this routine in the web app");
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1f);
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collect(element, type, found);
      }
    }
  }
}
