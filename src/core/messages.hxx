// Every message src/core and src/cli show or write, in each language of the toolkit: one file per
// language (src/core/messages/<language>.properties, en-GB first, the same keys in each), built
// into the library. A message is in the language in force on the thread: a MessageLanguage scope
// (the office's interface language for a service call, the document's language for what is
// written into it, prevent-check's --lang), else the process's default (en-GB).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prevent::core {

// The languages there are messages in, en-GB first: "en-GB", "cy".
const std::vector<std::string>& message_languages();

// The toolkit's language for a BCP 47 tag or a POSIX locale: "cy", "cy-GB", "cy_GB.UTF-8" ->
// "cy"; anything else (English, or a language the toolkit does not speak) -> "en-GB".
std::string message_language_for(std::string_view tag);

// The language messages are in on this thread.
const std::string& message_language();

// The language when no scope says otherwise (prevent-check sets it once, before its threads).
void set_default_message_language(const std::string& language);

// Messages on this thread are in this language while the scope lives.
class MessageLanguage {
public:
    explicit MessageLanguage(const std::string& language);
    ~MessageLanguage();
    MessageLanguage(const MessageLanguage&) = delete;
    MessageLanguage& operator=(const MessageLanguage&) = delete;

private:
    const std::string* previous_;
};

// The message of a key ("finding.area-missing") in the language in force, {0}, {1}... replaced by
// the arguments; a key missing in that language falls back to en-GB. An unknown key is a
// programming error: std::out_of_range.
std::string message(const std::string& key, const std::vector<std::string>& arguments = {});
std::string message_in(const std::string& language, const std::string& key,
                       const std::vector<std::string>& arguments = {});
bool has_message(const std::string& key);

// A language's keys, in file order (the tests compare the languages).
std::vector<std::string> message_keys(const std::string& language);

}  // namespace prevent::core
