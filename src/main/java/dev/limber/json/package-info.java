/**
 * JSON text to and from plain Java values (maps, lists, strings, numbers, booleans, null), strict:
 * no duplicate keys, no NaN, integers kept apart from decimals. Depends on the JDK only.
 */
package dev.limber.json;
