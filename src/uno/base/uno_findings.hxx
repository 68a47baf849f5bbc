// The core's findings as the IDL's Finding structs: one conversion for every service.
#pragma once

#include "core/findings.hxx"
#include "uno/base/uno_text.hxx"

#include <com/sun/star/uno/Sequence.hxx>
#include <org/preventtoolkit/Finding.hpp>

#include <vector>

namespace prevent::uno {

inline org::preventtoolkit::Finding to_uno(const core::Finding& f)
{
    org::preventtoolkit::Finding o;
    o.Code = from_utf8(f.code);
    o.Severity = from_utf8(f.severity);
    o.AreaId = from_utf8(f.area_id);
    o.Message = from_utf8(f.message);
    o.Location = from_utf8(f.location);
    return o;
}

inline css::uno::Sequence<org::preventtoolkit::Finding> findings_to_uno(
    const std::vector<core::Finding>& findings)
{
    css::uno::Sequence<org::preventtoolkit::Finding> out(static_cast<sal_Int32>(findings.size()));
    for (std::size_t i = 0; i < findings.size(); ++i)
        out[static_cast<sal_Int32>(i)] = to_uno(findings[i]);
    return out;
}

}  // namespace prevent::uno
