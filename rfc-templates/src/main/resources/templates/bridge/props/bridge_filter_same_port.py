# Property bridge_filter_same_port: frames for the port they came from are filtered.
# It must say: an Ethernet frame whose destination was learned on received_on_port is dropped
# (return ([], [])). On everything else it passes.
# covers: ieee802.1d#filter-1, ieee802.1d#no-reflect-1
pass
