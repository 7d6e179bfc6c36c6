# LIMIT and WINDOW are nf.properties' constants: not assigned here.
from state import counts

OUTSIDE = 0
INSIDE = 1

ip = pop_header(ipv4, on_mismatch=([], []))

if received_on_port == INSIDE:
    return OUTSIDE, pkt
elif Src(ip.saddr) in counts:
    c = counts[Src(ip.saddr)]
    if now - c.start >= WINDOW:
        counts[Src(ip.saddr)] = Count(1, now)
        return INSIDE, pkt
    elif c.seen >= LIMIT:
        return DROP
    else:
        counts[Src(ip.saddr)] = Count(c.seen + 1, c.start)
        return INSIDE, pkt
elif not counts.full():
    counts[Src(ip.saddr)] = Count(1, now)
    return INSIDE, pkt
else:
    return DROP
