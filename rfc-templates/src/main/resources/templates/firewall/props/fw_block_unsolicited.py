# Property fw_block_unsolicited: unsolicited inbound packets are dropped.
# It must say: a packet received on wan_device whose reversed flow is not in flows is dropped
# (return ([], [])), and flows is unchanged. On everything else it passes.
# covers: stateful-fw#block-1
pass
