package dev.limber.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * A technique tag (spec/screening.md §5): one modality, positions, and cautions the filters use.
 */
public enum Tag {
  SELF_CRACK,
  STRETCH,
  SELF_MASSAGE,
  CHAIR,
  SEATED,
  STANDING,
  FLOOR,
  KNEELING,
  LYING,
  PRONE,
  BED,
  CHALLENGING,
  MOMENTUM,
  LOADED_FLEXION,
  TWIST,
  /** Bending forward and twisting at once (rev. 2). */
  FLEXION_ROTATION,
  REQUIRES_MIDBACK_REACH;

  public static final Set<Tag> MODALITIES = EnumSet.of(SELF_CRACK, STRETCH, SELF_MASSAGE);

  /**
   * Tags the catalog refuses outright: neck cracking and cracking by someone else (002: only a
   * physiotherapist or chiropractor should crack another person's back).
   */
  public static final Set<String> FORBIDDEN = Set.of("NECK", "PARTNER_ASSISTED");
}
