package org.newsgraph.read;

/**
 * An input that cannot be read as news: empty, binary, wrongly encoded, too large, missing. The
 * message is one line that names the input, fit to print as it is.
 */
public final class BadInputException extends Exception {
  private final String input;
  private final String reason;

  public BadInputException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
    this.reason = reason;
  }

  public String input() {
    return input;
  }

  public String reason() {
    return reason;
  }
}
