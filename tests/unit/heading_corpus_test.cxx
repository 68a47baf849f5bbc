// The matcher measured on real headings we did not write (tests/fixtures/corpus, README there):
// published UK Prevent documents and, as decoys, the same kind of providers' other documents.
// Sources are split once into a tuning and a measuring half; the figures of both are printed, and
// the measuring half's are held to at least what was measured when the split was made.
#include "core/coverage.hxx"
#include "core/heading_matcher.hxx"
#include "odf/catalogue_xcu.hxx"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace prevent;

namespace {

const std::string kCorpus = PREVENT_SOURCE_DIR "/tests/fixtures/corpus";
// Welsh and bilingual headings of Welsh providers (issue 21): its own figures, its own split.
const std::string kWelshCorpus = PREVENT_SOURCE_DIR "/tests/fixtures/corpus-cy";

std::vector<std::string> columns(const std::string& line)
{
    std::vector<std::string> out;
    std::stringstream in(line);
    for (std::string c; std::getline(in, c, '\t');)
        out.push_back(c);
    return out;
}

std::set<std::string> areas(const std::string& cell)
{
    std::set<std::string> out;
    if (cell == "-")
        return out;
    std::stringstream in(cell);
    for (std::string a; std::getline(in, a, ',');)
        out.insert(a);
    return out;
}

// The half of a source: even first hex digit of the SHA-1 of its id is tuning (split.py).
bool tuning_half(const std::string& source)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(source.data(), source.size(), digest, &size, EVP_sha1(), nullptr);
    return ((digest[0] >> 4) % 2) == 0;
}

struct Source {
    std::string kind, title_page, sector;
    bool tuning = false;
};

struct Heading {
    std::string source, text, section_text;
    std::set<std::string> required, acceptable;
};

struct Corpus {
    std::map<std::string, Source> sources;
    std::vector<Heading> headings;
};

Corpus read_corpus(const std::string& folder)
{
    Corpus out;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".tsv")
            continue;
        std::ifstream in(entry.path());
        std::string line;
        std::getline(in, line);  // the header
        const bool sources =
            name.size() > 12 && name.compare(name.size() - 12, 12, "-sources.tsv") == 0;
        while (std::getline(in, line)) {
            const auto c = columns(line);
            if (c.size() != 6)
                throw std::runtime_error(name + ": a line without six columns: " + line);
            if (sources)
                out.sources[c[0]] = {c[4], c[5] == "-" ? "" : c[5], c[3], tuning_half(c[0])};
            else
                out.headings.push_back(
                    {c[0], c[1], c[4] == "-" ? "" : c[4], areas(c[2]), areas(c[3])});
        }
    }
    return out;
}

const Corpus& english_corpus()
{
    static const Corpus c = read_corpus(kCorpus);
    return c;
}

const Corpus& welsh_corpus()
{
    static const Corpus c = read_corpus(kWelshCorpus);
    return c;
}

const core::Catalogue& catalogue()
{
    static const core::Catalogue c =
        odf::read_catalogue_xcu(PREVENT_SOURCE_DIR "/registry/data/Catalogue.xcu");
    return c;
}

struct Figures {
    int required = 0, found = 0;      // recall: areas required, and of them credited
    int claimed = 0, acceptable = 0;  // precision: areas credited, and of them acceptable
    int decoys = 0, refused = 0;      // headings of other documents that name no area
    double recall() const { return required ? 100.0 * found / required : 100.0; }
    double precision() const { return claimed ? 100.0 * acceptable / claimed : 100.0; }
    double decoys_refused() const { return decoys ? 100.0 * refused / decoys : 100.0; }
};

// One heading as a small document: its source's title page, the heading, the text under it.
const core::HeadingMatcher& full_matcher()
{
    static const core::HeadingMatcher matcher(catalogue());
    return matcher;
}

// The catalogue as it was before it spoke Welsh: its English terms only (the figures "before").
const core::HeadingMatcher& english_only_matcher()
{
    static const core::Catalogue english = [] {
        std::vector<core::Area> areas = catalogue().areas();
        for (auto& a : areas) {
            for (auto* by_language : {&a.terms_by_language, &a.keywords_by_language})
                for (auto it = by_language->begin(); it != by_language->end();)
                    it = it->first.rfind("cy", 0) == 0 ? by_language->erase(it) : std::next(it);
        }
        return core::Catalogue(catalogue().profiles(), areas, catalogue().rating(),
                               catalogue().table_styles());
    }();
    static const core::HeadingMatcher matcher(english);
    return matcher;
}

std::vector<std::string> credited(const Corpus& corpus, const Heading& h, bool with_text,
                                  const core::HeadingMatcher& matcher = full_matcher())
{
    const auto& source = corpus.sources.at(h.source);
    core::Outline outline;
    if (!source.title_page.empty())
        outline.paragraphs.push_back({source.title_page, 0, false, false});
    outline.paragraphs.push_back({h.text, 1, false, false});
    if (with_text && !h.section_text.empty())
        outline.paragraphs.push_back({h.section_text, 0, false, false});
    return core::heading_coverage(matcher, outline).back().covered;
}

Figures measure(const Corpus& corpus, bool tuning, bool with_text,
                std::vector<std::string>* misses = nullptr,
                const core::HeadingMatcher& matcher = full_matcher())
{
    Figures f;
    for (const auto& h : corpus.headings) {
        const auto& source = corpus.sources.at(h.source);
        if (source.tuning != tuning)
            continue;
        const auto got = credited(corpus, h, with_text, matcher);
        const std::set<std::string> have(got.begin(), got.end());
        for (const auto& a : h.required) {
            ++f.required;
            f.found += have.count(a) ? 1 : 0;
        }
        for (const auto& a : have) {
            ++f.claimed;
            f.acceptable += h.required.count(a) || h.acceptable.count(a) ? 1 : 0;
        }
        if (source.kind == "decoy" && h.required.empty() && h.acceptable.empty()) {
            ++f.decoys;
            f.refused += have.empty() ? 1 : 0;
        }
        if (misses) {
            std::string wanted, credited_text;
            for (const auto& a : h.required)
                wanted += a + " ";
            for (const auto& a : have)
                credited_text += a + " ";
            const bool missed = std::any_of(h.required.begin(), h.required.end(),
                                            [&](const std::string& a) { return !have.count(a); });
            const bool wrong = std::any_of(have.begin(), have.end(), [&](const std::string& a) {
                return !h.required.count(a) && !h.acceptable.count(a);
            });
            if (missed || wrong)
                misses->push_back(h.source + "\t" + h.text + "\twanted: " + wanted +
                                  "\tgot: " + credited_text);
        }
    }
    return f;
}

// What a user sees: per document, the areas any of its headings requires against the areas any
// of its headings is credited with (a heading whose area only its place tells, like a row
// "Staff" under a question on training, costs nothing when its document covers the area anyway).
Figures measure_documents(const Corpus& corpus, bool tuning,
                          const core::HeadingMatcher& matcher = full_matcher())
{
    struct Areas {
        std::set<std::string> required, acceptable, credited;
    };
    std::map<std::string, Areas> documents;
    for (const auto& h : corpus.headings) {
        const auto& source = corpus.sources.at(h.source);
        if (source.tuning != tuning || source.kind != "prevent")
            continue;
        auto& d = documents[h.source];
        d.required.insert(h.required.begin(), h.required.end());
        d.acceptable.insert(h.acceptable.begin(), h.acceptable.end());
        for (const auto& a : credited(corpus, h, true, matcher))
            d.credited.insert(a);
    }
    Figures f;
    for (const auto& [id, d] : documents) {
        (void)id;
        for (const auto& a : d.required) {
            ++f.required;
            f.found += d.credited.count(a) ? 1 : 0;
        }
        for (const auto& a : d.credited) {
            ++f.claimed;
            f.acceptable += d.required.count(a) || d.acceptable.count(a) ? 1 : 0;
        }
    }
    return f;
}

void print(const char* name, const Figures& f)
{
    std::printf(
        "  %-28s recall %5.1f %% (%d of %d)  precision %5.1f %% (%d of %d)  decoys refused %5.1f "
        "%% (%d of %d)\n",
        name, f.recall(), f.found, f.required, f.precision(), f.acceptable, f.claimed,
        f.decoys_refused(), f.refused, f.decoys);
}

// What the measuring half gave when the matcher was last tuned on the tuning half
// (docs/matching.md): a drop fails.
struct Held {
    double recall, precision, decoys_refused, document_recall, document_precision, profiles;
};
constexpr Held kEnglishHeld{67.0, 78.5, 89.5, 73.5, 89.0, 95.0};
constexpr Held kWelshHeld{57.0, 65.0, 91.0, 73.0, 81.0, 95.0};

struct Size {
    int prevent_headings, prevent_sources, decoys, with_area;
};

void expect_large_enough(const Corpus& c, const Size& size)
{
    int prevent = 0, decoys = 0, with_area = 0;
    std::set<std::string> prevent_sources;
    for (const auto& h : c.headings) {
        ASSERT_TRUE(c.sources.count(h.source)) << h.source << " is not in a sources file";
        for (const auto& a : h.required)
            EXPECT_NE(catalogue().find_area(a), nullptr) << h.source << ": unknown area " << a;
        for (const auto& a : h.acceptable)
            EXPECT_NE(catalogue().find_area(a), nullptr) << h.source << ": unknown area " << a;
        with_area += h.required.empty() ? 0 : 1;
        if (c.sources.at(h.source).kind == "decoy") {
            decoys += h.required.empty() && h.acceptable.empty() ? 1 : 0;
        } else {
            ++prevent;
            prevent_sources.insert(h.source);
        }
    }
    EXPECT_GE(prevent, size.prevent_headings);
    EXPECT_GE(static_cast<int>(prevent_sources.size()), size.prevent_sources);
    EXPECT_GE(decoys, size.decoys);
    EXPECT_GE(with_area, size.with_area);
}

void expect_figures_held(const Corpus& corpus, const char* name, const Held& held)
{
    const Figures tuning = measure(corpus, true, false), measuring = measure(corpus, false, false);
    const Figures tuning_text = measure(corpus, true, true),
                  measuring_text = measure(corpus, false, true);
    std::printf("Matching measured on real headings (%s):\n", name);
    print("tuning half, heading", tuning);
    print("tuning half, with text", tuning_text);
    print("measuring half, heading", measuring);
    print("measuring half, with text", measuring_text);
    const Figures tuning_documents = measure_documents(corpus, true),
                  measuring_documents = measure_documents(corpus, false);
    std::printf(
        "The same, per Prevent document (areas any heading requires, against areas any heading "
        "covers):\n");
    print("tuning half, documents", tuning_documents);
    print("measuring half, documents", measuring_documents);
    if (std::string(name).find("-cy") != std::string::npos) {
        std::printf("Before the catalogue spoke Welsh (its English terms only):\n");
        print("tuning half, with text",
              measure(corpus, true, true, nullptr, english_only_matcher()));
        print("measuring half, with text",
              measure(corpus, false, true, nullptr, english_only_matcher()));
        print("tuning half, documents", measure_documents(corpus, true, english_only_matcher()));
        print("measuring half, documents",
              measure_documents(corpus, false, english_only_matcher()));
    }
    if (std::getenv("PREVENT_CORPUS_MISSES")) {  // tuning half only: the measuring half is never
                                                 // read one by one
        std::vector<std::string> misses;
        measure(corpus, true, true, &misses);
        for (const auto& m : misses)
            std::printf("MISS\t%s\n", m.c_str());
    }
    EXPECT_GE(measuring_text.recall(), held.recall);
    EXPECT_GE(measuring_text.precision(), held.precision);
    EXPECT_GE(measuring_text.decoys_refused(), held.decoys_refused);
    EXPECT_GE(measuring_documents.recall(), held.document_recall);
    EXPECT_GE(measuring_documents.precision(), held.document_precision);
}

// The profile of a document without a stored one, from its first page: measured on the real
// title pages of the corpus's sources (their sector is known).
void expect_profiles_held(const Corpus& corpus, const Held& held, int measuring_pages)
{
    struct Count {
        int pages = 0, right = 0, named = 0, named_right = 0;  // named: a sector word on the page
    } halves[2];
    for (const auto& [id, source] : corpus.sources) {
        (void)id;
        if (source.title_page.empty() || source.sector.empty() ||
            !catalogue().has_profile(source.sector))
            continue;
        core::Outline outline;
        outline.paragraphs.push_back({source.title_page, 0, false, false});
        const auto choice = core::choose_profile(catalogue(), outline, std::nullopt);
        EXPECT_TRUE(choice.inferred);
        Count& c = halves[source.tuning ? 0 : 1];
        const bool right = choice.profile == source.sector;
        ++c.pages;
        c.right += right ? 1 : 0;
        if (!choice.words.empty()) {
            ++c.named;
            c.named_right += right ? 1 : 0;
        }
        if (std::getenv("PREVENT_CORPUS_MISSES") && source.tuning && !right)
            std::printf("PROFILE\t%s\t%s\t%s\n", source.sector.c_str(), choice.profile.c_str(),
                        source.title_page.c_str());
    }
    for (const int h : {0, 1}) {
        const Count& c = halves[h];
        std::printf(
            "Profiles from real title pages, %s half: %d of %d right; of the %d naming a sector, "
            "%d right (%.1f %%); the other %d are checked as the first profile\n",
            h == 0 ? "tuning" : "measuring", c.right, c.pages, c.named, c.named_right,
            c.named ? 100.0 * c.named_right / c.named : 0.0, c.pages - c.named);
    }
    const Count& m = halves[1];
    EXPECT_GE(m.pages, measuring_pages);
    EXPECT_GE(m.named ? 100.0 * m.named_right / m.named : 0.0, held.profiles);
}

}  // namespace

TEST(HeadingCorpus, IsLargeEnoughAndEveryHeadingHasItsSource)
{
    expect_large_enough(english_corpus(), {300, 30, 80, 0});
}

TEST(HeadingCorpus, FiguresOnBothHalvesHoldWhatWasMeasured)
{
    expect_figures_held(english_corpus(), "tests/fixtures/corpus", kEnglishHeld);
}

TEST(HeadingCorpus, ProfilesInferredFromRealTitlePages)
{
    expect_profiles_held(english_corpus(), kEnglishHeld, 30);
}

// Welsh and bilingual headings: the issue asks for at least 80 with their areas and 20 decoys.
TEST(WelshHeadingCorpus, IsLargeEnoughAndEveryHeadingHasItsSource)
{
    expect_large_enough(welsh_corpus(), {200, 40, 20, 80});
}

TEST(WelshHeadingCorpus, FiguresOnBothHalvesHoldWhatWasMeasured)
{
    expect_figures_held(welsh_corpus(), "tests/fixtures/corpus-cy", kWelshHeld);
}

TEST(WelshHeadingCorpus, ProfilesInferredFromRealTitlePages)
{
    expect_profiles_held(welsh_corpus(), kWelshHeld, 20);
}
