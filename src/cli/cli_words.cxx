#include "cli_words.hxx"

#include "core/messages.hxx"

namespace prevent::cli {

std::string words(const std::string& key, const std::vector<std::string>& arguments)
{
    return core::message("cli." + key, arguments);
}

}  // namespace prevent::cli
