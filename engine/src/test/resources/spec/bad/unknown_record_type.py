# expect: 5:4: unknown record type Flowid; did you mean FlowId?
# mode: nf
from state import flows
h = pop_header(ipv4, on_mismatch=DROP)
if Flowid(1, 2, h.saddr, h.daddr, 0, 6) in flows:
    pass
