// Reads the catalogue from LibreOffice's configuration (/org.preventtoolkit.Catalogue), which
// holds the shipped catalogue or an administrator's own. Localised values come in the office's
// user-interface language.
#pragma once

#include "core/catalogue.hxx"

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace prevent::uno {

// Throws core::CatalogueError when the configuration does not make a valid catalogue.
core::Catalogue read_catalogue_configuration(
    const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace prevent::uno
