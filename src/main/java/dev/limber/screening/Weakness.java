package dev.limber.screening;

/** Where a person feels new weakness. */
public enum Weakness {
  ARM,
  LEG
}
