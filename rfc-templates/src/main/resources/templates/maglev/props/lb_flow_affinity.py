# Property lb_flow_affinity: packets of a flow stay on its back-end.
# It must say: an IPv4 TCP/UDP packet from the external device whose flow is in flow_emap, with
# its back-end index still live in backend_emap, is sent to that back-end with the destination
# rewritten to the back-end's address. On everything else it passes.
# covers: maglev#affinity-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flow_emap, flow_vals, backend_emap, backends
# Until its body is written below, it says nothing (spec.py includes it and goes on).
