# Imports state under a name the C code does not export.
from state import sen
return 1 - received_on_port, pkt
