// A test hook that proves the boundaries: with PREVENT_TOOLKIT_FAULTS=<file> in the office's
// environment, fault_point("outline") throws while that file holds a line "outline <kind>"
// (kinds: std, other, uno, memory). The test rewrites the file between calls, so one office
// serves every adapter. Without the variable (every real office) it is one test of a flag.
#pragma once

namespace prevent::uno {

void fault_point(const char* adapter);

}  // namespace prevent::uno
