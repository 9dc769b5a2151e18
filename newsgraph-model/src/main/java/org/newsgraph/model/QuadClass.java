package org.newsgraph.model;

/** GDELT's four classes of events, numbered as GDELT numbers them. */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** 1..4, as in GDELT's QuadClass column. */
  public int number() {
    return number;
  }

  public boolean cooperation() {
    return number <= 2;
  }

  public static QuadClass ofNumber(int number) {
    for (QuadClass q : values()) {
      if (q.number == number) {
        return q;
      }
    }
    throw new IllegalArgumentException("no quad class " + number);
  }
}
