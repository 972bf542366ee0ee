#!/bin/sh
# A warp-pairs that dies by SIGSEGV. ASan, which a sanitized build preloads
# into every process, would catch the signal and exit 1: not here.
ASAN_OPTIONS=handle_segv=0 exec sh -c 'kill -SEGV $$'
