// The office's fault hook (src/uno/fault_point.hxx) from the test's side: a file in a folder of
// its own, named to the office by PREVENT_TOOLKIT_FAULTS when it starts, rewritten between calls.
#pragma once

#include <filesystem>
#include <string>

namespace prevent::testing {

class FaultHook {
public:
    FaultHook();   // the folder and an empty file: nothing armed
    ~FaultHook();  // both removed
    FaultHook(const FaultHook&) = delete;
    FaultHook& operator=(const FaultHook&) = delete;

    std::string environment() const;  // "PREVENT_TOOLKIT_FAULTS=<file>", for OfficeOptions
    void arm(const std::string& adapter, const std::string& kind) const;
    void disarm() const;

private:
    std::filesystem::path folder_;
    std::filesystem::path file_;
};

}  // namespace prevent::testing
