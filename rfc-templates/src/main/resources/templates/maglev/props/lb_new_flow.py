# Property lb_new_flow: new flows go where the consistent hash says.
# It must say: for an IPv4 TCP/UDP packet of a flow not in flow_emap, when
# backend_emap.exists_with_cht(cht, _Flow_hash(flow)) holds, it is sent to the back-end
# backend_emap.choose_with_cht(cht, _Flow_hash(flow)) and the flow is added when flow_emap is
# not full; otherwise dropped. On everything else it passes.
# covers: maglev#new-flow-1, maglev#new-flow-2
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flow_emap, flow_vals, backend_emap, backends, cht
# Until its body is written below, it says nothing (spec.py includes it and goes on).
