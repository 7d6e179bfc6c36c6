# short_frames: a frame too short for an Ethernet header is dropped and changes no table: it does
# not even trigger ageing.
from state import dyn_macs, dyn_ports, static_macs   # unchanged: a short frame changes no table

h = pop_header(ether, on_mismatch=([], []))
pass
