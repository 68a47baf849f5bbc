// The language a document is written in: its default paragraph language (Writer's "Default
// Paragraph Style", Calc's default cell style; Tools ▸ Options ▸ Language Settings ▸ Languages ▸
// Default languages for documents). What the toolkit writes into a document — the approval
// block, the board pack made from it — is in this language, whatever the interface's.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace prevent::uno {

// A BCP 47 tag ("cy-GB", "en-GB"); empty when the document says none (then the interface's).
std::string document_language(const css::uno::Reference<css::frame::XModel>& document);

// The toolkit's language for what is written into the document (core/messages.hxx): its own
// language's, else the one in force.
std::string message_language_of(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace prevent::uno
