# Property nat_unknown_inbound: unsolicited inbound packets are dropped.
# It must say: a packet received on wan_device that matches no live flow is dropped
# (return ([], [])), and no flow is added for it. On everything else it passes.
# covers: rfc3022-napt#inbound-2
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flow_emap
# Until its body is written below, it says nothing (spec.py includes it and goes on).
