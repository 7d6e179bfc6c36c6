/*
 * io_model.h: what the io layer's models share. The io layer is verified as its own code
 * (src/io_loop.c) between two models: below it a back end (backend_model.c: a NIC that hands over
 * any packets, stamped with non-decreasing times) and above it the NF (nf_model.c: any verdict,
 * any rewrite of the packet's bytes). The models state, with vig_assert, what the layers next to
 * io rely on, and the engine proves it on every path of one pass of the loop.
 */
#ifndef IO_MODEL_H
#define IO_MODEL_H

#include <vigor/io.h>

/* nf_process was called with this buffer's fields: it must be the next buffer received. */
void io_model_nf_called(uint16_t device, const uint8_t *packet, uint16_t length, vigor_time_t now);
/* nf_process returned verdict for the buffer it was last called with. */
void io_model_nf_returned(int verdict);

#endif
