// org.preventtoolkit.BoardPack: the paper the governing body reads before it approves the
// assessment (core/board_paper, laid out by uno/edit/paper_writer), and its PDF/A export.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace prevent::uno::board_pack_service {

rtl::OUString implementation_name();
css::uno::Sequence<rtl::OUString> service_names();
css::uno::Reference<css::uno::XInterface> create(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno::board_pack_service
