#include "uno/base/fault_point.hxx"

#include <com/sun/star/uno/RuntimeException.hpp>

#include <cstdlib>
#include <fstream>
#include <new>
#include <stdexcept>
#include <string>

namespace prevent::uno {

namespace {

const char* faults_file()
{
    static const char* const file = std::getenv("PREVENT_TOOLKIT_FAULTS");
    return file;
}

}  // namespace

void fault_point(const char* adapter)
{
    const char* file = faults_file();
    if (!file)
        return;
    std::ifstream in(file);
    std::string name, kind;
    while (in >> name >> kind) {
        if (name != adapter)
            continue;
        const std::string why =
            std::string("PREVENT_TOOLKIT_FAULTS: a ") + kind + " fault in " + adapter;
        if (kind == "std")
            throw std::runtime_error(why);
        if (kind == "uno")
            throw css::uno::RuntimeException(rtl::OUString::createFromAscii(why.c_str()));
        if (kind == "memory")
            throw std::bad_alloc();
        throw 42;  // "other": no exception class at all
    }
}

}  // namespace prevent::uno
