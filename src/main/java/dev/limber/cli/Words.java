package dev.limber.cli;

import dev.limber.catalog.Tag;
import java.util.Locale;

/** Plain words for codes shown to people in the terminal. */
final class Words {
  private Words() {}

  static String modality(Tag modality) {
    return switch (modality) {
      case SELF_CRACK -> "self-crack";
      case SELF_MASSAGE -> "self-massage";
      default -> "stretch";
    };
  }

  /** {@code UPPER_BACK} → {@code upper back}. */
  static String enumWords(Enum<?> code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
