// The Catalogue service of the test program's office.
#pragma once

#include "office_environment.hxx"

#include <org/preventtoolkit/XCatalogue.hpp>

inline css::uno::Reference<org::preventtoolkit::XCatalogue> catalogue()
{
    return css::uno::Reference<org::preventtoolkit::XCatalogue>(
        prevent::testing::office().create("org.preventtoolkit.Catalogue"),
        css::uno::UNO_QUERY_THROW);
}
