# Property nat_inbound: inbound translation of known flows.
# It must say: an IPv4 TCP/UDP packet received on wan_device, addressed to ext_ip and to a port
# start_port + i where index i holds a live flow, is sent on that flow's internal device with the
# destination address and port of the flow's internal side and checksums updated.
# On everything else it passes.
# covers: rfc3022-napt#inbound-1, rfc3022-napt#checksum-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flow_emap, flow_vals
# Until its body is written below, it says nothing (spec.py includes it and goes on).
