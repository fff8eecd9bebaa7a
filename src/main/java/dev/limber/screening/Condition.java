package dev.limber.screening;

/** A health condition a person reports (spec/screening.md §2), by its exact code. */
public enum Condition {
  OSTEOPOROSIS,
  OSTEOPENIA,
  OSTEOARTHRITIS,
  /** Current, healed or suspected. */
  SPINAL_FRACTURE,
  HERNIATED_DISC,
  /** In the last six weeks. */
  RECENT_BACK_INJURY,
  PREVIOUS_SPINAL_INJURY,
  SPINAL_INSTABILITY,
  SPINAL_SURGERY,
  /** Diagnosed and stable. */
  NEUROLOGICAL_CONDITION,
  HYPERMOBILITY,
  INFLAMMATORY_ARTHRITIS,
  ANTICOAGULANTS,
  BLEEDING_DISORDER,
  CANCER_HISTORY,
  /** Three months or longer. */
  LONG_TERM_STEROIDS,
  IMMUNOSUPPRESSION,
  /** Or less than six weeks after giving birth. */
  PREGNANCY
}
