package dev.vigor.engine.spec;

import dev.vigor.engine.spec.ir.StateKind;
import java.nio.file.Path;
import java.nio.file.Paths;

/** NF interfaces as the C front-end would export them, built by hand for the tests. */
public final class TestInterfaces {
  private TestInterfaces() {}

  /** The folder of the spec test resources. */
  public static Path resources() {
    try {
      return Paths.get(TestInterfaces.class.getResource("/spec").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything the good specs and the bad specs in NF mode use. */
  public static NfInterface catalog() {
    return NfInterface.builder()
        .state("dyn_emap", StateKind.EMAP, NfInterface.INT, NfInterface.INT)
        .state("dyn_vals", StateKind.VECTOR, NfInterface.INT, "DynamicValue")
        .state("stat_map", StateKind.MAP, "StaticKey", NfInterface.INT)
        .state("flows", StateKind.EMAP, "FlowId", NfInterface.INT)
        .state("int_devices", StateKind.VECTOR, NfInterface.INT, NfInterface.INT)
        .state("backends", StateKind.VECTOR, NfInterface.INT, "Backend")
        .state("backend_ips", StateKind.EMAP, NfInterface.INT, NfInterface.INT)
        .state("cht", StateKind.CHT, NfInterface.INT, NfInterface.INT)
        .state("routes", StateKind.LPM, NfInterface.INT, NfInterface.INT)
        .state("counters", StateKind.MAP, NfInterface.INT, NfInterface.INT)
        .record("DynamicValue", "output_port")
        .record("StaticKey", "addr", "device")
        .record("FlowId", "src_port", "dst_port", "src_ip", "dst_ip", "device", "protocol")
        .record("Backend", "port", "mac")
        .record("Flow", "src_ip", "src_port")
        .config("ext_ip", "start_port")
        .devices(2)
        .build();
  }
}
