assert not mem(received_on_port, sent_on_ports)
