#include "fault_hook.hxx"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace prevent::testing {

FaultHook::FaultHook()
{
    std::string pattern =
        (std::filesystem::temp_directory_path() / "prevent-faults-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot make a folder for the fault hook");
    folder_ = pattern;
    file_ = folder_ / "faults";
    disarm();
}

FaultHook::~FaultHook()
{
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
}

std::string FaultHook::environment() const { return "PREVENT_TOOLKIT_FAULTS=" + file_.string(); }

void FaultHook::arm(const std::string& adapter, const std::string& kind) const
{
    std::ofstream(file_, std::ios::trunc) << adapter << " " << kind << "\n";
}

void FaultHook::disarm() const { std::ofstream(file_, std::ios::trunc) << "\n"; }

}  // namespace prevent::testing
