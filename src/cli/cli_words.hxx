// What prevent-check says to people: the help, usage errors and the labels of the text report,
// "cli.*" of the message catalogue (core/messages.hxx), in the language in force (--lang, else
// LC_ALL, LC_MESSAGES, LANG). Finding messages come from core/finding_messages like the
// extension's.
#pragma once

#include <string>
#include <vector>

namespace prevent::cli {

// The text of a key, "{0}", "{1}"... replaced by the arguments.
std::string words(const std::string& key, const std::vector<std::string>& arguments = {});

}  // namespace prevent::cli
