# Imported by ghost.py: builds a record type the C code does not declare.
x = Ghost(received_on_port)
