#include "messages.hxx"

#include "document_strings.hxx"

#include <algorithm>
#include <atomic>
#include <map>
#include <stdexcept>

namespace prevent::core {

// The files as built in (cmake/prevent_sources.cmake writes them into message_files.cxx).
struct MessageFile {
    const char* language;
    const char* text;
};
extern const MessageFile kMessageFiles[];
extern const std::size_t kMessageFileCount;

namespace {

struct Catalogue {
    std::vector<std::string> keys;  // file order
    std::map<std::string, std::string> values;
};

// "key=value" lines; "\n" and "\\" in values; # comments and blank lines skipped.
Catalogue parse(const std::string& language, const char* text)
{
    Catalogue c;
    const std::string all(text);
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < all.size();) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos)
            end = all.size();
        std::string line = all.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const auto equals = line.find('=');
        if (equals == std::string::npos || equals == 0)
            throw std::logic_error("messages/" + language + ".properties line " +
                                   std::to_string(line_number) + ": no key=value");
        std::string value;
        for (std::size_t i = equals + 1; i < line.size(); ++i) {
            if (line[i] == '\\' && i + 1 < line.size()) {
                value += line[i + 1] == 'n' ? '\n' : line[i + 1];
                ++i;
            } else {
                value += line[i];
            }
        }
        const std::string key = line.substr(0, equals);
        if (!c.values.emplace(key, std::move(value)).second)
            throw std::logic_error("messages/" + language + ".properties: " + key + " twice");
        c.keys.push_back(key);
    }
    return c;
}

const std::map<std::string, Catalogue>& catalogues()
{
    static const std::map<std::string, Catalogue> all = [] {
        std::map<std::string, Catalogue> out;
        for (std::size_t i = 0; i < kMessageFileCount; ++i)
            out.emplace(kMessageFiles[i].language,
                        parse(kMessageFiles[i].language, kMessageFiles[i].text));
        return out;
    }();
    return all;
}

const std::string kEnglish = "en-GB";

// The default as a pointer into message_languages(): set before threads start, read by all.
std::atomic<const std::string*> default_language{nullptr};
thread_local const std::string* scoped_language = nullptr;

const std::string& known_language(const std::string& language)
{
    const auto& languages = message_languages();
    const auto it = std::find(languages.begin(), languages.end(), language);
    return it == languages.end() ? languages.front() : *it;
}

}  // namespace

const std::vector<std::string>& message_languages()
{
    static const std::vector<std::string> languages = [] {
        std::vector<std::string> out{kEnglish};
        for (std::size_t i = 0; i < kMessageFileCount; ++i)
            if (kMessageFiles[i].language != kEnglish)
                out.emplace_back(kMessageFiles[i].language);
        return out;
    }();
    return languages;
}

std::string message_language_for(std::string_view tag)
{
    // "cy", "cy-GB", "cy_GB.UTF-8", "cy_GB@euro": the language is what comes before - _ . @
    const auto end = tag.find_first_of("-_.@");
    std::string language(tag.substr(0, end));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto& known : message_languages())
        if (known != kEnglish && known == language)
            return known;
    return kEnglish;
}

const std::string& message_language()
{
    if (scoped_language)
        return *scoped_language;
    const std::string* fallback = default_language.load();
    return fallback ? *fallback : message_languages().front();
}

void set_default_message_language(const std::string& language)
{
    default_language.store(&known_language(language));
}

MessageLanguage::MessageLanguage(const std::string& language) : previous_(scoped_language)
{
    scoped_language = &known_language(language);
}

MessageLanguage::~MessageLanguage() { scoped_language = previous_; }

std::string message_in(const std::string& language, const std::string& key,
                       const std::vector<std::string>& arguments)
{
    const auto& all = catalogues();
    if (const auto in = all.find(language); in != all.end())
        if (const auto it = in->second.values.find(key); it != in->second.values.end())
            return fill_in(it->second, arguments);
    const auto& english = all.at(kEnglish).values;
    const auto it = english.find(key);
    if (it == english.end())
        throw std::out_of_range("no message " + key);
    return fill_in(it->second, arguments);
}

std::string message(const std::string& key, const std::vector<std::string>& arguments)
{
    return message_in(message_language(), key, arguments);
}

bool has_message(const std::string& key) { return catalogues().at(kEnglish).values.count(key) > 0; }

std::vector<std::string> message_keys(const std::string& language)
{
    const auto& all = catalogues();
    const auto it = all.find(language);
    return it == all.end() ? std::vector<std::string>() : it->second.keys;
}

}  // namespace prevent::core
