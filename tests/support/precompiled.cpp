// The translation unit that builds the tests' precompiled Qt headers (tests/CMakeLists.txt,
// galley_test_pch): the headers come in through CMake's precompiled-header include.
