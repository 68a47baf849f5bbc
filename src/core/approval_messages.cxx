#include "approval_messages.hxx"

#include "document_strings.hxx"
#include "messages.hxx"

namespace prevent::core {

std::string record_problem_message(const std::string& field, const std::string& code,
                                   const std::string& argument)
{
    const std::string key = "record." + field + "." + code;
    return has_message(key) ? message(key, {argument}) : field + ": " + code;
}

namespace {

std::string change_text(const std::string& key, const std::vector<std::string>& arguments)
{
    const std::string id = "change." + key;
    return has_message(id) ? message(id, arguments) : key;
}

}  // namespace

std::string change_reason(const std::string& code, const std::vector<std::string>& arguments)
{
    return change_text(code, arguments);
}

std::string change_words(const std::string& key, const std::vector<std::string>& arguments)
{
    return change_text(key, arguments);
}

}  // namespace prevent::core
