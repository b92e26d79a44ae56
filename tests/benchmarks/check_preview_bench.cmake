# preview_bench_smoke: runs the preview benchmark tiny and checks that every figure is reported
# and that the page showed exactly the export (not how fast: speed is not a test's business).
execute_process(COMMAND ${BENCH} --small-bytes 3000 --large-bytes 30000 --keys 5
                        --json ${OUT_DIR}/preview_bench_smoke.json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "galley_preview_bench failed (${rc}):\n${out}\n${err}")
endif()
foreach(scenario "preview" "naive setHtml")
    string(REGEX MATCHALL "\n${scenario} [0-9]+ KB +[0-9]+ +[0-9]+\\.[0-9] +[0-9]+\\.[0-9] +[0-9]+\\.[0-9]"
           rows "\n${out}")
    list(LENGTH rows found)
    if(NOT found EQUAL 2)
        message(FATAL_ERROR "expected 2 '${scenario}' rows with figures, got ${found}:\n${out}")
    endif()
endforeach()
if(out MATCHES "DIFFERS")
    message(FATAL_ERROR "the preview page does not show the export:\n${out}")
endif()
file(READ ${OUT_DIR}/preview_bench_smoke.json json)
string(JSON count LENGTH "${json}")
# 3 figures per scenario, 9 more for each of the two editor scenarios
if(NOT count EQUAL 30)
    message(FATAL_ERROR "expected 30 figures in the JSON, got ${count}")
endif()
