/**
 * The journal: check-ins, sessions and screenings kept over time, the frequency guard, and the
 * insights drawn from them. The {@code Journal} interface is implemented by the store. Core.
 */
package dev.limber.journal;
