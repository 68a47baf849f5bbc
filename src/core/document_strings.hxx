// The words the toolkit writes into a user's document and its undo list: the messages
// "document.*" of the catalogue (core/messages.hxx), in the language in force.
#pragma once

#include <string>
#include <vector>

namespace prevent::core {

// The text for a key ("undo-insert-risk-table", ...), its {0}, {1}... replaced by the arguments.
// An unknown key is a programming error: std::out_of_range.
std::string document_words(const std::string& key, const std::vector<std::string>& arguments = {});

// The text for a key in every language the toolkit writes documents in: for readers that must
// know the toolkit's own words in a document whatever its language.
std::vector<std::string> document_words_in_every_language(const std::string& key);

// pattern with each {i} replaced by arguments[i].
std::string fill_in(std::string pattern, const std::vector<std::string>& arguments);

}  // namespace prevent::core
