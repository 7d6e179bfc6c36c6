# static_forward: a frame to an address the static table pins to a port goes, unchanged, to that
# port only, whatever the bridge has learned about the address; it is dropped when it came in on
# that very port.
from state import static_macs

STATIC_DROP = 0xFFFF

h = pop_header(ether, on_mismatch=([], []))

if h.daddr in static_macs:
    out_port = static_macs[h.daddr].device
    if out_port == STATIC_DROP:
        pass
    elif out_port == received_on_port:
        return DROP
    else:
        return out_port, pkt
else:
    pass
