package dev.limber.cli;

import dev.limber.app.HistoryView;
import dev.limber.journal.CheckIn;
import dev.limber.journal.CrackingStatus;
import dev.limber.journal.Escalation;
import dev.limber.journal.Insights;
import dev.limber.journal.PainFlag;
import dev.limber.journal.Review;
import dev.limber.journal.ScreeningRecord;
import dev.limber.screening.SafetyWords;
import dev.limber.session.SessionRecord;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The journal for people reading a terminal: history lines, insights with a sparkline. */
final class JournalReport {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String BARS = "▁▂▃▄▅▆▇█";

  /** How many days of the pain trend fit one terminal line. */
  static final int SPARKLINE_DAYS = 60;

  private JournalReport() {}

  static void printCracking(CrackingStatus status, PrintStream out) {
    out.println(
        "Cracking: "
            + status.cracksToday()
            + " today (limit "
            + status.dailyLimit()
            + " a day), on "
            + status.crackingDaysLastWeek()
            + " of the last 7 days (limit: fewer than "
            + status.weeklyDayLimit()
            + ").");
    if (status.dailyLimitReached()) {
      out.println("  Today's self-crack is used: stretches only until tomorrow (rule X6).");
    }
    if (status.weeklyLimitReached()) {
      out.println("  That is cracking on most days: give it a rest and stretch instead (rule X5).");
    }
  }

  static void printHistory(HistoryView contents, ZoneId zone, PrintStream out) {
    record Line(java.time.Instant at, String kind, String text) {}
    List<Line> lines = new ArrayList<>();
    for (Review review : contents.reviews()) {
      lines.add(
          new Line(
              review.recordedAt(),
              "review",
              Words.enumWords(review.by())
                  + " seen "
                  + review.date()
                  + ", exercise advised"
                  + (review.note() == null ? "" : " — " + review.note())));
    }
    for (CheckIn checkIn : contents.checkIns()) {
      lines.add(
          new Line(
              checkIn.at(),
              "check-in",
              "pain "
                  + checkIn.pain()
                  + (checkIn.cracked() ? ", cracked" : "")
                  + (checkIn.note() == null ? "" : " — " + checkIn.note())));
    }
    for (SessionRecord session : contents.sessions()) {
      lines.add(new Line(session.started(), "session", describe(session)));
    }
    for (ScreeningRecord screening : contents.screenings()) {
      lines.add(
          new Line(
              screening.at(),
              "screening",
              // Rev. 3 §6: the verdict's one name, no rule ids (export --json keeps them).
              SafetyWords.bundled().name(screening.verdict())));
    }
    if (lines.isEmpty()) {
      out.println(
          "Nothing in the journal for that period. Record how you feel: limber checkin --pain N");
      return;
    }
    lines.sort(Comparator.comparing(Line::at));
    Table table = new Table("WHEN", "WHAT", "DETAILS");
    for (Line line : lines) {
      table.row(LocalDateTime.ofInstant(line.at(), zone).format(MINUTE), line.kind(), line.text());
    }
    table.print(out);
    printFlags(contents.openFlags(), zone, out);
  }

  /** The pain flags still open, each with where it came from and how to close it. */
  static void printFlags(List<PainFlag> flags, ZoneId zone, PrintStream out) {
    if (flags.isEmpty()) {
      return;
    }
    out.println();
    out.println(flags.size() == 1 ? "Open pain flag:" : "Open pain flags:");
    for (PainFlag flag : flags) {
      out.println("  ! " + flag.explanation(zone));
    }
    SafetyWords words = SafetyWords.bundled();
    if (flags.stream().anyMatch(PainFlag::needsReview)) {
      out.println("  " + words.sentence(SafetyWords.Sentence.openFlag));
      out.println("  " + words.sentence(SafetyWords.Sentence.recordReview));
    }
  }

  private static String describe(SessionRecord session) {
    long seconds = session.duration().getSeconds();
    StringBuilder text = new StringBuilder();
    text.append(seconds / 60).append("m").append(String.format("%02d", seconds % 60)).append("s");
    text.append(", ").append(String.join(" ", session.techniquesReached()));
    if (session.painBefore() != null || session.painAfter() != null) {
      text.append(", pain ")
          .append(session.painBefore() == null ? "?" : session.painBefore())
          .append("→")
          .append(session.painAfter() == null ? "?" : session.painAfter());
    }
    text.append(", ").append(Words.enumWords(session.ending()));
    if (session.painStop() != null) {
      text.append(" at pain ").append(session.painStop().painScore());
    }
    if (session.pops() > 0) {
      text.append(", ").append(session.pops()).append(session.pops() == 1 ? " pop" : " pops");
    }
    return text.toString();
  }

  static void printInsights(Insights insights, PrintStream out) {
    List<Insights.PainPoint> trend = insights.painTrend();
    out.println("Pain, last " + Insights.TREND_DAYS + " days (daily mean, 0–10):");
    if (trend.isEmpty()) {
      out.println("  no pain scores yet — limber checkin --pain N");
    } else {
      List<Insights.PainPoint> shown =
          trend.subList(Math.max(0, trend.size() - SPARKLINE_DAYS), trend.size());
      out.println(
          "  "
              + sparkline(shown)
              + "  "
              + shown.get(0).date()
              + " → "
              + shown.get(shown.size() - 1).date()
              + ", latest "
              + shown.get(shown.size() - 1).pain().toPlainString());
    }
    out.println();
    out.println("Relief per technique (mean change in pain, before → after; negative helps):");
    if (insights.relief().isEmpty()) {
      out.println("  no session with pain scores before and after yet");
    } else {
      Table table = new Table("  TECHNIQUE", "CHANGE", "SESSIONS");
      for (Insights.TechniqueRelief relief : insights.relief()) {
        String change = relief.meanChange().toPlainString();
        table.row(
            "  " + relief.techniqueId(),
            relief.meanChange().signum() > 0 ? "+" + change : change,
            Integer.toString(relief.sessions()));
      }
      table.print(out);
    }
    out.println();
    out.println("Sessions per week (last " + Insights.WEEKS_SHOWN + " weeks, oldest first):");
    StringBuilder weeks = new StringBuilder("  ");
    insights.sessionsPerWeek().forEach(week -> weeks.append(week.sessions()).append(' '));
    out.println(weeks.toString().stripTrailing());
    out.println();
    printCracking(insights.cracking(), out);
    out.println();
    if (insights.escalations().isEmpty()) {
      out.println("Nothing in the journal calls for a professional right now.");
    } else {
      out.println("The journal suggests seeing a professional:");
      for (Escalation escalation : insights.escalations()) {
        out.println("  " + escalation.message());
        out.println("       " + escalation.evidence());
        out.println("       Sources: " + Words.sources(escalation.sources()));
      }
    }
    out.println();
    out.println("Self-care guidance, not a diagnosis.");
  }

  /** One block character per day, from ▁ (pain 0) to █ (pain 10). */
  static String sparkline(List<Insights.PainPoint> points) {
    StringBuilder line = new StringBuilder(points.size());
    for (Insights.PainPoint point : points) {
      double pain = point.pain().doubleValue();
      int index = (int) Math.round(pain / 10.0 * (BARS.length() - 1));
      line.append(BARS.charAt(Math.max(0, Math.min(BARS.length() - 1, index))));
    }
    return line.toString();
  }
}
