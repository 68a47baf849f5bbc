#include "uno/services/document_profile_service.hxx"

#include "uno/base/service_implementation.hxx"

#include "core/messages.hxx"
#include "uno/base/catalogue_configuration.hxx"
#include "uno/stored/document_profile.hxx"
#include "uno/base/log.hxx"
#include "uno/base/uno_boundary.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace prevent::uno::document_profile_service {

namespace {

class DocumentProfileService : public ServiceImplementation<org::preventtoolkit::XDocumentProfile> {
public:
    explicit DocumentProfileService(Reference<css::uno::XComponentContext> context)
        : ServiceImplementation(implementation_name(), service_names()),
          context_(std::move(context))
    {
        init_log(context_);
    }

    OUString SAL_CALL getProfile(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("DocumentProfile.getProfile", self(), [&] {
            require_document(document);
            return from_utf8(document_profile(read_catalogue_configuration(context_), document));
        });
    }

    OUString SAL_CALL getStoredProfile(const Reference<css::frame::XModel>& document) override
    {
        return at_uno_boundary("DocumentProfile.getStoredProfile", self(), [&] {
            require_document(document);
            return from_utf8(
                stored_profile(read_catalogue_configuration(context_), document).value_or(""));
        });
    }

    void SAL_CALL setProfile(const Reference<css::frame::XModel>& document,
                             const OUString& profile) override
    {
        at_uno_boundary("DocumentProfile.setProfile", self(), [&] {
            require_document(document);
            try {
                store_document_profile(read_catalogue_configuration(context_), document,
                                       to_utf8(profile));
            } catch (const core::UnknownProfile& e) {
                throw css::lang::IllegalArgumentException(from_utf8(e.what()), self(), 1);
            } catch (const ReadOnlyDocument&) {
                // Its what() is the English of uno.profile-read-only.
                throw css::lang::IllegalArgumentException(
                    from_utf8(core::message("uno.profile-read-only")), self(), 0);
            }
        });
    }

private:
    void require_document(const Reference<css::frame::XModel>& document)
    {
        if (!document.is())
            throw css::lang::IllegalArgumentException(
                from_utf8(core::message("uno.no-document-given")), self(), 0);
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

OUString implementation_name() { return "org.preventtoolkit.comp.DocumentProfile"; }

Sequence<OUString> service_names()
{
    const OUString name("org.preventtoolkit.DocumentProfile");
    return Sequence<OUString>(&name, 1);
}

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new DocumentProfileService(context));
}

}  // namespace prevent::uno::document_profile_service
