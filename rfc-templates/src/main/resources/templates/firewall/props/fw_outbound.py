# Property fw_outbound: outbound packets pass and open a flow.
# It must say: an IPv4 TCP/UDP packet not received on wan_device is sent unchanged on wan_device,
# and its flow (src, dst, ports, protocol) is refreshed in flows, or added with
# the_index_allocated when flows is not full. On everything else it passes.
# covers: stateful-fw#outbound-1, stateful-fw#outbound-2
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
