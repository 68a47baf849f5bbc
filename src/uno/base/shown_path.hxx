// A file's URL as the user knows it, for messages and fields: "/home/…/plan.ods".
#pragma once

#include <rtl/ustring.hxx>

namespace prevent::uno {

// The system path of a file URL; the URL itself when it is not a file's.
rtl::OUString shown_path(const rtl::OUString& url);

// Its last part: "Prevent risk assessment 2026-27.odt".
rtl::OUString shown_file_name(const rtl::OUString& url);

}  // namespace prevent::uno
