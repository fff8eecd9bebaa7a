package dev.limber.render.html;

import dev.limber.screening.EmergencyNotice;

/**
 * An emergency notice split around the number it names, so that a page or handout shows the number
 * as a {@code tel:} link a phone can dial (spec/screening.md §6, rev. 3). A notice that does not
 * name the configured number (kept from before it changed) gets the number after it.
 */
public record EmergencyCall(String before, String number, String after) {
  public EmergencyCall {
    if (before == null || number == null || after == null) {
      throw new IllegalArgumentException("before, number and after are required");
    }
  }

  /** The notice around the number {@link EmergencyNotice#number()} names. */
  public static EmergencyCall of(String notice) {
    return of(notice, EmergencyNotice.number());
  }

  static EmergencyCall of(String notice, String number) {
    String text = notice == null ? EmergencyNotice.text() : notice;
    int at = text.indexOf(number);
    while (at >= 0 && !standsAlone(text, at, number.length())) {
      at = text.indexOf(number, at + 1);
    }
    if (at < 0) {
      return new EmergencyCall(text + " The emergency number is ", number, ".");
    }
    return new EmergencyCall(text.substring(0, at), number, text.substring(at + number.length()));
  }

  private static boolean standsAlone(String text, int at, int length) {
    boolean digitBefore = at > 0 && Character.isDigit(text.charAt(at - 1));
    int end = at + length;
    boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end));
    return !digitBefore && !digitAfter;
  }

  /** The link target: {@code tel:112}. */
  public String telHref() {
    return "tel:" + number;
  }
}
