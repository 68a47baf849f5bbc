// A library the broken component of start_failure_ui_test needs and the .oxt does not carry: as
// ICU 72 was for Debian 13 before the component carried its own.
#include <sal/types.h>

SAL_DLLPUBLIC_EXPORT int prevent_absent_answer() { return 42; }
