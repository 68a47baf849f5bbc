#include "matching_words.hxx"

#include "heading_words.hxx"
#include "welsh_words.hxx"

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

// The same kinds of words in Welsh, written folded (no accents) in their radical, singular form:
// the matcher's Welsh lexicon reads a heading's mutated and plural forms back to them.
// clang-format off
constexpr std::string_view kWelshGenericWords[] = {
    "polisi", "gweithdrefn", "trefniant", "trefniadau", "rheoli", "rheolaeth", "dull", "ymagwedd",
    "darpariaeth", "proses", "fframwaith", "canllaw", "canllawiau", "trosolwg", "strategaeth",
    "cyfleuster", "prifysgol", "coleg", "ysgol", "sefydliad", "darparwr", "academi", "cyffredinol",
    "allweddol", "maes", "prevent", "dyletswydd", "risg", "asesiad", "asesu", "cynllun",
    "gweithredu", "adolygiad", "adolygu", "crynodeb", "deddfwriaeth", "cyfreithiol", "statudol",
    "cyfraith", "templed", "ffurflen", "rhestr", "gwirio", "pecyn", "offeryn", "cymeradwyaeth",
    "nodyn", "addysg", "ymddiriedolaeth", "cam", "cwestiwn",
};
// clang-format on

// clang-format off
constexpr std::string_view kWelshCommonWords[] = {
    "diogelwch", "staff", "myfyriwr", "dysgwr", "disgybl", "defnydd", "lefel", "corff", "parti",
    "ymarfer", "cod", "gofod", "data", "gweithio", "campws", "blynyddol", "adeilad", "gofal",
    "achos", "cyswllt", "effeithiol", "pwynt", "sengl", "uwch", "gwybodaeth", "deunydd", "darlun",
    "proffil", "difrifol", "strwythur", "cymorth", "cefnogaeth", "meddwl", "dealltwriaeth",
    "trydydd", "llywodraethwr", "rheoliad", "cytundeb", "gwrth", "sylfaenol", "cynllunio", "lleol",
    "allanol", "ymddygiad", "awdurdod", "amddiffyn", "cyfrifoldeb", "rol", "cyddestun", "tim",
    "cymuned", "mynegiant", "rhannu", "cais", "asiantaeth", "arlein", "safle", "ymweliad",
    "gwydnwch", "gweithdy", "diogel", "canolfan", "dolen", "cefnogi", "gwasanaeth", "digwyddiad",
    "cyffredin", "datblygu", "datblygiad", "cyngor",
};
// clang-format on

// clang-format off
constexpr std::string_view kWelshSentenceWords[] = {
    "pob", "bob", "holl", "unrhyw", "cyfan", "sicrhau", "deall", "gwybod", "ymwybodol", "bod",
    "wedi", "cael", "oedd", "roedd", "bydd", "byddant", "gwneud", "gall", "gallu", "dylai",
    "dylid", "rhaid", "angen", "lle", "pryd", "pa", "pam", "sut", "beth", "pwy", "nad", "na",
    "dim", "ie", "clir", "priodol", "cadarn", "draws", "perthnasol", "gofynnol", "rheolaidd",
    "blwyddyn", "flynyddol", "cyfredol", "presennol", "diweddar", "da", "cymryd", "rhoi", "dilyn",
    "defnyddio", "cadw", "cyn", "ol", "ystod", "dod", "gweld", "arwydd", "ffordd", "helpu",
    "newydd", "arall", "eraill", "hun", "llawn", "cyflawn", "sefydlu", "nodi", "hyrwyddo",
    "plentyn", "ifanc", "person", "unigolyn", "rhiant", "teulu", "penodol", "darparu", "digonol",
    "seiliedig", "fi", "un", "dau", "tri", "pedwar", "pump", "rhan", "cynnal", "penodi", "aelod",
    "gwirfoddolwr", "dynodedig", "yma", "eisoes", "bellach", "pellach", "ymlaen", "iawn", "gwella",
    "mwy", "holir", "aml", "ydym",
};
// clang-format on

// clang-format off
constexpr std::string_view kWelshTopicWords[] = {
    "radicaleiddio", "radicaleiddiad", "radical", "eithafiaeth", "eithafol", "eithafwr",
    "terfysgaeth", "terfysgol", "terfysgwr", "bregus", "bregusrwydd", "agored", "niwed", "ideoleg",
    "adnabod", "ymateb", "eithafwyr",
};
// clang-format on

// clang-format off
constexpr std::string_view kWelshDocumentPartWords[] = {
    "cyflwyniad", "diben", "pwrpas", "cwmpas", "cynnwys", "geirfa", "diffiniad", "datganiad",
    "nod", "cefndir", "atodiad", "cyfeiriad", "fersiwn", "hanes", "dogfen", "rhagair", "casgliad",
    "term", "talfyriad", "acronym",
};
// clang-format on

// What a provider is, in Welsh: its name stands after ("Ysgol Glan Clwyd", "Coleg Cambria").
// clang-format off
constexpr std::string_view kWelshProviderKinds[] = {
    "prifysgol", "coleg", "ysgol", "academi", "athrofa", "meithrinfa", "canolfan",
};
// clang-format on

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

// A Welsh list as written: its words are the lexicon's canonical forms (added to it first).
template <std::size_t N>
std::vector<std::string> sorted(const std::string_view (&list)[N])
{
    std::vector<std::string> out(std::begin(list), std::end(list));
    std::sort(out.begin(), out.end());
    return out;
}

template <std::size_t N, std::size_t M>
std::vector<std::string> both(const std::string_view (&english)[N],
                              const std::string_view (&welsh)[M])
{
    std::vector<std::string> out = canonical(english);
    out.insert(out.end(), std::begin(welsh), std::end(welsh));
    std::sort(out.begin(), out.end());
    return out;
}

struct WordLists {
    std::vector<std::string> generic = both(kGenericWords, kWelshGenericWords);
    std::vector<std::string> common = both(kCommonWords, kWelshCommonWords);
    std::vector<std::string> sentence = both(kSentenceWords, kWelshSentenceWords);
    std::vector<std::string> topic = both(kTopicWords, kWelshTopicWords);
    std::vector<std::string> document_part = both(kDocumentPartWords, kWelshDocumentPartWords);
    std::vector<std::string> provider_kinds = canonical(kProviderKinds);
    std::vector<std::string> welsh_provider_kinds = sorted(kWelshProviderKinds);
    // Every English word of the lists: what tells an English heading from a Welsh one.
    std::vector<std::string> english = [] {
        std::vector<std::string> out;
        for (auto part :
             {canonical(kGenericWords), canonical(kCommonWords), canonical(kSentenceWords),
              canonical(kTopicWords), canonical(kDocumentPartWords), canonical(kProviderKinds)})
            out.insert(out.end(), part.begin(), part.end());
        std::sort(out.begin(), out.end());
        return out;
    }();
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
bool is_welsh_provider_kind_word(const std::string& word)
{
    return in(lists().welsh_provider_kinds, word);
}
bool is_english_list_word(const std::string& word) { return in(lists().english, word); }

void add_welsh_word_lists(WelshLexicon& lexicon)
{
    for (const auto& list :
         {std::vector<std::string_view>(std::begin(kWelshGenericWords),
                                        std::end(kWelshGenericWords)),
          std::vector<std::string_view>(std::begin(kWelshCommonWords), std::end(kWelshCommonWords)),
          std::vector<std::string_view>(std::begin(kWelshSentenceWords),
                                        std::end(kWelshSentenceWords)),
          std::vector<std::string_view>(std::begin(kWelshTopicWords), std::end(kWelshTopicWords)),
          std::vector<std::string_view>(std::begin(kWelshDocumentPartWords),
                                        std::end(kWelshDocumentPartWords)),
          std::vector<std::string_view>(std::begin(kWelshProviderKinds),
                                        std::end(kWelshProviderKinds))})
        for (const auto word : list)
            lexicon.add(word, true);
}

}  // namespace prevent::core
