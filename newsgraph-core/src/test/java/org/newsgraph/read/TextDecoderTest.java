package org.newsgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void decodesUtf8() throws BadInputException {
    String text = "Größere Lücken im Süden\nzweite Zeile";
    assertEquals(text, TextDecoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dropsTheUtf8ByteOrderMark() throws BadInputException {
    byte[] b = concat(bytes(0xef, 0xbb, 0xbf), "Überschrift".getBytes(StandardCharsets.UTF_8));
    assertEquals("Überschrift", TextDecoder.decode("a.txt", b));
  }

  @Test
  void decodesUtf16WithItsMark() throws BadInputException {
    assertEquals("Straße", TextDecoder.decode("le.txt", concat(bytes(0xff, 0xfe), "Straße".getBytes(StandardCharsets.UTF_16LE))));
    assertEquals("Straße", TextDecoder.decode("be.txt", concat(bytes(0xfe, 0xff), "Straße".getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void keepsCrlfAsItIs() throws BadInputException {
    assertEquals("a\r\nb\r\n", TextDecoder.decode("crlf.txt", "a\r\nb\r\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesInvalidUtf8NamingTheInput() {
    byte[] latin1 = "Größe".getBytes(StandardCharsets.ISO_8859_1);
    BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode("latin1.txt", latin1));
    assertEquals("latin1.txt", e.input());
    assertTrue(e.getMessage().startsWith("latin1.txt: "), e.getMessage());
    assertTrue(e.reason().contains("UTF-8"), e.reason());
    assertTrue(!e.getMessage().contains("\n"), "one line");
  }

  @Test
  void refusesATruncatedSequence() {
    byte[] b = concat("Gr".getBytes(StandardCharsets.UTF_8), bytes(0xc3));
    assertThrows(BadInputException.class, () -> TextDecoder.decode("cut.txt", b));
  }

  @Test
  void refusesBinaryData() {
    byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R');
    BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode("img.png", png));
    assertTrue(e.reason().contains("binary"), e.reason());
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertThrows(BadInputException.class, () -> TextDecoder.decode("ctl.bin", controls));
  }

  @Test
  void refusesEmptyAndBlankInput() {
    BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode("empty.txt", new byte[0]));
    assertTrue(e.reason().contains("empty"), e.reason());
    assertThrows(BadInputException.class, () -> TextDecoder.decode("blank.txt", " \n\r\n\t".getBytes(StandardCharsets.UTF_8)));
    assertThrows(BadInputException.class, () -> TextDecoder.decode("bom.txt", bytes(0xef, 0xbb, 0xbf)));
  }
}
