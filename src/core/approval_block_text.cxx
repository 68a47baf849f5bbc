#include "approval_block_text.hxx"

#include "document_strings.hxx"
#include "stored_names.hxx"

#include <algorithm>
#include <string_view>

namespace prevent::core {

const std::vector<std::vector<std::string>>& approval_block_lines()
{
    static const std::vector<std::vector<std::string>> lines = {
        {"ApprovingBody"},
        {"ApprovedBy"},
        {"ApprovalDate", "MinuteReference"},
        {"OperatingYear", "NextReviewDue"},
        {"Version"},
    };
    return lines;
}

namespace {

// The field shown for a property of the current approval: "ApprovingBody", or "" for any other.
std::string_view shown_field(const TextPiece& piece)
{
    const std::string_view prefix = kCurrentApprovalPrefix;
    const std::string_view name = piece.field_name;
    if (piece.field_kind != "custom" || name.substr(0, prefix.size()) != prefix)
        return {};
    return name.substr(prefix.size());
}

bool is_label_of(const std::string& text, const std::string& field)
{
    const std::string line = canonical_line(text);
    for (const auto& label : document_words_in_every_language("approval-block-" + field))
        if (line == canonical_line(label))
            return true;
    return false;
}

bool is_block_field(const std::string& field)
{
    for (const auto& line : approval_block_lines())
        if (std::find(line.begin(), line.end(), field) != line.end())
            return true;
    return false;
}

}  // namespace

bool is_approval_block_line(const CanonicalParagraph& paragraph)
{
    // Most paragraphs have no such field: known without reading their text.
    if (std::none_of(paragraph.pieces.begin(), paragraph.pieces.end(),
                     [](const TextPiece& piece) { return !shown_field(piece).empty(); }))
        return false;
    std::string before;  // the text since the last field
    bool any_field = false;
    for (const auto& piece : paragraph.pieces) {
        if (piece.field_kind.empty()) {
            before += piece.text;
            continue;
        }
        const std::string field(shown_field(piece));
        if (field.empty() || !is_block_field(field) || !is_label_of(before, field))
            return false;
        any_field = true;
        before.clear();
    }
    return any_field && canonical_line(before).empty();
}

bool is_approval_block_title(const CanonicalParagraph& paragraph)
{
    std::string text;
    for (const auto& piece : paragraph.pieces) {
        if (!piece.field_kind.empty())
            return false;
        text += piece.text;
    }
    const std::string line = canonical_line(text);
    for (const auto& title : document_words_in_every_language("approval-block-title"))
        if (line == canonical_line(title))
            return true;
    return false;
}

std::vector<CanonicalParagraph> without_approval_block(std::vector<CanonicalParagraph> paragraphs)
{
    std::vector<bool> line(paragraphs.size());
    bool any = false;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        any = (line[i] = is_approval_block_line(paragraphs[i])) || any;
    if (!any)
        return paragraphs;
    std::vector<CanonicalParagraph> kept;
    kept.reserve(paragraphs.size());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const bool title = !line[i] && i + 1 < paragraphs.size() && line[i + 1] &&
                           is_approval_block_title(paragraphs[i]);
        if (!line[i] && !title)
            kept.push_back(std::move(paragraphs[i]));
    }
    return kept;
}

}  // namespace prevent::core
