# drop_or_forward: a frame to a learned destination with no static entry is dropped when that
# destination was learned on the port the frame came in on, and otherwise sent, unchanged, to the
# port it was learned on, and only there (the lookup sees the source just learned).
import learn  # defines h, dyn_macs and dyn_ports
from state import static_macs

if h.daddr in static_macs:
    pass
elif h.daddr in dyn_macs:
    out_port = dyn_ports[dyn_macs[h.daddr]].device
    if out_port == received_on_port:
        return DROP
    else:
        return out_port, pkt
else:
    pass
