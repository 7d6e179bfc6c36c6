package dev.vigor.engine.nfrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Mixed test traffic for an NF: hosts behind the inside devices talk to remote hosts behind the
 * outside device over many TCP and UDP flows, both ways, with unsolicited packets and malformed
 * ones mixed in, and time passing several times the NF's expiry time (with one jump past the
 * longest one) so entries age out and are learned again. Every host has a fixed MAC on its
 * device, so the same traffic is meaningful L2 traffic for a bridge; destinations fall in and
 * out of the catalog router's prefixes. Deterministic for a seed.
 *
 * <p>The outside device is the nf.properties constant {@code EXT_DEVICE} or {@code WAN_DEVICE},
 * else the last device. Replies to an NF with {@code config.ext_ip} (a NAT) go to that address,
 * at ports from {@code config.start_port} on.
 */
public final class TrafficGenerator {
  /** What shapes the traffic; see {@link #forNf}. */
  public record Settings(int devices, int outside, long expiryNs, long longestExpiryNs,
      Long extIp, int startPort, int flows, long seed) {}

  private static final long EPOCH_NS = 1_700_000_000L * 1_000_000_000L;

  private final Settings s;
  private final SplittableRandom random;
  private final List<Flow> flows = new ArrayList<>();
  /** For an NF with config.ext_ip (a NAT): the external port each flow is likely to have. */
  private final NatPorts<Flow> natPorts;

  private record Flow(int device, long insideMac, int insideIp, long remoteMac, int remoteIp,
      int insidePort, int remotePort, int protocol) {}

  public TrafficGenerator(Settings settings) {
    this.s = settings;
    this.random = new SplittableRandom(settings.seed());
    this.natPorts = settings.extIp() != null ? new NatPorts<>(settings.expiryNs()) : null;
    int inside = Math.max(1, settings.devices() - 1);
    // a host pool smaller than the flow count: hosts have several flows, remote hosts are shared
    int hosts = Math.max(2, settings.flows() / 4);
    for (int i = 0; i < settings.flows(); i++) {
      int host = random.nextInt(hosts);
      int device = inside(host % inside);
      int remote = random.nextInt(hosts);
      flows.add(new Flow(device, 0x020000100000L + host, insideIp(host), 0x020000200000L + remote,
          remoteIp(remote), 1024 + random.nextInt(60000), remotePort(), random.nextBoolean() ? 6 : 17));
    }
  }

  /** Settings from an NF's device count, nf.properties constants and config values. */
  public static Settings forNf(int devices, Map<String, Long> constants, Map<String, Long> config,
      int flows, long seed) {
    long outside = constants.getOrDefault("EXT_DEVICE",
        constants.getOrDefault("WAN_DEVICE", (long) devices - 1));
    long expiry = constants.getOrDefault("EXP_TIME", 10_000_000_000L);
    long longest = constants.entrySet().stream().filter(e -> e.getKey().endsWith("EXP_TIME"))
        .mapToLong(Map.Entry::getValue).max().orElse(expiry);
    return new Settings(devices, (int) outside, expiry, longest, config.get("ext_ip"),
        config.getOrDefault("start_port", 0L).intValue(), flows, seed);
  }

  /** Settings for a loaded NF: its device count, nf.properties constants and config values. */
  public static Settings forNf(dev.vigor.engine.nf.LoadedNf nf,
      dev.vigor.engine.exec.NfConfig config, int flows, long seed) {
    Map<String, Long> constants = new java.util.HashMap<>();
    nf.properties().withPrefix("constant.").forEach((name, e) ->
        dev.vigor.engine.catalog.NfPropertiesFile.integer(e.value())
            .ifPresent(v -> constants.put(name, v.longValue())));
    return forNf(nf.descriptor().devices(), constants, config.constants(), flows, seed);
  }

  /** count packets, times non-decreasing, spanning about three expiry times. */
  public List<CapturedPacket> generate(int count) {
    return generate(count, 0);
  }

  /**
   * count packets as {@link #generate(int)}, of which 2 * fill flood the NF's tables a third of
   * the way in: fill new hosts (each its own MAC, address and port) each send one packet out and
   * receive one from outside, all within half an expiry time, so a table of fewer than fill
   * entries is full and the flows after it meet the full-table branch until entries expire.
   */
  public List<CapturedPacket> generate(int count, int fill) {
    if (fill < 0 || 2L * fill > count) {
      throw new IllegalArgumentException("flooding " + fill + " new flows takes " + 2L * fill
          + " packets; " + count + " asked for");
    }
    List<CapturedPacket> out = new ArrayList<>(count);
    long now = EPOCH_NS;
    int regular = count - 2 * fill;
    long meanStep = Math.max(1, 3 * s.expiryNs() / Math.max(1, regular));
    for (int i = 0; i < regular; i++) {
      if (i == regular / 3 && fill > 0) {
        now = flood(out, now, fill);
      }
      if (i == 2 * regular / 3 && s.longestExpiryNs() > s.expiryNs()) {
        now += s.longestExpiryNs() + 1_000_000_000L; // everything ages out once
      }
      // a tenth of packets arrive at the same ns as the one before (the expiry edge cases)
      now += random.nextInt(10) == 0 ? 0 : random.nextLong(2 * meanStep);
      out.add(next(now));
    }
    if (regular == 0 && fill > 0) {
      flood(out, now, fill);
    }
    return out;
  }

  /** The flood of {@link #generate(int, int)}; returns the time of its last packet. */
  private long flood(List<CapturedPacket> out, long now, int fill) {
    long step = Math.max(1, s.expiryNs() / 2 / (2L * fill));
    int inside = Math.max(1, s.devices() - 1);
    for (int k = 0; k < fill; k++) {
      // 10.2.0.0 upwards and locally administered MACs: apart from the regular hosts
      Flow f = new Flow(inside(k % inside), 0x020000300000L + k, 0x0A020000 + k,
          0x020000200000L + random.nextInt(64), remoteIp(random.nextInt(64)),
          1024 + k % 60000, remotePort(), k % 2 == 0 ? 6 : 17);
      now += step;
      if (natPorts != null) {
        natPorts.outbound(f, now);
      }
      out.add(new CapturedPacket(f.device(), now, l4(f.insideMac(), f.remoteMac(), f.insideIp(),
          f.remoteIp(), f.insidePort(), f.remotePort(), f.protocol())));
      now += step;
      // towards the new host from outside (a policer's bucket per destination)
      out.add(new CapturedPacket(s.outside(), now, l4(f.remoteMac(), f.insideMac(), f.remoteIp(),
          f.insideIp(), f.remotePort(), f.insidePort(), f.protocol())));
    }
    return now;
  }

  /**
   * New flows that fill the largest table an NF declares ({@code capacity.*} in nf.properties)
   * and an eighth more; 0 when it declares none.
   */
  public static int fillFor(dev.vigor.engine.nf.LoadedNf nf) {
    long largest = nf.properties().withPrefix("capacity.").values().stream()
        .map(e -> dev.vigor.engine.catalog.NfPropertiesFile.integer(e.value()))
        .flatMap(java.util.Optional::stream).mapToLong(Number::longValue).max().orElse(0);
    return (int) Math.min(Integer.MAX_VALUE / 4, largest + largest / 8);
  }

  private CapturedPacket next(long now) {
    Flow f = flows.get(random.nextInt(flows.size()));
    int roll = random.nextInt(100);
    if (roll < 50) { // inside host to remote host
      if (natPorts != null) {
        natPorts.outbound(f, now);
      }
      return new CapturedPacket(f.device(), now, l4(f.insideMac(), f.remoteMac(), f.insideIp(),
          f.remoteIp(), f.insidePort(), f.remotePort(), f.protocol()));
    }
    if (roll < 80) { // the reply, to the inside host (a NAT's external address and port)
      int dstIp = s.extIp() != null ? (int) (long) s.extIp() : f.insideIp();
      int dstPort = f.insidePort();
      if (natPorts != null) {
        int index = natPorts.inbound(f, now);
        dstPort = s.startPort() + (index >= 0 ? index : random.nextInt(Math.max(1, s.flows())));
      }
      return new CapturedPacket(s.outside(), now, l4(f.remoteMac(), f.insideMac(), f.remoteIp(),
          dstIp, f.remotePort(), dstPort & 0xFFFF, f.protocol()));
    }
    if (roll < 88) { // unsolicited, from outside
      return new CapturedPacket(s.outside(), now, l4(f.remoteMac(),
          0x020000100000L + random.nextInt(1000), f.remoteIp(), insideIp(random.nextInt(1000)),
          remotePort(), 1 + random.nextInt(65535), random.nextBoolean() ? 6 : 17));
    }
    // odd frames on the flow's own device: a NAT or firewall sees its flow's (odd) packets
    return new CapturedPacket(f.device(), now, odd(f, now));
  }

  /** Frames an NF must cope with: short, not IPv4, broadcast, 802.1D reserved, ICMP, TTL 0-1,
   * fragments, bad header lengths. */
  private byte[] odd(Flow f, long now) {
    int kind = random.nextInt(8);
    if (natPorts != null && (kind == 2 || kind == 3 || kind == 5)) {
      natPorts.outbound(f, now); // still a TCP/UDP packet a NAT translates
    }
    byte[] p = l4(f.insideMac(), f.remoteMac(), f.insideIp(), f.remoteIp(), f.insidePort(),
        f.remotePort(), f.protocol());
    switch (kind) {
      case 0 -> p = java.util.Arrays.copyOf(p, random.nextInt(30)); // truncated
      case 1 -> { p[12] = 0x08; p[13] = 0x06; } // ARP ethertype
      case 2 -> putMac(p, 0, 0xFFFFFFFFFFFFL); // broadcast
      case 3 -> putMac(p, 0, 0x0180C2000000L + random.nextInt(3)); // 802.1D reserved
      case 4 -> { p[23] = 1; fixChecksum(p); } // ICMP
      case 5 -> { p[22] = (byte) random.nextInt(2); fixChecksum(p); } // TTL 0 or 1
      case 6 -> { p[20] = 0x00; p[21] = 0x10; fixChecksum(p); } // a non-first fragment
      default -> { p[14] = (byte) (0x40 | random.nextInt(5)); } // IHL < 5
    }
    return p;
  }

  private byte[] l4(long srcMac, long dstMac, int srcIp, int dstIp,
      int srcPort, int dstPort, int protocol) {
    int l4Len = protocol == 6 ? 20 : 8;
    int payload = random.nextInt(4) == 0 ? random.nextInt(400) : random.nextInt(20);
    byte[] p = new byte[14 + 20 + l4Len + payload];
    putMac(p, 0, dstMac);
    putMac(p, 6, srcMac);
    p[12] = 0x08;
    p[13] = 0x00;
    p[14] = 0x45;
    put16(p, 16, 20 + l4Len + payload);
    put16(p, 18, random.nextInt(65536));
    p[22] = (byte) (2 + random.nextInt(63));
    p[23] = (byte) protocol;
    put32(p, 26, srcIp);
    put32(p, 30, dstIp);
    fixChecksum(p);
    put16(p, 34, srcPort);
    put16(p, 36, dstPort);
    if (protocol == 6) {
      put32(p, 38, random.nextInt());
      p[46] = 0x50;
      p[47] = (byte) new int[] {0x02, 0x10, 0x18, 0x11, 0x04, 0x12}[random.nextInt(6)];
    } else {
      put16(p, 38, 8 + payload);
    }
    for (int i = 14 + 20 + l4Len; i < p.length; i++) {
      p[i] = (byte) random.nextInt(256);
    }
    return p;
  }

  private int inside(int k) {
    if (s.devices() == 1) {
      return 0;
    }
    // the k-th device that is not the outside one
    return k < s.outside() ? k : k + 1;
  }

  /** Inside hosts: 10.0.x.y, 10.1.x.y and 192.168.1.y (the router's prefixes). */
  private static int insideIp(int host) {
    int[] bases = {0x0A000000, 0x0A010000, 0xC0A80100};
    int base = bases[host % 3];
    return base == 0xC0A80100 ? base | (host / 3 % 254 + 1) : base | ((host / 3) & 0xFFFF) + 1;
  }

  /** Remote hosts: documentation and public-looking addresses outside the router's prefixes. */
  private static int remoteIp(int host) {
    return (host % 2 == 0 ? 0xCB007100 : 0x08080000) + (host & 0xFFFF);
  }

  private int remotePort() {
    int[] common = {53, 80, 123, 443, 8080};
    return random.nextInt(3) == 0 ? 1 + random.nextInt(65535) : common[random.nextInt(5)];
  }

  private static void fixChecksum(byte[] p) {
    p[24] = 0;
    p[25] = 0;
    int sum = 0;
    for (int i = 14; i < 34; i += 2) {
      sum += ((p[i] & 0xFF) << 8) | (p[i + 1] & 0xFF);
    }
    sum = (sum & 0xFFFF) + (sum >>> 16);
    sum = (sum & 0xFFFF) + (sum >>> 16);
    put16(p, 24, ~sum & 0xFFFF);
  }

  private static void putMac(byte[] p, int at, long mac) {
    for (int i = 0; i < 6; i++) {
      p[at + i] = (byte) (mac >>> (8 * (5 - i)));
    }
  }

  private static void put16(byte[] p, int at, int v) {
    p[at] = (byte) (v >>> 8);
    p[at + 1] = (byte) v;
  }

  private static void put32(byte[] p, int at, int v) {
    put16(p, at, v >>> 16);
    put16(p, at + 2, v);
  }
}
