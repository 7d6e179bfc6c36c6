# Property nat_outbound: outbound translation.
# It must say: an IPv4 TCP/UDP packet received on an internal device whose flow is in flow_emap
# (or is added now, when flow_emap is not full) is sent on wan_device only, with the source address
# set to ext_ip, the source port set to start_port + the flow's index, checksums updated, and the
# destination address and port unchanged. When flow_emap is full and the flow is new: dropped.
# On everything else (packets from wan_device, non-IPv4) it passes.
# covers: rfc3022-napt#outbound-1, rfc3022-napt#outbound-2, rfc3022-napt#outbound-3
# covers: rfc3022-napt#checksum-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flow_emap, flow_vals
# Until its body is written below, it says nothing (spec.py includes it and goes on).
