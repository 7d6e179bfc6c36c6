package dev.vigor.engine.nf;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.spec.SourceHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SHA-256 of what an NF's code is made of: {@code nf.properties} and every C source and header
 * of its folder, each with its name relative to the folder, so a verdict can say which code it is
 * about and go stale when that code changes.
 */
public final class NfSourceHash {
  private NfSourceHash() {}

  /** The hash of the NF's files as they are on disk now. */
  public static String of(NfDescriptor nf) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(nf.directory().resolve(Catalog.NF_PROPERTIES));
    files.addAll(nf.sources());
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      byte[] name = nf.directory().relativize(f).toString().replace('\\', '/')
          .getBytes(StandardCharsets.UTF_8);
      byte[] content = Files.readAllBytes(f);
      // Length-prefixed, so moving bytes between a name and a content changes the hash.
      all.writeBytes((name.length + ":").getBytes(StandardCharsets.UTF_8));
      all.writeBytes(name);
      all.writeBytes((content.length + ":").getBytes(StandardCharsets.UTF_8));
      all.writeBytes(content);
    }
    return SourceHash.sha256(all.toByteArray());
  }

  /** The hash of the NF in {@code nfDir}. */
  public static String of(Path nfDir) throws IOException {
    return of(Catalog.readNf(nfDir));
  }
}
