# store_bench_smoke: runs the benchmark tiny and checks that every figure is reported (not how
# fast: speed is not a test's business).
execute_process(COMMAND ${BENCH} --issues 50 --json ${OUT_DIR}/store_bench_smoke.json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "galley_store_bench failed (${rc}):\n${out}\n${err}")
endif()
foreach(figure "import rate" "search p50" "search p95" "link lookup p95" "list all issues"
        "revision save p95" "store size")
    if(NOT out MATCHES "${figure} +[0-9]+\\.[0-9]+")
        message(FATAL_ERROR "figure '${figure}' missing:\n${out}")
    endif()
endforeach()
file(READ ${OUT_DIR}/store_bench_smoke.json json)
string(JSON count LENGTH "${json}")
if(NOT count EQUAL 7)
    message(FATAL_ERROR "expected 7 figures in the JSON, got ${count}")
endif()
