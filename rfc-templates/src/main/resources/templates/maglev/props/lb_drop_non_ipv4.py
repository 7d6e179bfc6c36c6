# Property lb_drop_non_ipv4: only IPv4 TCP/UDP is balanced.
# It must say: a packet without an IPv4 header, or without a TCP/UDP header, is dropped
# (pop_header(..., on_mismatch=([], []))). On everything else it passes.
# covers: maglev#ipv4-only-1
# It mentions no state, so it imports none (see docs/spec-language.md#state).
# Until its body is written below, it says nothing (spec.py includes it and goes on).
