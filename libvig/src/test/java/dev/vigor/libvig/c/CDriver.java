package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.PreconditionViolation;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * One running libvig_driver: a call is a line out and a line back. A "!" answer (a broken
 * precondition, the C object unchanged) becomes the PreconditionViolation the Java structures
 * throw, so callers cannot tell the two implementations apart except by their results.
 */
final class CDriver implements AutoCloseable {
  private final Process process;
  private final BufferedWriter in;
  private final BufferedReader out;
  private final Path stderr;

  CDriver(Path executable) throws IOException {
    this.stderr = Files.createTempFile("libvig-driver", ".err");
    this.process = new ProcessBuilder(executable.toString())
        .redirectError(stderr.toFile()).start();
    this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(),
        StandardCharsets.US_ASCII));
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.US_ASCII));
  }

  /** Sends one call and returns its answer; a violation is thrown. */
  String call(String line) {
    String answer;
    try {
      in.write(line);
      in.write('\n');
      in.flush();
      answer = out.readLine();
    } catch (IOException e) {
      answer = null;
    }
    if (answer == null) {
      throw new IllegalStateException("the C driver died on \"" + line + "\": " + errors());
    }
    if (answer.startsWith("! ")) {
      String rest = answer.substring(2);
      int space = rest.indexOf(' ');
      throw new PreconditionViolation(rest.substring(0, space), rest.substring(space + 1));
    }
    return answer;
  }

  boolean bool(String line) {
    return call(line).equals("1");
  }

  int integer(String line) {
    return Integer.parseInt(call(line));
  }

  long number(String line) {
    return Long.parseLong(call(line));
  }

  /** A "1 N" / "0" answer. */
  OptionalInt found(String line) {
    String a = call(line);
    return a.equals("0") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(a.substring(2)));
  }

  /** What the driver wrote on stderr (a sanitizer report, a protocol error). */
  String errors() {
    try {
      process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
      return Files.readString(stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  static byte[] bytes(String hex) {
    byte[] b = new byte[hex.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
  }

  @Override
  public void close() throws IOException {
    in.close();
    try {
      process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroy();
    Files.deleteIfExists(stderr);
  }
}
