# Property bridge_forward_known: frames to a known station go to its port only.
# It must say: an Ethernet frame whose destination is in dyn_macs, learned on a port other than
# received_on_port, is sent unchanged on that port only. On everything else it passes.
# covers: ieee802.1d#forward-1, ieee802.1d#no-reflect-1
pass
