/**
 * Accounts of the hosted service: people, their login sessions and personal API tokens, the
 * throttle rules (sign-in, sign-up, join codes), and the interfaces the store implements. Core:
 * depends on the JDK and {@code json} only; password hashing sits behind {@link
 * dev.limber.account.PasswordHasher}.
 */
package dev.limber.account;
