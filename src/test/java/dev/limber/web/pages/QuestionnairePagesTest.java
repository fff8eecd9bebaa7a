package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.app.Questionnaire;
import dev.limber.json.Json;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The questionnaire's pages over plain HTTP: the red flags in groups of ticks, one pain scale, no
 * terminal words, a signed-in person's answers from last time, and one screening per check.
 */
class QuestionnairePagesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static PageVisitor signedUp(String email) {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-up");
    HttpResponse<String> signedUp =
        visitor.post("/sign-up", Map.of("email", email, "password", ServerFixture.PASSWORD));
    assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(303);
    return visitor;
  }

  @Test
  void theFirstPageAsksTheRedFlagsInGroupsOfThreeToFiveTicksEachWithNoneOfThese() {
    PageVisitor visitor = new PageVisitor(server.http);

    visitor.get("/check");

    Document page = visitor.page();
    List<Element> groups = page.select("fieldset.ticks");
    assertThat(groups).hasSize(4);
    for (Element group : groups) {
      assertThat(group.select("input[type=checkbox][value=yes]")).hasSizeBetween(3, 5);
      assertThat(group.select("input[name=none]")).hasSize(1);
      assertThat(group.selectFirst("label.none-of-these").text()).isEqualTo("None of these");
    }
    assertThat(page.select("form.questions input[type=checkbox][value=yes]")).hasSize(14);
    assertThat(page.select("form.questions input[type=radio]")).isEmpty();
  }

  @Test
  void anEmptyFirstPageSaysOneThingPerGroupAndTheSummaryLinksToEachGroup() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");

    visitor.submit(visitor.form("form.questions"), "button[value=next]");

    Document page = visitor.page();
    List<String> links = page.select("#error-summary + ul a").eachAttr("href");
    assertThat(links)
        .containsExactly(
            "#g-chest-and-arms",
            "#g-legs-and-bladder",
            "#g-accident-and-pain",
            "#g-general-health");
    for (String link : links) {
      assertThat(page.selectFirst(link + " .field-error")).as(link).isNotNull();
    }
    assertThat(page.selectFirst("#error-summary").text()).isEqualTo("Please check these 4 answers");
    assertThat(page.select("#error-summary + ul li").get(1).text())
        .startsWith("Your legs, bladder and bowels");
  }

  @Test
  void aGroupAnsweredNoneOfTheseGoesOnAndOneLeftEmptyIsAskedAgainWithTheOthersKept() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");
    PageForm form = visitor.form("form.questions");
    form.check("#g-chest-and-arms-none").check("#g-legs-and-bladder-none");
    form.check("#g-accident-and-pain-none");

    visitor.submit(form, "button[value=next]");

    Document page = visitor.page();
    assertThat(page.select("#error-summary + ul a").eachAttr("href"))
        .containsExactly("#g-general-health");
    assertThat(page.selectFirst("#g-chest-and-arms-none").hasAttr("checked")).isTrue();
    assertThat(page.selectFirst("#g-general-health-none").hasAttr("checked")).isFalse();
  }

  @Test
  void aTickedSignStopsAtOnceEvenBesideATickedNoneOfThese() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");
    PageForm form = visitor.form("form.questions");
    form.check("#q-leg-weak-yes").check("#g-legs-and-bladder-none");

    visitor.submit(form, "button[value=next]");

    assertThat(visitor.page().selectFirst("form.questions")).isNull();
    assertThat(visitor.page().selectFirst("[data-verdict]").attr("data-verdict"))
        .isEqualTo("URGENT");
  }

  @Test
  void noPageShowsTheTerminalsWordsAndPainIsTheOneScaleOfElevenChoices() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");
    List<Document> pages = new ArrayList<>();

    for (int topic = 0; topic < 5; topic++) {
      pages.add(visitor.page());
      Journey.fillAndNext(visitor, Journey.STIFF);
    }

    assertThat(pages).hasSize(5);
    for (Document page : pages) {
      assertThat(page.text()).doesNotContainIgnoringCase("press Enter").doesNotContain("[y/n]");
      assertThat(page.select("input[type=number]")).isEmpty();
    }
    Document painPage = pages.get(1);
    assertThat(painPage.select("fieldset.scale#q-pain-score input[type=radio][name=pain-score]"))
        .hasSize(11);
    Element painScore = painPage.selectFirst("fieldset.scale#q-pain-score");
    assertThat(painScore.selectFirst("legend").text()).contains("from 0 (", "to 10 (");
    assertThat(painScore.select(".scale-ends, .hint"))
        .as("the legend alone says what 0 and 10 mean")
        .isEmpty();
    Document aboutYou = pages.get(3);
    assertThat(aboutYou.select("fieldset.scale#q-previous-pain input[type=radio]"))
        .as("0 to 10 and I don't remember")
        .hasSize(12);
    assertThat(visitor.page().selectFirst("[data-verdict]").attr("data-verdict"))
        .isEqualTo("CLEAR");
  }

  @Test
  void theCheckInAsksPainWithTheSameScale() {
    PageVisitor visitor = signedUp("scale@example.org");

    visitor.get("/journal/check-in");

    Element scale = visitor.page().selectFirst("fieldset.scale#pain");
    assertThat(scale.select("input[type=radio][name=pain]")).hasSize(11);
    assertThat(scale.selectFirst("legend").text()).doesNotContain("pain,", "worst");
    assertThat(scale.select(".hint")).isEmpty();
    assertThat(scale.selectFirst(".scale-ends").text()).isEqualTo("0: no pain 10: the worst");
    assertThat(scale.attr("aria-describedby")).isEqualTo("pain-ends");
    assertThat(scale.select("input[type=radio]").stream().map(radio -> radio.parent().text()))
        .as("each choice named by its number alone")
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  }

  @Test
  void aSignedInPersonsOtherAnswersComeFromLastTimeButRedFlagsAndPainAreAskedAfresh() {
    PageVisitor visitor = signedUp("again@example.org");
    visitor.get("/check");
    Journey.answerAll(
        visitor,
        Journey.stiffWith(
            "pain-score", "3",
            "pain-weeks", "2",
            "first-episode", "no",
            "one-arm-numb", "no",
            "conditions", "OSTEOARTHRITIS",
            "age", "61",
            "cracks-today", "1",
            "cracking-days", "2",
            "cracks-for-pain", "yes",
            "cracking-hurt", "no",
            "stretching-hurt", "no",
            "floor", "no"));

    visitor.get("/check");

    Document redFlags = visitor.page();
    assertThat(redFlags.select("form.questions input[checked]")).isEmpty();
    Journey.fillAndNext(visitor, Journey.STIFF);
    Document pain = visitor.page();
    assertThat(pain.select("input[name=pain-score][checked]")).isEmpty();
    Journey.fillAndNext(visitor, Journey.stiffWith("pain-score", "3", "pain-weeks", "2"));
    assertThat(visitor.page().select("input[name=conditions][checked]").eachAttr("value"))
        .containsExactly("OSTEOARTHRITIS");
    Journey.fillAndNext(visitor, Journey.stiffWith("conditions", ""));
    Document aboutYou = visitor.page();
    assertThat(aboutYou.selectFirst("#q-age").attr("value")).isEqualTo("61");
    assertThat(aboutYou.selectFirst("#q-cracking-days").attr("value")).isEqualTo("2");
    assertThat(aboutYou.selectFirst("#q-cracks-for-pain-yes").hasAttr("checked")).isTrue();
    assertThat(aboutYou.selectFirst("#q-cracks-today").attr("value")).as("today's").isEmpty();
    assertThat(aboutYou.select("#q-cracking-hurt, #q-cracking-hurt-yes"))
        .allMatch(radio -> !radio.hasAttr("checked"));
  }

  @Test
  void aCheckFollowedByAPlanKeepsOneScreening() {
    PageVisitor visitor = signedUp("once@example.org");
    visitor.get("/check");
    Journey.answerAll(visitor, Journey.STIFF);
    assertThat(kept(visitor)).hasSize(1);

    visitor.get("/check");
    Journey.answerAll(visitor, Journey.STIFF);
    PageForm plan = visitor.form("form.routine-form");
    plan.fill("#plan-minutes", "7");
    HttpResponse<String> planned = visitor.submit(plan, "button[type=submit]");

    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    assertThat(visitor.page().selectFirst(".routine")).isNotNull();
    assertThat(kept(visitor)).as("one per check, none for its plan").hasSize(2);
  }

  private static List<?> kept(PageVisitor visitor) {
    HttpResponse<String> kept = visitor.apiGet("/api/screenings");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    return (List<?>) Json.parse(kept.body());
  }

  @Test
  void theQuestionnaireDataGroupsOnlyTheRedFlags() {
    for (Questionnaire.Topic topic : Questionnaire.bundled().topics()) {
      for (Questionnaire.Question question : topic.questions()) {
        assertThat(question.group().isPresent()).as(question.id()).isEqualTo(question.isRedFlag());
      }
    }
  }
}
