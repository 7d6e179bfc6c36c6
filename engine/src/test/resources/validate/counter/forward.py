# Says only where packets go: to the other device, unchanged. Nothing about the counters.
return 1 - received_on_port, pkt
