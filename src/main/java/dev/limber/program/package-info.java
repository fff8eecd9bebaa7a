/**
 * Clinician programs: a prescribed list of catalog techniques with doses and a frequency, its
 * versions, join codes, the person's consent and link, alerts, adherence and the access log. Core:
 * the JDK and the other core packages only; the {@code Programs} interface is implemented by the
 * store.
 */
package dev.limber.program;
