package dev.limber.json;

/** A domain value with a JSON form: the tree {@link Json#write} prints for it. */
public interface JsonValue {
  /** This value as plain maps, lists, strings, numbers, booleans and nulls. */
  Object toJson();
}
