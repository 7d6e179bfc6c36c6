/* console.c: COM1 at 0x3F8, 115200 8N1, polled: NFOS's only way to say something. */
#include "hw.h"
#include "nfos.h"

#define COM1 0x3F8

void uart_init(uint16_t port) {
  hw_outb(port + 1, 0x00); /* no interrupts */
  hw_outb(port + 3, 0x80); /* divisor latch */
  hw_outb(port + 0, 0x01); /* 115200 baud */
  hw_outb(port + 1, 0x00);
  hw_outb(port + 3, 0x03); /* 8 bits, no parity, one stop bit */
  hw_outb(port + 2, 0xC7); /* FIFO on, cleared */
}

void uart_put(uint16_t port, char c) {
  for (int i = 0; i < 100000 && (hw_inb(port + 5) & 0x20) == 0; i++) {
  }
  hw_outb(port, (uint8_t)c);
}

void serial_init(void) {
  uart_init(COM1);
}

static void put(char c) {
  uart_put(COM1, c);
}

/* Console lines are short: a longer text is cut at SERIAL_MAX characters. */
#define SERIAL_MAX 256

void serial_puts(const char *s) {
  for (int i = 0; i < SERIAL_MAX && s[i] != '\0'; i++) {
    if (s[i] == '\n') {
      put('\r');
    }
    put(s[i]);
  }
}

void serial_hex(uint32_t v) {
  char text[11] = {'0', 'x'};
  for (int i = 0; i < 8; i++) {
    text[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xF];
  }
  text[10] = '\0';
  serial_puts(text);
}

_Noreturn void nfos_halt(const char *why) {
  serial_puts("nfos: halted: ");
  serial_puts(why);
  serial_puts("\n");
  hw_halt();
}

bool nfos_stop_requested(void) {
  return hw_stop_requested();
}

int64_t nfos_now(void) {
  return (int64_t)(hw_rdtsc() & 0x7FFFFFFFFFFFFFFFull);
}
