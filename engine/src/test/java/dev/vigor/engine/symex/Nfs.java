package dev.vigor.engine.symex;

import dev.vigor.engine.c.CFrontEnd;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the symbolic-execution tests find NFs, and how they compile them. */
public final class Nfs {
  private Nfs() {}

  public static Path libvigInclude() {
    return Path.of(System.getProperty("vigor.libvig.include", "../libvig/include"));
  }

  public static Path catalog(String name) {
    return Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve(name);
  }

  public static Path broken(String name) {
    try {
      return Path.of(Nfs.class.getResource("/broken/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource broken/" + name, e);
    }
  }

  public static Program compile(Path dir) throws DiagnosticException {
    return CFrontEnd.compile(dir, libvigInclude());
  }

  public static NfConfig config(Path dir) {
    try {
      return NfConfig.load(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
