# The NAT's tables after nf_init: no flow is open and no inside device is recorded. Importing the
# tables and adding nothing says they are empty.
from state import flows, flow_devices
