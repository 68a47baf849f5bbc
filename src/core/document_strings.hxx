// The words the toolkit writes into a user's document and its undo list, in en-GB: one place
// for all of them (another language would be another table). Findings have their own table
// (finding_messages.cxx).
#pragma once

#include <string>
#include <vector>

namespace prevent::core {

// The text for a key ("undo-insert-risk-table", ...), its {0}, {1}... replaced by the arguments.
// An unknown key is a programming error: std::out_of_range.
std::string document_words(const std::string& key, const std::vector<std::string>& arguments = {});

// The text for a key in every language the toolkit writes documents in (en-GB only for now):
// for readers that must know the toolkit's own words in a document whatever its language.
std::vector<std::string> document_words_in_every_language(const std::string& key);

// pattern with each {i} replaced by arguments[i].
std::string fill_in(std::string pattern, const std::vector<std::string>& arguments);

}  // namespace prevent::core
