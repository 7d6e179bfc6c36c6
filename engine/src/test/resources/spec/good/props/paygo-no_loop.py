# Never send a frame back where it came from (found by 'import no_loop').
import learn
assert not mem(received_on_port, sent_on_ports)
