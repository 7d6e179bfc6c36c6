# Property pol_inside_passes: inside traffic is not policed.
# It must say: a packet not received on wan_device is sent unchanged on wan_device, and no bucket
# changes. On everything else it passes.
# covers: token-bucket#inside-1
pass
