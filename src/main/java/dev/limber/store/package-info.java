/**
 * Storage: JDBC over H2 (embedded, the default) or PostgreSQL, with Flyway migrations and a
 * HikariCP pool. The only place SQL appears; every statement is prepared, bound and read through
 * {@link dev.limber.store.Sql}. Adapter: depends on the core; never on another adapter.
 */
package dev.limber.store;
