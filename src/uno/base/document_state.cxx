#include "uno/base/document_state.hxx"

#include <com/sun/star/frame/XStorable.hpp>

namespace prevent::uno {

bool is_read_only(const css::uno::Reference<css::frame::XModel>& document)
{
    const css::uno::Reference<css::frame::XStorable> storable(document, css::uno::UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

}  // namespace prevent::uno
