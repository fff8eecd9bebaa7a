/**
 * The routine planner: turns a screening result and preferences into a routine that fits the
 * minutes, the place and the equipment, with what was left out and why. Core: JDK and core only.
 */
package dev.limber.planning;
