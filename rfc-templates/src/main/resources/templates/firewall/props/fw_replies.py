# Property fw_replies: replies to open flows pass.
# It must say: an IPv4 TCP/UDP packet received on wan_device whose reversed flow is in flows
# is sent unchanged to the internal device. On everything else it passes.
# covers: stateful-fw#replies-1
pass
