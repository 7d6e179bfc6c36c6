# Correct: names only what the C code exports.
from state import seen
return 1 - received_on_port, pkt
