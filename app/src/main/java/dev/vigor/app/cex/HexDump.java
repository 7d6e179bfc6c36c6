package dev.vigor.app.cex;

/** The classic 16-bytes-a-row hex dump: offset, hex bytes, printable ASCII. */
public final class HexDump {
  private HexDump() {}

  /** Rows of {@code 0000  aa bb ...  |..|}, one per 16 bytes, newline-separated. */
  public static String format(byte[] data) {
    StringBuilder s = new StringBuilder();
    for (int row = 0; row < data.length; row += 16) {
      s.append(String.format("%04x  ", row));
      StringBuilder ascii = new StringBuilder();
      for (int i = row; i < row + 16; i++) {
        if (i < data.length) {
          int v = data[i] & 0xff;
          s.append(String.format("%02x ", v));
          ascii.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
        } else {
          s.append("   ");
        }
        if (i == row + 7) {
          s.append(' ');
        }
      }
      s.append(" |").append(ascii).append("|\n");
    }
    return s.toString();
  }
}
