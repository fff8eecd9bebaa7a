/**
 * JSON text to and from plain Java values (maps, lists, strings, numbers, booleans, null), strict:
 * no duplicate keys, no NaN, no lone surrogates, integers kept apart from decimals. The core's one
 * exception to "JDK only": it depends on jackson-core's streaming parser and generator, nothing
 * else (ArchitectureTest).
 */
package dev.limber.json;
