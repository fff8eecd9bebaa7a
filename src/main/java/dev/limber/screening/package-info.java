/**
 * Safety screening (spec/screening.md): validated answers, the U/S/X rules as named objects, the
 * technique filters, and the verdict with its cited reasons. Core: depends on the JDK, {@code json}
 * and {@code catalog}.
 */
package dev.limber.screening;
