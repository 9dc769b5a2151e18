package org.newsgraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text strictly: UTF-8 (a byte-order mark is dropped) or UTF-16 with its mark.
 * Binary data and invalid byte sequences are refused rather than decoded into replacement
 * characters, so that garbage never reaches the analysis.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(String input, byte[] bytes) throws BadInputException {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return checked(input, decode(input, bytes, 2, StandardCharsets.UTF_16BE.newDecoder()));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return checked(input, decode(input, bytes, 2, StandardCharsets.UTF_16LE.newDecoder()));
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    if (looksBinary(bytes, offset)) {
      throw new BadInputException(input, "binary data, not text");
    }
    return checked(input, decode(input, bytes, offset, StandardCharsets.UTF_8.newDecoder()));
  }

  private static String decode(String input, byte[] bytes, int offset, CharsetDecoder decoder)
      throws BadInputException {
    decoder
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer chars = decoder.decode(buffer);
      return chars.toString();
    } catch (MalformedInputException e) {
      throw new BadInputException(
          input,
          "not valid " + decoder.charset().name() + " (bad byte sequence at byte " + buffer.position()
              + ")");
    } catch (CharacterCodingException e) {
      throw new BadInputException(input, "not valid " + decoder.charset().name());
    }
  }

  /** NUL bytes, or many control characters, in the first 8 KiB mean binary data. */
  private static boolean looksBinary(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return end > offset && control * 20 > end - offset;
  }

  private static String checked(String input, String text) throws BadInputException {
    if (text.isBlank()) {
      throw new BadInputException(input, "empty input, no text to analyse");
    }
    return text;
  }
}
