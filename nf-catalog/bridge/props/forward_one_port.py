# forward_one_port: a frame is dropped when the static table says so (a drop entry, or the port it
# came in on), or when its destination was learned on the port it came in on; any other frame to
# an address with no static entry goes, unchanged, to exactly one port (on two ports, a flood is
# the other port). Says nothing about frames the static table forwards.
# (The claim of the original Vigor property vigbridge/paygo-drop_or_forward.py, whose static
# entries were keyed by address and input port; ours are keyed by address.)
import learn  # defines h, dyn_macs and dyn_ports, with the source already learned
from state import static_macs

STATIC_DROP = 0xFFFF

if h.daddr in static_macs:
    out_port = static_macs[h.daddr].device
    if out_port == STATIC_DROP or out_port == received_on_port:
        return DROP
    else:
        pass
elif h.daddr in dyn_macs and dyn_ports[dyn_macs[h.daddr]].device == received_on_port:
    return DROP
else:
    return ([...], [ether(h)])
