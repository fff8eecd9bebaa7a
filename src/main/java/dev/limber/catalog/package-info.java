/**
 * The technique catalog: every technique the seed articles describe, as validated data with its
 * sources, read from {@code catalog/techniques.json}. Core: depends on the JDK and {@code json}.
 */
package dev.limber.catalog;
