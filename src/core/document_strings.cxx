#include "document_strings.hxx"

#include "messages.hxx"

#include <algorithm>

namespace prevent::core {

std::string fill_in(std::string text, const std::vector<std::string>& arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string mark = "{" + std::to_string(i) + "}";
        for (auto at = text.find(mark); at != std::string::npos;
             at = text.find(mark, at + arguments[i].size()))
            text.replace(at, mark.size(), arguments[i]);
    }
    return text;
}

std::string document_words(const std::string& key, const std::vector<std::string>& arguments)
{
    return message("document." + key, arguments);
}

std::vector<std::string> document_words_in_every_language(const std::string& key)
{
    std::vector<std::string> out;
    for (const auto& language : message_languages()) {
        std::string words = message_in(language, "document." + key);
        if (std::find(out.begin(), out.end(), words) == out.end())
            out.push_back(std::move(words));
    }
    return out;
}

}  // namespace prevent::core
