# Written in the original Vigor dialect (no NF interface needed): Tc(...) records,
# lowercase ...c records, _T_hash, if a_packet_received, semicolons, method calls only.
from state import flow_table, flow_backend, backend_info, live_backends, ring
FLOW_TTL = 10 * 1000
BACKEND_TTL = 3600000000 * 1000
CLIENT_SIDE = 2

if a_packet_received:
    flow_table.expire_all(now - FLOW_TTL)
    live_backends.expire_all(now - BACKEND_TTL)

l4 = pop_header(tcpudp, on_mismatch=([],[]))
l3 = pop_header(ipv4, on_mismatch=([],[]))
l2 = pop_header(ether, on_mismatch=([],[]))
assert a_packet_received
assert l2.type == 0x0800 # the original wrote 8, the raw bytes (a warning here: ByteSwapIdiomTest)
assert l3.npid == 6 or l3.npid == 17

if received_on_port == CLIENT_SIDE:
    flow = ClientFlowc(l3.saddr, l3.daddr, l4.src_port, l4.dst_port, l3.npid)
    need_backend = False;
    if flow_table.has(flow):
        fid = flow_table.get(flow)
        bid = flow_backend.get(fid)
        if live_backends.has_idx(bid):
            flow_table.refresh_idx(flow_table.get(flow), now)
            chosen = backend_info.get(bid)
            return ([chosen.nic],
                    [ether(l2, saddr=..., daddr=chosen.mac),
                     ipv4(l3, cksum=..., daddr=chosen.ip),
                     tcpudp(l4)])
        else:
            flow_table.erase(flow)
            need_backend = True
    else:
        need_backend = True
    if need_backend:
        if live_backends.exists_with_cht(ring, _ClientFlow_hash(flow)):
            bid = live_backends.choose_with_cht(ring, _ClientFlow_hash(flow))
            if not flow_table.full():
                fid = the_index_allocated
                flow_table.add(flow, fid, now)
                vector_set(flow_backend, fid, bid)
            chosen = vector_get(backend_info, bid)
            return ([chosen.nic],
                    [ether(l2, saddr=..., daddr=chosen.mac),
                     ipv4(l3, cksum=..., daddr=chosen.ip),
                     tcpudp(l4)])
        else:
            return ([],[])
else: # heartbeat from a backend
    addr = ip_addrc(l3.saddr)
    if live_backends.has(addr):
        live_backends.refresh_idx(live_backends.get(addr), now)
    elif not live_backends.full():
        slot = the_index_allocated
        live_backends.add(addr, slot, now)
        backend_info.set(slot, Backendc(received_on_port, l2.saddr, l3.saddr))
    if received_on_port == -2 or 1-received_on_port < 0:
        return ([1-received_on_port], [ether(l2)])
    return ([],[])
