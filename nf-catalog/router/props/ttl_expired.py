# ttl_expired: a packet that arrives with a TTL of 0 or 1 is not forwarded (RFC 1812 5.3.1: it
# would leave with TTL 0); it is dropped, whatever its destination.
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.ttl <= 1:
    return DROP
else:
    pass
