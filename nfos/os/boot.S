/*
 * boot.S: the trusted early boot of NFOS, as in the paper (its TCB includes "the early startup
 * code"). A multiboot (v1) boot loader, or QEMU's -kernel, loads the image at 1 MiB and jumps to
 * start in 32-bit protected mode with flat segments and interrupts off. All this code does is give
 * C a stack and call nfos_main; it never returns.
 */
    .set MB_MAGIC, 0x1BADB002
    .set MB_FLAGS, 0
    .section .multiboot, "a"
    .align 4
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)

    .section .bss
    .align 16
stack_bottom:
    .skip 65536
stack_top:

    .section .text
    .global start
start:
    cli
    mov $stack_top, %esp
    call nfos_main
halt:
    hlt
    jmp halt

    /* no executable stack wanted */
    .section .note.GNU-stack, "", @progbits
