package dev.limber.catalog;

/**
 * Where the body touches something in a pose: a part or pair of parts ({@code HANDS}) and what it
 * touches, a prop id, {@code floor}, or another part ({@code HEAD}).
 */
public record Contact(String part, String target) {}
