package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  private static final Screener SCREENER = Screener.bundled();
  private static final RuleBook RULES = RuleBook.bundled();

  @Test
  void clearOffersEveryTechniqueOnByDefaultWhenEveryPositionIsPossible() {
    ScreeningResult result = SCREENER.screen(Documents.clear().answers());

    assertThat(result.techniques())
        .hasSize(
            (int)
                Catalog.bundled().techniques().stream()
                    .filter(Technique::enabledByDefault)
                    .count());
    assertThat(result.techniques()).anyMatch(Technique::isSelfCrack);
  }

  @Test
  void aTechniqueOffByDefaultIsListedOnlyWhenThePersonTurnedItOn() {
    ScreeningResult plain = SCREENER.screen(Documents.clear().answers());
    ScreeningResult enabled =
        SCREENER.assess(Documents.clear().answers(), Set.of("bed-edge-extension")).result();

    assertThat(plain.techniques()).extracting(Technique::id).doesNotContain("bed-edge-extension");
    assertThat(enabled.techniques()).extracting(Technique::id).contains("bed-edge-extension");
  }

  @Test
  void stretchesAndSelfMassageComeBeforeAnySelfCrack() {
    List<Technique> techniques = SCREENER.screen(Documents.clear().answers()).techniques();

    int firstCrack = indexOfFirst(techniques, true);
    int lastOther = lastIndexOf(techniques, false);
    assertThat(firstCrack).isGreaterThan(lastOther);
  }

  @Test
  void stretchOnlyDropsEverySelfCrackByF1() {
    Screening screening =
        SCREENER.assess(Documents.clear().withCondition(Condition.HYPERMOBILITY).answers());

    assertThat(screening.result().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(screening.result().techniques()).noneMatch(Technique::isSelfCrack);
    assertThat(exclusionsOf(screening, "chair-back-extension")).contains("F1");
  }

  @Test
  void noFloorDropsFloorKneelingAndProneByF2() {
    Screening screening =
        SCREENER.assess(Documents.clear().with("history.canGetDownToFloor", false).answers());

    assertThat(screening.result().techniques())
        .noneMatch(t -> t.has(Tag.FLOOR) || t.has(Tag.KNEELING) || t.has(Tag.PRONE));
    assertThat(exclusionsOf(screening, "exercise-ball-roll-out")).containsExactly("F2");
  }

  @Test
  void noLyingFlatDropsLyingAndProneByF3() {
    Screening screening =
        SCREENER.assess(
            Documents.clear().with("history.canLieFlatWithoutBackDiscomfort", false).answers());

    assertThat(screening.result().techniques())
        .noneMatch(t -> t.has(Tag.LYING) || t.has(Tag.PRONE));
    assertThat(exclusionsOf(screening, "bed-edge-extension")).containsExactly("F3");
  }

  @Test
  void noMidBackReachDropsThoseTechniquesByF4() {
    Screening screening =
        SCREENER.assess(Documents.clear().with("history.canReachMidBack", false).answers());

    assertThat(screening.result().techniques()).noneMatch(t -> t.has(Tag.REQUIRES_MIDBACK_REACH));
    assertThat(exclusionsOf(screening, "standing-lean-back")).containsExactly("F4");
  }

  @Test
  void challengingOnlyWhenClearByF5() {
    Screening stretchOnly =
        SCREENER.assess(Documents.clear().withCondition(Condition.ANTICOAGULANTS).answers());
    Screening clear = SCREENER.assess(Documents.clear().answers());

    assertThat(exclusionsOf(stretchOnly, "bridge")).containsExactly("F5");
    assertThat(clear.result().techniques()).extracting(Technique::id).contains("bridge");
  }

  @Test
  void osteopeniaDropsMomentumAndLoadedFlexionByF6() {
    Screening screening =
        SCREENER.assess(Documents.clear().withCondition(Condition.OSTEOPENIA).answers());

    assertThat(screening.result().techniques())
        .noneMatch(t -> t.has(Tag.MOMENTUM) || t.has(Tag.LOADED_FLEXION));
    assertThat(exclusionsOf(screening, "rocking-knees-to-chest")).containsExactly("F6");
    assertThat(exclusionsOf(screening, "supine-shoulder-blade-hug")).containsExactly("F6");
  }

  @Test
  void moderatePainDropsChallengingAndMomentumByF7() {
    Screening screening =
        SCREENER.assess(Documents.clear().with("symptoms.painScore", 4).answers());

    assertThat(exclusionsOf(screening, "rocking-knees-to-chest")).containsExactly("F7");
    assertThat(exclusionsOf(screening, "bridge")).containsExactly("F5", "F7");
  }

  @Test
  void everyExclusionCarriesItsReasonFromTheRuleData() {
    Screening screening =
        SCREENER.assess(Documents.clear().with("history.canGetDownToFloor", false).answers());

    Exclusion exclusion = decision(screening, "exercise-ball-roll-out").exclusions().get(0);
    assertThat(exclusion.reason()).isEqualTo(RULES.requireFilter("F2").reason());
  }

  @Test
  void nothingLeftGivesNoTechniquesAndAdvisesAPhysiotherapistByF9() {
    Catalog floorOnly =
        new Catalog(
            Catalog.bundled().techniques().stream().filter(t -> t.has(Tag.FLOOR)).toList(),
            List.of());
    Screener screener = new Screener(RULES, floorOnly);

    ScreeningResult result =
        screener.screen(Documents.clear().with("history.canGetDownToFloor", false).answers());

    assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(result.techniques()).isEmpty();
    assertThat(result.advisories()).contains(RULES.nothingLeft());
  }

  @Test
  void seeProfessionalAndUrgentListNoTechniqueAndExplainWhy() {
    Screening urgent =
        SCREENER.assess(Documents.clear().with("symptoms.chestPain", true).answers());
    Screening professional =
        SCREENER.assess(Documents.clear().with("history.painDuringStretching", true).answers());

    assertThat(urgent.result().techniques()).isEmpty();
    assertThat(professional.result().techniques()).isEmpty();
    assertThat(urgent.leftOut()).hasSize(Catalog.bundled().techniques().size());
    assertThat(exclusionsOf(urgent, "wall-slide")).containsExactly("U5");
    assertThat(exclusionsOf(professional, "wall-slide")).containsExactly("S6");
    assertThat(professional.result().advisories()).doesNotContain(RULES.nothingLeft());
  }

  @Test
  void aClearVerdictOfferingASelfCrackOffersAPhysiotherapistCheckAndCarriesTheNotice() {
    ScreeningResult result = SCREENER.screen(Documents.clear().answers());

    assertThat(result.techniques()).anyMatch(technique -> technique.isSelfCrack());
    assertThat(result.advisories()).contains(RULES.physiotherapistFirst());
    assertThat(result.advisories()).contains(RULES.adviceFor(result.verdict()));
    assertThat(result.emergencyNotice()).isEqualTo(EmergencyNotice.text());
  }

  @Test
  void stretchesOnlyKeepsThePhysiotherapistOfferSinceItTookSelfCrackingAway() {
    // Spec rev. 3 §6: cracking is in question when the verdict took it away.
    ScreeningResult result =
        SCREENER.screen(Documents.clear().with("symptoms.painScore", 5).answers());

    assertThat(result.verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(result.advisories()).contains(RULES.physiotherapistFirst());
    assertThat(result.advisories()).contains(RULES.adviceFor(Verdict.STRETCH_ONLY));
    assertThat(result.emergencyNotice()).isEqualTo(EmergencyNotice.text());
  }

  @Test
  void aClearVerdictWithNoSelfCrackOfferedSaysNothingAboutCracking() {
    ScreeningResult noCrack =
        SCREENER.screen(
            Documents.clear()
                .with("history.canGetDownToFloor", false)
                .with("history.canLieFlatWithoutBackDiscomfort", false)
                .with("history.canReachMidBack", false)
                .answers());

    if (noCrack.techniques().stream().noneMatch(technique -> technique.isSelfCrack())) {
      assertThat(noCrack.advisories()).doesNotContain(RULES.physiotherapistFirst());
    }
    assertThat(RULES.physiotherapistFirst()).startsWith("If your back has never been checked");
  }

  @Test
  void noPhysiotherapistBeforeCrackingAdviceWhenThereIsNoSessionOrItIsUrgent() {
    for (Documents document :
        List.of(
            Documents.clear().with("symptoms.painScore", 8),
            Documents.clear().with("symptoms.fever", true))) {
      ScreeningResult result = SCREENER.screen(document.answers());

      assertThat(result.advisories()).doesNotContain(RULES.physiotherapistFirst());
      assertThat(result.emergencyNotice()).isEqualTo(EmergencyNotice.text());
    }
  }

  @Test
  void urgencyIsEmergencyForTheEmergencyRulesAndTodayOtherwiseTheEmergencyWinning() {
    ScreeningResult chest =
        SCREENER.screen(Documents.clear().with("symptoms.chestPain", true).answers());
    ScreeningResult fever =
        SCREENER.screen(Documents.clear().with("symptoms.fever", true).answers());
    ScreeningResult both =
        SCREENER.screen(
            Documents.clear().with("symptoms.fever", true).withWeakness(Weakness.LEG).answers());
    ScreeningResult clear = SCREENER.screen(Documents.clear().answers());

    assertThat(chest.urgency()).contains(Urgency.EMERGENCY);
    assertThat(chest.advisories()).first().isEqualTo(RULES.adviceFor(Urgency.EMERGENCY));
    assertThat(fever.urgency()).contains(Urgency.TODAY);
    assertThat(fever.advisories()).first().isEqualTo(RULES.adviceFor(Urgency.TODAY));
    assertThat(both.urgency()).contains(Urgency.EMERGENCY);
    assertThat(clear.urgency()).isEmpty();
    assertThat(Json.write(fever)).contains("\"urgency\":\"TODAY\"");
    assertThat(Json.write(clear)).doesNotContain("urgency");
  }

  @Test
  void reasonsCarryTheRuleMessageAndSources() {
    ScreeningResult result =
        SCREENER.screen(Documents.clear().withCondition(Condition.OSTEOARTHRITIS).answers());

    Reason reason = result.reasons().get(0);
    assertThat(reason.rule()).isEqualTo("X1");
    assertThat(reason.message())
        .isEqualTo(RULES.requireRule("X1").message() + " Gentle stretches are fine.");
    assertThat(reason.sources()).contains("001_b4d023317583ddde.txt");
  }

  @Test
  void resultJsonHasExactlyTheFieldsOfSpecSection6() {
    ScreeningResult result =
        SCREENER.screen(Documents.clear().withCondition(Condition.OSTEOARTHRITIS).answers());

    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(Json.write(result));

    assertThat(new ArrayList<>(json.keySet()))
        .containsExactly("verdict", "reasons", "techniques", "advisories", "emergencyNotice");
    assertThat(json.get("verdict")).isEqualTo("STRETCH_ONLY");
    Map<?, ?> reason = (Map<?, ?>) ((List<?>) json.get("reasons")).get(0);
    assertThat(new ArrayList<Object>(reason.keySet()))
        .containsExactly("rule", "message", "sources");
    Map<?, ?> technique = (Map<?, ?>) ((List<?>) json.get("techniques")).get(0);
    assertThat(new ArrayList<Object>(technique.keySet())).containsExactly("id", "name", "tags");
  }

  @Test
  void urgentStopGivesTheUrgentResultForARedFlag() {
    ScreeningResult result = SCREENER.urgentStop(List.of("U2"));

    assertThat(result.verdict()).isEqualTo(Verdict.URGENT);
    assertThat(result.ruleIds()).containsExactly("U2");
    assertThat(result.techniques()).isEmpty();
    assertThat(result.urgency()).contains(Urgency.EMERGENCY);
    assertThat(result.advisories()).doesNotContain(RULES.physiotherapistFirst());
  }

  @Test
  void urgentStopRefusesARuleThatIsNotUrgent() {
    assertThatThrownBy(() -> SCREENER.urgentStop(List.of("X1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X1");
  }

  private static TechniqueDecision decision(Screening screening, String id) {
    return screening.decisions().stream()
        .filter(decision -> decision.technique().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> exclusionsOf(Screening screening, String id) {
    return decision(screening, id).exclusions().stream().map(Exclusion::rule).toList();
  }

  private static int indexOfFirst(List<Technique> techniques, boolean selfCrack) {
    for (int index = 0; index < techniques.size(); index++) {
      if (techniques.get(index).isSelfCrack() == selfCrack) {
        return index;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<Technique> techniques, boolean selfCrack) {
    int last = -1;
    for (int index = 0; index < techniques.size(); index++) {
      if (techniques.get(index).isSelfCrack() == selfCrack) {
        last = index;
      }
    }
    return last;
  }
}
