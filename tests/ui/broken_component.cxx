// Stands in for prevent-toolkit.uno.so in the .oxt of start_failure_ui_test: it needs a library
// that is not there, so LibreOffice cannot load it, as a component built against another
// system's libraries could not be.
#include <sal/types.h>

SAL_DLLPUBLIC_IMPORT int prevent_absent_answer();

extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char*, void*, void*)
{
    return prevent_absent_answer() == 42 ? nullptr : nullptr;
}
