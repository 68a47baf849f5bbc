#include "matching_words.hxx"

#include "heading_words.hxx"

#include <algorithm>
#include <string_view>
#include <vector>

namespace prevent::core {

namespace {

// Words that any section of an assessment may carry: they neither make a match nor spoil one.
constexpr std::string_view kGenericWords[] = {
    "policy",        "procedure",   "arrangement", "management",  "approach", "provision",
    "process",       "framework",   "guidance",    "overview",    "strategy", "facility",
    "university",    "college",     "school",      "institution", "provider", "academy",
    "general",       "key",         "area",        "prevent",     "duty",     "risk",
    "assessment",    "plan",        "action",      "review",      "summary",  "trust",
    "organisation",  "legislation", "legal",       "statutory",   "law",      "template",
    "form",          "checklist",   "toolkit",     "tool",        "approval", "tip",
    "guide",         "advice",      "note",        "faq",         "stage",    "submission",
    "documentation", "education"};

// Ordinary words that happen to belong to one area's terms: alone they only suggest that area
// ("IT support" is not about welfare, "Governance structure" not about partnership).
constexpr std::string_view kCommonWords[] = {
    "safety",      "staff",         "student",      "learner",    "use",
    "level",       "body",          "party",        "practice",   "code",
    "return",      "space",         "data",         "working",    "campus",
    "annual",      "building",      "care",         "case",       "contact",
    "critical",    "effective",     "point",        "single",     "senior",
    "information", "material",      "organisation", "picture",    "profile",
    "raising",     "related",       "serious",      "structure",  "support",
    "thinking",    "understanding", "third",        "governor",   "regulation",
    "agreement",   "counter",       "fundamental",  "planning",   "local",
    "external",    "conduct",       "authority",    "protection", "responsibility",
    "role",        "context",       "team",         "community",  "expression",
    "incident",    "share",         "request",      "agency",     "online",
    "site",        "visit",         "resilience",   "literature", "workshop",
    "safe",        "centre",        "link"};

// The words that make a heading a sentence, a question or a checklist line rather than a title
// ("All staff understand how to…", "Are visiting speakers checked before they come?", "Filtering
// arrangements have been reviewed this year"): they neither make a match nor spoil one.
constexpr std::string_view kSentenceWords[] = {"all",
                                               "every",
                                               "each",
                                               "any",
                                               "whole",
                                               "ensure",
                                               "ensuring",
                                               "understand",
                                               "understood",
                                               "know",
                                               "known",
                                               "knowing",
                                               "aware",
                                               "has",
                                               "have",
                                               "had",
                                               "been",
                                               "being",
                                               "was",
                                               "were",
                                               "do",
                                               "does",
                                               "did",
                                               "will",
                                               "would",
                                               "can",
                                               "could",
                                               "should",
                                               "must",
                                               "may",
                                               "need",
                                               "there",
                                               "where",
                                               "when",
                                               "which",
                                               "why",
                                               "they",
                                               "them",
                                               "he",
                                               "she",
                                               "us",
                                               "not",
                                               "no",
                                               "yes",
                                               "clear",
                                               "clearly",
                                               "appropriate",
                                               "appropriately",
                                               "robust",
                                               "embedded",
                                               "embed",
                                               "across",
                                               "place",
                                               "able",
                                               "relevant",
                                               "required",
                                               "regular",
                                               "regularly",
                                               "year",
                                               "annually",
                                               "current",
                                               "up",
                                               "date",
                                               "well",
                                               "good",
                                               "real",
                                               "make",
                                               "made",
                                               "take",
                                               "taken",
                                               "put",
                                               "get",
                                               "give",
                                               "given",
                                               "follow",
                                               "followed",
                                               "include",
                                               "including",
                                               "used",
                                               "using",
                                               "keep",
                                               "kept",
                                               "check",
                                               "checked",
                                               "before",
                                               "after",
                                               "during",
                                               "come",
                                               "see",
                                               "spot",
                                               "sign",
                                               "way",
                                               "help",
                                               "new",
                                               "also",
                                               "other",
                                               "own",
                                               "such",
                                               "fully",
                                               "completed",
                                               "complete",
                                               "established",
                                               "identified",
                                               "implemented",
                                               "effectively",
                                               "consistently",
                                               "promote",
                                               "promoted",
                                               "out",
                                               "whom",
                                               "designated",
                                               "if",
                                               "setting",
                                               "family",
                                               "parent",
                                               "specific",
                                               "pdf",
                                               "docx",
                                               "doc",
                                               "particular",
                                               "children",
                                               "child",
                                               "young",
                                               "people",
                                               "person",
                                               "individual",
                                               "drawn",
                                               "draw",
                                               "demonstrate",
                                               "affect",
                                               "affecting",
                                               "provide",
                                               "provided",
                                               "read",
                                               "sufficient",
                                               "active",
                                               "actively",
                                               "through",
                                               "throughout",
                                               "within",
                                               "ensured",
                                               "based",
                                               "understanding",
                                               "you",
                                               "i",
                                               "my",
                                               "me",
                                               "engagement",
                                               "engage",
                                               "define",
                                               "defining",
                                               "one",
                                               "two",
                                               "three",
                                               "four",
                                               "five",
                                               "held",
                                               "part",
                                               "undertaken",
                                               "undertake",
                                               "introduced",
                                               "produced",
                                               "nominated",
                                               "appointed",
                                               "appoint",
                                               "carried",
                                               "volunteer",
                                               "associate",
                                               "member"};

// Words of the field itself: on topic in any section of an assessment, so they spoil nothing
// ("Staff can recognise the signs of radicalisation"); alone they name no area.
constexpr std::string_view kTopicWords[] = {
    "radicalisation", "radicalised", "radicalise", "extremism",  "extremist",     "extreme",
    "terrorism",      "terrorist",   "terror",     "vulnerable", "vulnerability", "susceptible",
    "susceptibility", "harm",        "ideology",   "recognise",  "identify",      "respond"};

// Words that name a part of the document, not a subject: such a heading covers nothing ("Policy
// statement", "Purpose", "Scope", "Glossary", "Document control").
constexpr std::string_view kDocumentPartWords[] = {
    "introduction", "purpose", "scope",        "content",  "glossary", "definition",
    "statement",    "aim",     "background",   "appendix", "annex",    "reference",
    "version",      "history", "document",     "foreword", "preface",  "executive",
    "conclusion",   "term",    "abbreviation", "acronym"};

// Each list in canonical form, once: the lists are written as words, matching compares stems.
template <std::size_t N>
std::vector<std::string> canonical(const std::string_view (&list)[N])
{
    std::vector<std::string> out;
    for (const auto word : list)
        out.push_back(canonical_word(word));
    std::sort(out.begin(), out.end());
    return out;
}

// The words that say what a provider is: the name stands before them ("Northgate College").
constexpr std::string_view kProviderKinds[] = {"university", "college", "school",
                                               "academy",    "trust",   "institute",
                                               "primary",    "nursery", "centre"};

struct WordLists {
    std::vector<std::string> generic = canonical(kGenericWords);
    std::vector<std::string> common = canonical(kCommonWords);
    std::vector<std::string> sentence = canonical(kSentenceWords);
    std::vector<std::string> topic = canonical(kTopicWords);
    std::vector<std::string> document_part = canonical(kDocumentPartWords);
    std::vector<std::string> provider_kinds = canonical(kProviderKinds);
};

const WordLists& lists()
{
    static const WordLists l;
    return l;
}

bool in(const std::vector<std::string>& sorted, const std::string& word)
{
    return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

bool is_generic_word(const std::string& word) { return in(lists().generic, word); }
bool is_common_word(const std::string& word) { return in(lists().common, word); }
bool is_sentence_word(const std::string& word) { return in(lists().sentence, word); }
bool is_topic_word(const std::string& word) { return in(lists().topic, word); }
bool is_document_part_word(const std::string& word) { return in(lists().document_part, word); }
bool is_provider_kind_word(const std::string& word) { return in(lists().provider_kinds, word); }

}  // namespace prevent::core
