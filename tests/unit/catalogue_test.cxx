#include "core/catalogue.hxx"
#include <gtest/gtest.h>
TEST(Placeholder, Builds) { SUCCEED(); }
