// Every test case must be runnable by the ctest entry made for it
// (tests/CMakeLists.txt, catch_discover_tests): a name with ';' is split
// into two entries (CMake's list separator) and a name with '\' is read by
// Catch's test-name filter as an escape, so the entry matches no test case
// and fails under --warn NoTests (a test named "… with \Q …" failed in CI).
#include <catch2/catch.hpp>

#include <string>

TEST_CASE("every test case name can be given to ctest as a filter", "[meta]") {
  const auto& tests = Catch::getRegistryHub().getTestCaseRegistry().getAllTests();
  REQUIRE(tests.size() > 100);
  for (const auto& test : tests) {
    const std::string& name = test.getTestCaseInfo().name;
    INFO(name);
    CHECK(name.find(';') == std::string::npos);
    CHECK(name.find('\\') == std::string::npos);
  }
}
