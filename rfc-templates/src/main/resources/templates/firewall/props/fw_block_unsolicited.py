# Property fw_block_unsolicited: unsolicited inbound packets are dropped.
# It must say: a packet received on wan_device whose reversed flow is not in flows is dropped
# (return ([], [])), and flows is unchanged. On everything else it passes.
# covers: stateful-fw#block-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
