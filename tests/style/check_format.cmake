# Runs clang-format in dry-run mode over every C++ file in src/ and tests/ and fails on any change
# it would make. Fix with: clang-format -i $(git ls-files '*.cpp' '*.h')
file(GLOB_RECURSE files ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h
                        ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
                        ${SOURCE_DIR}/benchmarks/*.cpp ${SOURCE_DIR}/benchmarks/*.h)
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no source files found under ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run -Werror ${files}
                WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format would change these files:\n${err}")
endif()
message(STATUS "${count} files follow .clang-format")
