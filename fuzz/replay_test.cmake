# ctest's driver for one replay program (see fuzz/CMakeLists.txt):
#   cmake -DREPLAY=<program> -DTMP=<dir> -DINPUTS=<a;b> -P replay_test.cmake
# Runs the program over INPUTS with TMPDIR set to TMP, a directory of its own
# that starts empty, and fails when the program fails or leaves anything in
# TMP behind (the rules target builds a rules directory there for each run).
foreach(var REPLAY TMP INPUTS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "replay_test.cmake: -D${var}=... is required")
  endif()
endforeach()
file(REMOVE_RECURSE "${TMP}")
file(MAKE_DIRECTORY "${TMP}")
set(ENV{TMPDIR} "${TMP}")
execute_process(COMMAND "${REPLAY}" ${INPUTS} RESULT_VARIABLE rc)
if(NOT rc STREQUAL "0")
  message(FATAL_ERROR "${REPLAY} failed: ${rc}")
endif()
file(GLOB left "${TMP}/*")
if(left)
  message(FATAL_ERROR "${REPLAY} left files in its temporary directory: ${left}")
endif()
file(REMOVE_RECURSE "${TMP}")
