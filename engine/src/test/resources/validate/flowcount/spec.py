# Per-flow counters in a map whose slots a dchain hands out (Vigor's own NAT paired them so):
# the_index_allocated is the index dchain_allocate gave. The counters wrap around as C's do.
from state import flow_index, counters

U64 = 18446744073709551616

ip = pop_header(ipv4, on_mismatch=([], []))
if ip.ttl <= 1:
    return DROP
if has_header(tcpudp):
    l4 = pop_header(tcpudp, on_mismatch=DROP)
    key = FlowKey(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
    if key in flow_index:
        i = flow_index[key].index
        counters[i] = Counter((counters[i].packets + 1) % U64,
                              (counters[i].bytes + packet_size) % U64)
    elif not flow_index.full():
        flow_index[key] = FlowSlot(the_index_allocated)
        counters[the_index_allocated] = Counter((counters[the_index_allocated].packets + 1) % U64,
                                                (counters[the_index_allocated].bytes + packet_size) % U64)
eth = pop_header(ether, on_mismatch=([], []))
if received_on_port == 0:
    out = 1
else:
    out = 0
return ([out], [eth, ipv4(ip, ttl=ip.ttl - 1, cksum=...)])
