# Exercises the rest of the dialect: tcp sugar, chained comparisons, operators,
# maps, cht, lpm, wildcards, pass, assert, full header constructors, has_header.
from state import backends, backend_ips, cht, routes, counters
MTU = 1500
MASK = ~0 & 0xFFFF

assert a_packet_received
t = pop_header(tcp, on_mismatch=DROP)
ip = pop_header(ipv4, on_mismatch=DROP)
eth = pop_header(ether, on_mismatch=DROP)
assert 20 <= ip.len <= MTU and packet_size >= 14
if SYN in t.flags and not ACK in t.flags and not has_header(udp):
    pass
total = (packet_size * 8) // 3 + (packet_size % 7) - (-1) + (1 << 4) - (ip.ttl >> 1)
total += t.seq ^ t.ack | MASK
if ip.daddr in counters:
    counters[ip.daddr] = counters[ip.daddr] + 1
else:
    counters.put(ip.daddr, 1)
hop = routes.lookup(ip.daddr)
flow = Flow(ip.saddr, t.src_port)
if backend_ips.exists_with_cht(cht, _Flow_hash(flow)):
    b = backend_ips.choose_with_cht(cht, _Flow_hash(flow))
    return ([backends.get(b).port],
            [ether(saddr=..., daddr=backends.get(b).mac, type=0x0800),
             ipv4(ip, ttl=ip.ttl - 1, cksum=...),
             tcp(t, dst_port=80)])
if hop == received_on_port or mem(hop, [0, 1]):
    return [...], pkt
return hop, pkt
