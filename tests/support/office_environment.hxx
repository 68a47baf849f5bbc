// A GoogleTest environment that starts one office for the whole test program (with our .oxt
// installed) and stops it at the end; tests reach it through office().
#pragma once

#include "office.hxx"

#include <gtest/gtest.h>

namespace prevent::testing {

class OfficeEnvironment : public ::testing::Environment {
public:
    explicit OfficeEnvironment(OfficeOptions options) : options_(std::move(options)) {}
    void SetUp() override;
    void TearDown() override;

private:
    OfficeOptions options_;
};

// The office of this test program; started by OfficeEnvironment.
Office& office();

}  // namespace prevent::testing
