# malformed: a packet without a valid IPv4 header (too short, another ethertype, a bad version,
# IHL or total length), or with IP options, is dropped and changes no route (RFC 1812 5.2.2).
from state import routes   # unchanged: a dropped packet changes no route

NO_OPTIONS = 0x45

ip = pop_header(ipv4, on_mismatch=([], []))
if ip.vihl != NO_OPTIONS:
    return DROP
else:
    pass
