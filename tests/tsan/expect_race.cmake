# Runs the deliberately racy program (racy.cpp) in MODE, with the TSAN_OPTIONS (suppressions
# included) every tsan test runs with, and passes only when ThreadSanitizer reported the data race
# on racyCounter and failed the program.
execute_process(COMMAND ${PROGRAM} ${MODE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${err}" "WARNING: ThreadSanitizer: data race" race)
string(FIND "${err}" "racyCounter" named)
if(rc EQUAL 0 OR race EQUAL -1 OR named EQUAL -1)
    message(FATAL_ERROR "ThreadSanitizer did not report the race in '${MODE}' (exit ${rc}):\n${out}\n${err}")
endif()
message(STATUS "ThreadSanitizer reported the race in '${MODE}' (exit ${rc}), as it must")
