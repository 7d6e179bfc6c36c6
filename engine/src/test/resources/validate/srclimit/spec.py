# A per-source packet limit with an ACL on TCP/UDP ports when the packet has them: has_header
# says which packets a port rule applies to, as nf_tcpudp_header does in the C.
from state import sources, counts

BLOCKED = [23, 135, 139, 445]

ip = pop_header(ipv4, on_mismatch=([], []))
if received_on_port == INSIDE:
    return OUTSIDE, pkt

if has_header(tcpudp):
    l4 = pop_header(tcpudp, on_mismatch=DROP)
    if l4.dst_port in BLOCKED:
        return DROP

sources.expire_all(now - WINDOW)
if Src(ip.saddr) in sources:
    index = sources[Src(ip.saddr)]
    if counts[index].packets >= max_packets:
        return DROP
    counts[index] = Count(counts[index].packets + 1, counts[index].reserved, counts[index].since)
    return INSIDE, pkt
elif not sources.full():
    sources.add(Src(ip.saddr), the_index_allocated, now)
    counts[the_index_allocated] = Count(1, 0, now)
return INSIDE, pkt
