#include "uno/read/approval_reading.hxx"

#include "uno/stored/approval_properties.hxx"
#include "core/clock.hxx"

namespace prevent::uno {

std::optional<ApprovalReading> read_approval(
    const css::uno::Reference<css::frame::XModel>& document)
{
    auto content = read_content_digest(document);
    if (!content)
        return std::nullopt;
    ApprovalReading r;
    r.history = read_approvals(document);
    r.content = std::move(*content);
    r.state = core::approval_state(r.history, r.content.digest, r.content.sections, core::today(),
                                   stated_operating_year(document));
    return r;
}

}  // namespace prevent::uno
