# Forwarded to the longest matching prefix's device; dropped without a route to a real device.
from state import table   # unchanged: nothing writes the table
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.daddr not in table:
    return DROP
if table.lookup(ip.daddr) >= 2:
    return DROP
return table.lookup(ip.daddr), pkt
