#include "uno/base/cached_matcher.hxx"

#include <mutex>
#include <string>

namespace prevent::uno {

// Every area's id, title and synonyms.
std::string catalogue_fingerprint(const core::Catalogue& catalogue)
{
    std::string f;
    for (const auto& a : catalogue.areas()) {
        f += a.id + '\x1f' + a.title + '\x1f';
        for (const auto& s : a.synonyms)
            f += s + '\x1e';
        f += '\x1d';
    }
    return f;
}

namespace {

std::mutex cache_mutex;
std::string cached_fingerprint;
std::shared_ptr<const core::HeadingMatcher> cached;

}  // namespace

std::shared_ptr<const core::HeadingMatcher> matcher_for(const core::Catalogue& catalogue)
{
    const std::string f = catalogue_fingerprint(catalogue);
    std::lock_guard<std::mutex> lock(cache_mutex);
    if (!cached || f != cached_fingerprint) {
        cached = std::make_shared<const core::HeadingMatcher>(catalogue);
        cached_fingerprint = f;
    }
    return cached;
}

}  // namespace prevent::uno
