# Property fw_replies: replies to open flows pass.
# It must say: an IPv4 TCP/UDP packet received on wan_device whose reversed flow is in flows
# is sent unchanged to the internal device. On everything else it passes.
# covers: stateful-fw#replies-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
