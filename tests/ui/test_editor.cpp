#include "TestSupport.h"
TEST_CASE("placeholder ui", "[ui]") { CHECK(true); }
