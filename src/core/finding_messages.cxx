// The messages of the findings, in en-GB: one place for all of them (another language would be
// another table). Codes and their meaning: docs/findings.md.
#include "findings.hxx"

#include <map>

namespace prevent::core {

namespace {

const std::map<std::string, std::string>& messages()
{
    static const std::map<std::string, std::string> table = {
        {"area-missing", "No section covers \u201c{0}\u201d, which is {1} for {2}."},
        {"area-empty", "\u201c{0}\u201d has no content yet, so \u201c{1}\u201d is not covered."},
        {"possible-match", "\u201c{0}\u201d may be about \u201c{1}\u201d: mark it as covering that area if it is."},
        {"candidate-heading",
         "\u201c{0}\u201d looks like a heading but has no heading style: give it one so that the checks can see it."},
        {"covered-by-heading-gone",
         "\u201c{0}\u201d is marked as covered by \u201c{1}\u201d, which is no longer a heading of the document."},
        {"not-applicable-expected", "\u201c{0}\u201d is expected for {1} but marked not applicable: {2}"},
    };
    return table;
}

}  // namespace

std::string finding_message(const std::string& code, const std::vector<std::string>& arguments)
{
    const auto it = messages().find(code);
    std::string text = it == messages().end() ? code : it->second;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string mark = "{" + std::to_string(i) + "}";
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + arguments[i].size()))
            text.replace(at, mark.size(), arguments[i]);
    }
    return text;
}

}  // namespace prevent::core
