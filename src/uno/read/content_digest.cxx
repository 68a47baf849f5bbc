#include "uno/read/content_digest.hxx"

#include "uno/read/canonical_reader.hxx"
#include "uno/base/fault_point.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace prevent::uno {

std::optional<ContentDigest> read_content_digest(const Reference<css::frame::XModel>& document)
{
    fault_point("digest");
    const Reference<css::lang::XServiceInfo> info(document, UNO_QUERY);
    if (!info.is())
        return std::nullopt;
    if (const Reference<css::text::XTextDocument> text{document, UNO_QUERY};
        text.is() && info->supportsService("com.sun.star.text.TextDocument")) {
        auto digests = core::content_digests(read_canonical_paragraphs(text));
        return ContentDigest{std::move(digests.digest), std::move(digests.sections)};
    }
    if (const Reference<css::sheet::XSpreadsheetDocument> calc{document, UNO_QUERY};
        calc.is() && info->supportsService("com.sun.star.sheet.SpreadsheetDocument")) {
        auto digests = core::content_digests(read_canonical_sheets(calc));
        return ContentDigest{std::move(digests.digest), std::move(digests.sections)};
    }
    return std::nullopt;
}

}  // namespace prevent::uno
