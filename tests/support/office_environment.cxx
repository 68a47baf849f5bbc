#include "office_environment.hxx"

#include <csignal>

namespace prevent::testing {

Office& office()
{
    static Office instance;
    return instance;
}

void OfficeEnvironment::SetUp()
{
    try {
        office().start(options_);
    } catch (const std::exception& e) {
        FAIL() << "could not start LibreOffice: " << e.what();
    }
}

void OfficeEnvironment::TearDown() { office().stop(); }

}  // namespace prevent::testing
