# expect: 35
# Wrong on purpose: the full bridge spec sending a frame for a station learned on the input port back out of it.
# MAC-learning bridge (IEEE 802.1D learning and forwarding) with a static filtering table.
# Two ports. The frame is never modified: it is dropped, sent to one port, or flooded.
from state import dyn_macs, dyn_ports, static_macs

EXP_TIME = 300 * 1000 * 1000 * 1000    # ageing time of learned entries: 300 s, in ns
STATIC_DROP = 0xFFFF                   # static entry meaning "never forward to this address"

h = pop_header(ether, on_mismatch=([], []))

# Learning: forget stations not heard from for EXP_TIME, then learn the source on the port the
# frame came in on, or restamp it and move it there if it is already known. A new source is not
# learned when the table is full.
dyn_macs.expire_all(now - EXP_TIME)
if h.saddr in dyn_macs:
    station = dyn_macs[h.saddr]
    dyn_macs.refresh_idx(station, now)
    dyn_ports[station] = DynamicValue(received_on_port)
elif not dyn_macs.full():
    dyn_macs.add(h.saddr, the_index_allocated, now)
    dyn_ports[the_index_allocated] = DynamicValue(received_on_port)

# Forwarding: static entries take precedence over learned ones; a frame never goes back out of
# the port it came in on; unknown destinations are flooded.
if h.daddr in static_macs:
    out_port = static_macs[h.daddr].device
    if out_port == STATIC_DROP or out_port == received_on_port:
        return DROP
    else:
        return out_port, pkt
elif h.daddr in dyn_macs:
    out_port = dyn_ports[dyn_macs[h.daddr]].device
    if out_port == received_on_port:
        return out_port, pkt
    else:
        return out_port, pkt
else:
    return BROADCAST, pkt

# Parity: states the behaviour of the original Vigor vigbridge/spec.py (see nf-catalog/README.md).
