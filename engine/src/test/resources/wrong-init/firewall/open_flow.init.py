# expect: 4
# WRONG on purpose: claims a flow from LAN host 10.0.0.1 to 8.8.8.8:53 (UDP) is open at start-up.
from state import flows, flow_devices
flows.add(FlowId(0x0A000001, 0x08080808, 5353, 53, 17), the_index_allocated, 0)
flow_devices[the_index_allocated] = FlowDevice(1)
