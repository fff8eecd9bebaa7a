package dev.limber.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test body run twice, on a fresh H2 database and on a fresh PostgreSQL one: declare a {@link
 * Database} parameter. Neither is ever skipped.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("dev.limber.store.TestDatabases#both")
public @interface StoreTest {}
