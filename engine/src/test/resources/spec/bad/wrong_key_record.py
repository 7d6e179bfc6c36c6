# expect: 4:14: argument 1 of flows.has must be a FlowId, not a StaticKey; build it with FlowId(...)
# mode: nf
from state import flows
if flows.has(StaticKey(1, 2)):
    pass
