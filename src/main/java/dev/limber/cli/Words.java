package dev.limber.cli;

import dev.limber.catalog.Source;
import dev.limber.catalog.SourceTitles;
import dev.limber.catalog.Tag;
import java.util.List;
import java.util.Locale;

/** Plain words for codes shown to people in the terminal. */
final class Words {
  private static SourceTitles titles;

  private Words() {}

  /** A source as a person reads it: the title of a seed article instead of its file name. */
  static synchronized String source(String document) {
    if (titles == null) {
      titles = SourceTitles.bundled();
    }
    return titles.title(document);
  }

  /** Sources joined for one line of prose, strongest first. */
  static synchronized String sources(List<String> documents) {
    source("");
    return String.join("; ", titles.strongestFirst(documents));
  }

  /** A catalog source: its title, where in it, and what it cites there. */
  static String cite(Source source) {
    return source(source.document())
        + ", "
        + source.section()
        + (source.reference() == null ? "" : " (citing " + source.reference() + ")");
  }

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
