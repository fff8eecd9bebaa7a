package dev.limber.session;

/** What a timeline segment asks of the person. */
public enum SegmentKind {
  /** Read the step, get into position. */
  GET_READY,
  /** A static stretch hold, with its side and repetition. */
  HOLD,
  /** A pause between repetitions. */
  REST,
  /** Change to the other side of a one-sided stretch. */
  SWITCH_SIDES,
  /** Slow repeated movements, counted (a REPETITIONS dose). */
  REPETITIONS,
  /** Continuous work for a time, such as self-massage (a CONTINUOUS dose). */
  CONTINUOUS,
  /** One slow self-crack attempt: never retried, never forced. */
  CRACK_ATTEMPT,
  /** Rate the pain from 0 to 10: once before the first technique and once after the last. */
  PAIN_CHECK
}
