#include "uno/view/board_pack_making.hxx"

#include "core/document_strings.hxx"
#include "core/version_label.hxx"
#include "uno/base/office_user.hxx"
#include "uno/base/provider_options.hxx"
#include "uno/base/uno_text.hxx"
#include "uno/read/document_file.hxx"
#include "uno/stored/approval_properties.hxx"
#include "uno/view/linked_documents.hxx"
#include "uno/view/record_checks.hxx"
#include "uno/view/shown_document.hxx"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/preventtoolkit/Approval.hpp>
#include <org/preventtoolkit/BoardPack.hpp>
#include <osl/file.hxx>

#include <optional>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace prevent::uno {

namespace {

// "<folder>/<name> - board pack.pdf" for the assessment's "<folder>/<name>.odt"; "" when it
// has no file yet, or is not on a file system the office can write a PDF beside.
OUString pdf_beside(const OUString& url)
{
    OUString path;
    if (url.isEmpty() ||
        osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        return OUString();
    const sal_Int32 slash = path.lastIndexOf('/');
    OUString name = path.copy(slash + 1);
    if (const sal_Int32 dot = name.lastIndexOf('.'); dot > 0)
        name = name.copy(0, dot);
    OUString pdf_url;
    const OUString pdf = path.copy(0, slash + 1) +
                         from_utf8(core::document_words("pack-file-name", {to_utf8(name)})) +
                         ".pdf";
    if (osl::FileBase::getFileURLFromSystemPath(pdf, pdf_url) != osl::FileBase::E_None)
        return OUString();
    return pdf_url;
}

// Whoever wrote the document: in most providers' files, the Prevent lead.
OUString author_of(const Reference<css::frame::XModel>& document)
{
    const Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return OUString();
    const auto properties = supplier->getDocumentProperties();
    const OUString author = properties->getAuthor().trim();
    return author.isEmpty() ? properties->getModifiedBy().trim() : author;
}

}  // namespace

BoardPackProposal propose_board_pack(const Reference<css::uno::XComponentContext>& context,
                                     const Reference<css::frame::XModel>& assessment)
{
    BoardPackProposal p;
    p.options.MeetingDate = today_as_date();
    p.options.PreparedBy = office_user_name(context);
    // The provider's options first (Tools ▸ Options ▸ Prevent Toolkit), else the document's own.
    const auto options = read_provider_options(context);
    p.options.PreventLead =
        options.prevent_lead.empty() ? author_of(assessment) : from_utf8(options.prevent_lead);
    p.options.MeetingBody = from_utf8(options.approving_body);
    p.pdf_url = pdf_beside(assessment->getURL());
    const auto history = read_approvals(assessment);
    if (!history.empty()) {
        const auto& last = history.back();
        p.options.MeetingBody = from_utf8(last.approving_body);
        const bool changed =
            org::preventtoolkit::Approval::create(context)->assessChange(assessment) != "none";
        p.options.Version = from_utf8(core::proposed_version(last.version, changed));
    }
    // The plan made beside the assessment: open in the office, else its file.
    const auto linked = linked_plan(context, assessment);
    p.plan = PlanChoice{linked.document, linked.file};
    // The version a new year's review set, until the board approves it.
    if (const std::string next = pending_version(assessment, history); !next.empty())
        p.options.Version = from_utf8(next);
    return p;
}

Reference<css::frame::XModel> make_board_pack(const Reference<css::uno::XComponentContext>& context,
                                              const Reference<css::frame::XModel>& assessment,
                                              const PlanChoice& plan,
                                              const org::preventtoolkit::BoardPackOptions& options,
                                              const OUString& pdf_url)
{
    const auto packs = org::preventtoolkit::BoardPack::create(context);
    Reference<css::frame::XModel> pack;
    if (!plan.file.isEmpty()) {
        const DocumentFile file(context, plan.file, packs, 1);  // closed when the pack is made
        pack = packs->create(assessment, file.model(), options);
    } else {
        pack = packs->create(assessment, plan.document, options);
    }
    try {
        if (!pdf_url.isEmpty())
            packs->exportPdf(pack, pdf_url);
    } catch (...) {
        Reference<css::util::XCloseable>(pack, UNO_QUERY)->close(true);
        throw;
    }
    show_document(pack);
    return pack;
}

}  // namespace prevent::uno
