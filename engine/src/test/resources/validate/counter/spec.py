# Each device's packets are counted, up to 1000, and forwarded to the other device unchanged.
from state import counters

seen = counters[received_on_port].packets
if seen < 1000:
    counters[received_on_port] = Counter(seen + 1)
return 1 - received_on_port, pkt
