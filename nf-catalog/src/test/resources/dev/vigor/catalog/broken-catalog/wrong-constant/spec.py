# Names an expiry time other than the one nf.properties and the C code use.
EXP_TIME = 10 * 1000
return 1 - received_on_port, pkt
