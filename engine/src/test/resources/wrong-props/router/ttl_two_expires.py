# expect: 5
# Wrong: a packet with TTL 2 may still take one hop, the router forwards it.
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.ttl <= 2:
    return DROP
else:
    pass
